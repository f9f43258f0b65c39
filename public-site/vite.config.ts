import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const base = '/p/';

/**
 * Puts the entry chunk inside index.html (`<script type="module">…</script>`) instead of a file beside it: on a
 * phone's slow link (400 ms a round trip) the first list then waits for two requests (the page, its first
 * GraphQL answer) instead of three. The entry's dynamic imports (the QR chunk) are made absolute, since an
 * inline module resolves them against the page's address. The CSP allows the script by its hash, which the
 * CDK stack reads from the built page (infra/lib/admin-site.ts, `inlineScriptHashes`).
 */
function inlineEntry(): Plugin {
  return {
    name: 'gongjian:inline-entry',
    apply: 'build',
    // After every plugin has finished the chunks (Vite fills in its preload lists last): the files as written.
    writeBundle(options, bundle) {
      const outDir = options.dir!;
      const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
      if (!entry) throw new Error('inline-entry: no entry chunk in the bundle');
      // Another chunk importing from the entry (a helper it shares) would find no file: refuse such a build.
      const importers = Object.values(bundle).filter((file) => file.type === 'chunk' && file.imports.includes(entry.fileName));
      if (importers.length > 0) throw new Error(`inline-entry: ${importers.map((c) => c.fileName).join(', ')} import from the entry, which is inlined`);
      const htmlPath = join(outDir, 'index.html');
      const entryPath = join(outDir, entry.fileName);
      const tag = new RegExp(`<script type="module" crossorigin src="${base}${entry.fileName.replace(/[.]/g, '[.]')}"></script>`);
      const html = readFileSync(htmlPath, 'utf8');
      if (!tag.test(html)) throw new Error(`inline-entry: index.html does not load ${entry.fileName} as expected`);
      const code = readFileSync(entryPath, 'utf8')
        .replace(/import\((["`'])\.\//g, `import($1${base}assets/`)
        .replace(/<\/(script)/gi, '<\\/$1')
        .trim();
      writeFileSync(htmlPath, html.replace(tag, () => `<script type="module">${code}</script>`));
      rmSync(entryPath);
    },
  };
}

export default defineConfig({
  root,
  base,
  plugins: [inlineEntry()],
  // No public/ folder: nothing is copied besides the build.
  publicDir: false,
  server: {
    // `npm start`'s API on the same origin, as CloudFront routes it.
    proxy: { '/graphql': 'http://localhost:4000', '/open': 'http://localhost:4000' },
  },
  build: {
    outDir: fileURLToPath(new URL('../admin/dist/p', import.meta.url)),
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
    // No preload helper or polyfill: the one lazy chunk (the QR encoder) is loaded with a plain import().
    modulePreload: false,
  },
});
