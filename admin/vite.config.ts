import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Modules of one vendor, matched by package path (both path separators). */
const vendor = (...packages: string[]) =>
  new RegExp(`[\\\\/]node_modules[\\\\/](${packages.map((p) => p.replace('/', '[\\\\/]')).join('|')})[\\\\/]`);

/**
 * The admin SPA: built with `vite build --config admin/vite.config.ts` from the repository root.
 * Vite 8 bundles with Rolldown, where `manualChunks` is deprecated: `codeSplitting.groups` does the same.
 * The antd group only takes modules the shell itself needs (`$initial`), so components used by one lazy
 * route (Tree, Descriptions, DatePicker …) stay in that route's chunk instead of the first download.
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  server: {
    // The API and the local issuer (/auth/config, its Cognito API at /cognito) of `npm start`.
    proxy: { '/graphql': 'http://localhost:4000', '/auth': 'http://localhost:4000', '/cognito': 'http://localhost:4000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: vendor('react', 'react-dom', 'scheduler', 'react-router'), priority: 30 },
            { name: 'urql', test: vendor('urql', '@urql/core', 'wonka', '@0no-co/graphql.web'), priority: 20 },
            { name: 'amplify', test: vendor('aws-amplify', '@aws-amplify', '@aws-crypto', '@smithy', '@aws-sdk', 'tslib', 'js-cookie'), priority: 20 },
            {
              name: 'antd',
              test: vendor('antd', '@ant-design', '@rc-component', 'rc-[^\\\\/]+', 'dayjs', '@babel/runtime', 'classnames', '@emotion/hash', '@emotion/unitless', 'stylis', 'throttle-debounce', 'scroll-into-view-if-needed', 'compute-scroll-into-view'),
              tags: ['$initial'],
              priority: 10,
            },
          ],
        },
      },
    },
  },
});
