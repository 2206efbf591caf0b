import { createContext, useContext } from 'react';

/**
 * Who is on site now at each visit (names by visit id). Timesheets belong to the field feature;
 * the page reads them and hands them down here, so this feature does not reach into that one.
 */
export const OnSiteContext = createContext<ReadonlyMap<string, string[]>>(new Map());

export function useOnSiteNames(visitId: string): string[] {
  return useContext(OnSiteContext).get(visitId) ?? [];
}
