import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
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
  plugins: [react(), finishBuild],
  build: {
    outDir,
    emptyOutDir: true,
  },
  server: {
    port: 5173,
    proxy: {
      // `npm run dev` passes the API server's port; it follows PORT.
      '/api': `http://127.0.0.1:${process.env.PORTER_API_PORT ?? '3000'}`,
    },
  },
});
