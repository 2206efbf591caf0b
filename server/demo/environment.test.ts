import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoEnvironment } from './environment.ts';

describe('the demo’s settings', () => {
  it('listen on this machine only, because every demo account shares a published password', () => {
    expect(demoEnvironment({}).HOST).toBe('127.0.0.1');
    expect(demoEnvironment({ HOST: '' }).HOST).toBe('127.0.0.1');
  });

  it('open to the network only when HOST asks, and keep their own data folder unless told', () => {
    expect(demoEnvironment({ HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
    expect(demoEnvironment({}).DATA_DIR).toBe(path.resolve('data/demo'));
    expect(demoEnvironment({ DATA_DIR: '/srv/porter-demo' }).DATA_DIR).toBe('/srv/porter-demo');
    expect(demoEnvironment({}).LOG_LEVEL).toBe('warn');
  });
});
