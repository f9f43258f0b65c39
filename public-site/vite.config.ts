import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The public page (公示页): its own small bundle, no framework, built into the admin's site folder under `/p/`
 * (`admin/dist/p`), after the admin's build (which empties admin/dist): `npm run build:public`, which
 * `build:admin` runs. The budget is 60 KB of gzip JavaScript; `tests/browser/public-page.test.ts`
 * checks it. The QR encoder is a lazy chunk only the project page loads.
 */
export default defineConfig({
  root,
  base: '/p/',
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
