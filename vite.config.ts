import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { mantineComponentCss } from './scripts/mantine-component-css.ts';
import { precompressDirectory } from './scripts/precompress.ts';
import { stampServiceWorkers } from './scripts/service-worker.ts';
import { webFingerprint, writeWebBuildStamp } from './scripts/web-build.ts';

const root = import.meta.dirname;
const outDir = resolve(root, 'dist/web');

// The portal's service worker is told which build it serves, so a new build replaces its cache.
// Compressed once at build time, so the server sends the .br or .gz copy the browser accepts;
// then stamped with the sources' fingerprint, so `npm start` skips a build that is current.
let fingerprint = '';
const finishBuild: Plugin = {
  name: 'porter-finish-build',
  apply: 'build',
  buildStart() {
    fingerprint = webFingerprint(root);
  },
  closeBundle() {
    stampServiceWorkers(outDir);
    precompressDirectory(outDir);
    writeWebBuildStamp(root, fingerprint);
  },
};

export default defineConfig({
  root: resolve(root, 'web'),
  plugins: [react(), mantineComponentCss(), finishBuild],
  build: {
    outDir,
    emptyOutDir: true,
    rolldownOptions: {
      // A contract builds its schemas at the top of its module; a page that takes only a list of
      // values from it (sorts, statuses) must not bring zod along. Unused schemas are dropped.
      treeshake: { manualPureFunctions: ['z'] },
      // Small shared chunks are copied into their importers: a phone fetching forty 1 KB files pays
      // for forty compression dictionaries (304 KB instead of 323 KB for the portal home).
      output: {
        codeSplitting: { experimentalInlineCommonChunks: { maxSize: 8192 } },
        // A catalogue's file says whose words it holds (`catalogue-da-portal-….js`), so a first load's report,
        // its journey and a person reading the network panel can tell words from code.
        chunkFileNames: (chunk) => {
          const catalogue = chunk.moduleIds.length === 1 ? /\/shared\/i18n\/catalogues\/([a-z-]+)\/([a-z-]+)\.ts$/.exec(chunk.moduleIds[0]!) : null;
          return catalogue ? `assets/catalogue-${catalogue[1]}-${catalogue[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      // `npm run dev` passes the API server's port; it follows PORT.
      '/api': `http://127.0.0.1:${process.env.PORTER_API_PORT ?? '3000'}`,
    },
  },
});
