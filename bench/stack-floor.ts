/**
 * `node bench/stack-floor.ts`: what the web stack alone weighs on a first load. Builds, with Porter's own Vite and
 * packages, the smallest app that uses each of them once (React and react-dom, TanStack Router with one route,
 * TanStack Query with one query, i18next through react-i18next with one word, Mantine's provider with a Button,
 * a Text and a Stack), compresses its files as the server does (Brotli, quality 11) and prints their size
 * beside the portal's aim of 120 KB of JavaScript. Nothing of Porter is in it, so it is the floor under any
 * Porter page. It measures; it asserts nothing.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const root = path.resolve(import.meta.dirname, '..');
const aimBytes = 120 * 1024;

const app = `
import { Button, MantineProvider, Stack, Text } from '@mantine/core';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createRootRoute, createRoute, createRouter, Link, Outlet, RouterProvider } from '@tanstack/react-router';
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { createRoot } from 'react-dom/client';

void i18next.use(initReactI18next).init({ lng: 'en', resources: { en: { translation: { hello: 'Hello, {{name}}' } } } });

function Home() {
  const { t } = useTranslation();
  const me = useQuery({ queryKey: ['me'], queryFn: () => fetch('/me').then((response) => response.json()) });
  return (
    <Stack>
      <Text>{t('hello', { name: String(me.data) })}</Text>
      <Button component={Link} to="/">Home</Button>
    </Stack>
  );
}

const rootRoute = createRootRoute({ component: Outlet });
const router = createRouter({ routeTree: rootRoute.addChildren([createRoute({ getParentRoute: () => rootRoute, path: '/', component: Home })]) });
createRoot(document.getElementById('root')!).render(
  <MantineProvider>
    <QueryClientProvider client={new QueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </MantineProvider>,
);
`;

const dir = mkdtempSync(path.join(tmpdir(), 'porter-stack-floor-'));
try {
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  writeFileSync(path.join(dir, 'main.tsx'), app);
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="en"><body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>');
  await build({ configFile: false, root: dir, logLevel: 'warn', plugins: [react()], build: { outDir: path.join(dir, 'dist') } });
  const assets = path.join(dir, 'dist', 'assets');
  let total = 0;
  for (const file of readdirSync(assets).filter((name) => name.endsWith('.js'))) {
    const content = readFileSync(path.join(assets, file));
    const compressed = brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }).length;
    total += compressed;
    console.log(`${file}: ${(content.length / 1024).toFixed(1)} KB, ${(compressed / 1024).toFixed(1)} KB compressed`);
  }
  console.log(`The stack alone: ${(total / 1024).toFixed(1)} KB of compressed JavaScript; the portal's aim for a whole first load: ${aimBytes / 1024} KB (${Math.round((100 * total) / aimBytes)}% of it).`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
