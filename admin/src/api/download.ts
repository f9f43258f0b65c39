import type { CombinedError } from 'urql';
import { problemText, toProblem } from './errors';
import type { Translate } from '../i18n';

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

/**
 * What a mutation that makes a file answered: the file's download starts, or `say` gets why not (the API's problem,
 * or an unknown error when there is no file). Returns whether the download started.
 */
export function downloadGenerated(
  file: { downloadUrl: string; name: string } | null | undefined,
  error: CombinedError | undefined,
  say: (text: string) => void,
  t: Translate,
): boolean {
  if (error || !file) {
    say(error ? problemText(toProblem(error), t) : t('error.unknown'));
    return false;
  }
  startDownload(file.downloadUrl, file.name);
  return true;
}
