import { h } from './dom';

/**
 * Thumbnails of a project's progress photos, each a link to the file itself (other files as named links).
 * `loading="lazy"`: on a phone they load as they scroll into view, never before the list.
 */
export function photoLinks(files: readonly { name: string; contentType: string; url: string }[], size: 'small' | 'large'): HTMLElement | null {
  if (files.length === 0) return null;
  return h(
    'ul',
    { class: `photos ${size}` },
    files.map((file) =>
      h(
        'li',
        null,
        h(
          'a',
          { href: file.url, target: '_blank', rel: 'noopener' },
          file.contentType.startsWith('image/')
            ? h('img', { src: file.url, alt: file.name, loading: 'lazy', decoding: 'async', width: size === 'small' ? 48 : 120, height: size === 'small' ? 48 : 120 })
            : file.name,
        ),
      ),
    ),
  );
}
