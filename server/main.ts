import path from 'node:path';
import { buildApp, type Porter } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config/config.ts';
import { isSetupNeeded } from './features/setup/setup.service.ts';
import { describeStartupError } from './lib/startup-errors.ts';

const webRoot = path.resolve(import.meta.dirname, '../dist/web');

/** Starts Porter and stops it cleanly on SIGINT/SIGTERM: in-flight requests finish, the database closes. */
export async function startServer(env: NodeJS.ProcessEnv, prepare?: (porter: Porter) => Promise<void>): Promise<Porter> {
  const config = loadConfigOrExit(env);
  let porter: Porter | undefined;
  try {
    porter = await buildApp(config);
    await prepare?.(porter);
    await porter.app.listen({ port: config.port, host: config.host });
    return stopOnSignals(porter);
  } catch (err) {
    const reason = describeStartupError(err, config);
    if (!reason) throw err;
    console.error(`Porter cannot start: ${reason}`);
    await porter?.app.close().catch(() => undefined);
    process.exit(1);
  }
}

function loadConfigOrExit(env: NodeJS.ProcessEnv): Config {
  try {
    return loadConfig(env, webRoot, process.stdout.isTTY === true);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
}

function stopOnSignals(porter: Porter): Porter {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    porter.app.log.info({ signal }, 'shutting down');
    const forceExit = setTimeout(() => process.exit(1), 10_000);
    forceExit.unref();
    await porter.app.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  return porter;
}

async function main(): Promise<void> {
  const porter = await startServer(process.env);
  const { config } = porter.ctx;
  if (await isSetupNeeded(porter.ctx)) {
    console.log(
      [
        '',
        `  Porter is running at ${config.publicUrl}`,
        '  This instance has no company yet. Open the address above and enter this setup code:',
        '',
        `      ${porter.setupCode}`,
        '',
      ].join('\n'),
    );
  } else {
    console.log(`\n  Porter is running at ${config.publicUrl}\n`);
  }
}

if (import.meta.main) await main();
