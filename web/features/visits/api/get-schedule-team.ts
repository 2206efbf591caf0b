import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TeamMember } from '../../../../shared/features/visits/visits.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { scheduleKeys } from './schedule-keys.ts';

export function getScheduleTeam(signal?: AbortSignal): Promise<{ items: TeamMember[] }> {
  return apiRequest<{ items: TeamMember[] }>('/api/office/schedule/team', { signal });
}

export function scheduleTeamQueryOptions() {
  return queryOptions({ queryKey: scheduleKeys.team, queryFn: ({ signal }) => getScheduleTeam(signal), staleTime: 5 * 60_000 });
}

/** Staff who can be sent to a visit, by name: for the team filter and the team of a visit. */
export function useScheduleTeam() {
  return useQuery(scheduleTeamQueryOptions());
}
