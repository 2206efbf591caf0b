/**
 * `npm run dev`: the demo server restarting on change (on PORT, 3000 by default) and Vite with
 * hot reload (on DEV_PORT, 5173 by default), whose /api proxy follows PORT.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const apiPort = process.env.PORT || '3000';
const devPort = process.env.DEV_PORT || '5173';
const env = { ...process.env, PORT: apiPort, PORTER_API_PORT: apiPort };
const children = [
  spawn(process.execPath, ['--watch-path=server', '--watch-path=shared', 'server/demo.ts'], { cwd: root, stdio: 'inherit', env }),
  spawn(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), '--port', devPort, '--strictPort'], { cwd: root, stdio: 'inherit', env }),
];
console.log(`\n  Open http://localhost:${devPort} (API on http://localhost:${apiPort}). Ctrl+C stops both.\n`);
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', stop);
