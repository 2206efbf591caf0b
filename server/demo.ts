import { seedDemo } from './demo/seed.ts';
import { demoEnvironment } from './demo/environment.ts';
import { startServer } from './main.ts';

const env = demoEnvironment(process.env);

const porter = await startServer(env, async ({ ctx }) => {
  await seedDemo(ctx.db, ctx.config, ctx.files);
});
const url = porter.ctx.config.publicUrl;
console.log(
  [
    '',
    '  ┌────────────────────────────────────────────────────────────────────┐',
    '  │  DEMO MODE — sample data and a shared password. Not for production. │',
    '  └────────────────────────────────────────────────────────────────────┘',
    '',
    `  Porter is running at ${url}${env.HOST === '127.0.0.1' ? ' (this machine only; HOST=0.0.0.0 opens it to your network)' : ''}`,
    '',
    `  Office login:            ${url}/login`,
    `  Demo customer portal:    ${url}/portal/demo`,
    `  Northwind customer portal: ${url}/portal/northwind`,
    `  API reference:           ${url}/api/docs`,
    '',
    '  Every demo account uses the password  porter-demo',
    '    office   owner@demo.test       (owner)',
    '             admin@demo.test       (admin)',
    '             manager@demo.test     (manager)',
    '             supervisor@demo.test  (supervisor)',
    '             tech@demo.test        (technician, lands in the field app)',
    '    portal   customer@demo.test    (commercial customer, two sites)',
    '             home@demo.test        (residential customer)',
    '    other    owner@northwind.test  (a second, separate company)',
    '',
    '  Stop with Ctrl+C.',
    '',
  ].join('\n'),
);
