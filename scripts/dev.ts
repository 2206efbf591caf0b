/** `npm run dev`: the demo server restarting on change (port 3000) and Vite with hot reload (port 5173). */
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const children = [
  spawn(process.execPath, ['--watch-path=server', '--watch-path=shared', 'server/demo.ts'], { cwd: root, stdio: 'inherit' }),
  spawn(path.join(root, 'node_modules', '.bin', 'vite'), ['--port', '5173'], { cwd: root, stdio: 'inherit' }),
];
console.log('\n  Open http://localhost:5173 (API on http://localhost:3000). Ctrl+C stops both.\n');
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', stop);
