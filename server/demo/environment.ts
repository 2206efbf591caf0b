import path from 'node:path';

/**
 * The demo's settings: its own data folder, so trying it never mixes with a real installation,
 * and only this machine may connect unless HOST says otherwise, because every demo account
 * shares a published password.
 */
export function demoEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    LOG_LEVEL: 'warn',
    ...env,
    HOST: env.HOST || '127.0.0.1',
    DATA_DIR: env.DATA_DIR || path.resolve('data/demo'),
  };
}
