/**
 * Starts the download of a generated file (a template, an export). The link is presigned with
 * `Content-Disposition: attachment`, so following it saves the file and leaves the page where it is; an
 * anchor's click, unlike `window.open`, is not taken for a pop-up once an await has passed since the user's click.
 */
export function startDownload(url: string, fileName: string): void {
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noreferrer';
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
}
