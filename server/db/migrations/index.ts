import type { Migration } from 'kysely/migration';
import * as foundation from './20261122070000_foundation.ts';

/** Every migration, in order. Listed by hand so start-up never depends on reading a folder. */
export const migrations: Record<string, Migration> = {
  '20261122070000_foundation': foundation,
};
