import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TickInput, VisitNoteInput, VisitPhotoKind, VisitWork } from '../../../../shared/features/field/checklist.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { newClientId, sendOrKeep } from '../../../lib/offline-queue.ts';
import { fieldKeys } from './query-keys.ts';

const visitPath = (visitId: string) => `/api/field/visits/${encodeURIComponent(visitId)}`;

/** The path of a tick, which the screen also reads back from the writes still waiting on the phone. */
export const tickPath = (visitId: string, taskId: string) => `${visitPath(visitId)}/checklist/${encodeURIComponent(taskId)}`;
export const notesPath = (visitId: string) => `${visitPath(visitId)}/notes`;

/**
 * A write of my visit's work, sent now or kept on the phone until there is a signal. The answer
 * (the visit's work as it now is) replaces what the screen shows; a kept write shows from the queue.
 */
function useWorkWrite<Vars>(visitId: string, ownerId: string, write: (vars: Vars) => { path: string; body: Record<string, unknown>; label: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: Vars) => {
      const { path, body, label } = write(vars);
      return sendOrKeep<VisitWork>({ clientId: String(body.clientId), ownerId, path, method: path.includes('/checklist/') ? 'PUT' : 'POST', body, label });
    },
    onSuccess: (work) => {
      if (work) queryClient.setQueryData(fieldKeys.myVisitWork(visitId), work);
    },
  });
}

export function useTickTask(visitId: string, ownerId: string) {
  return useWorkWrite(visitId, ownerId, ({ taskId, done, label }: { taskId: string; done: boolean; label: string }) => {
    const body: TickInput = { clientId: newClientId(), done };
    return { path: tickPath(visitId, taskId), body, label };
  });
}

export function useAddNote(visitId: string, ownerId: string) {
  return useWorkWrite(visitId, ownerId, ({ note, label }: { note: Omit<VisitNoteInput, 'clientId'>; label: string }) => {
    const body: VisitNoteInput = { clientId: newClientId(), ...note };
    return { path: notesPath(visitId), body, label };
  });
}

/** A before or after photo, with an id of its own: the server keeps one photo however often it arrives. */
export function useAddPhoto(visitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, kind }: { file: File; kind: VisitPhotoKind }) => {
      const form = new FormData();
      form.append('clientId', newClientId());
      form.append('kind', kind);
      form.append('file', file);
      return apiRequest<VisitWork>(`${visitPath(visitId)}/photos`, { method: 'POST', form });
    },
    onSuccess: (work) => queryClient.setQueryData(fieldKeys.myVisitWork(visitId), work),
  });
}
