import type { Addon } from '../../../../shared/features/addons/addons.ts';
import { useStaffMe } from './get-staff-me.ts';

/**
 * Whether the company has `addon` on: the office shows what an add-on gates only while it is,
 * as the server answers its routes only then. Read from who-is-signed-in, which Settings reloads
 * after a switch; off until it is known.
 */
export function useAddon(addon: Addon): boolean {
  return useStaffMe().data?.addons[addon] ?? false;
}
