import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TickInput, VisitNoteInput, VisitPhotoKind, VisitWork } from '../../../../shared/features/field/checklist.contract.ts';
import { newClientId, sendOrKeep } from '../../../lib/offline-queue.ts';
import type { WriteContent, WriteMethod } from '../../../lib/write-content.ts';
import { fieldKeys } from './query-keys.ts';

const visitPath = (visitId: string) => `/api/field/visits/${encodeURIComponent(visitId)}`;

/** The paths of my visit's writes, which the screen also reads back from the writes still waiting on the phone. */
export const tickPath = (visitId: string, taskId: string) => `${visitPath(visitId)}/checklist/${encodeURIComponent(taskId)}`;
export const notesPath = (visitId: string) => `${visitPath(visitId)}/notes`;
export const photosPath = (visitId: string) => `${visitPath(visitId)}/photos`;

type WorkWrite = WriteContent & { path: string; method: WriteMethod; clientId: string; label: string };

/**
 * A write of my visit's work, sent now or kept on the phone until there is a signal. The answer
 * (the visit's work as it now is) replaces what the screen shows; a kept write shows from the
 * queue meanwhile and is read again once the queue has sent it.
 */
function useWorkWrite<Vars>(visitId: string, ownerId: string, write: (vars: Vars) => WorkWrite) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: Vars) => sendOrKeep<VisitWork>({ ...write(vars), ownerId, refreshes: fieldKeys.myVisitWork(visitId) }),
    onSuccess: (work) => {
      if (work) queryClient.setQueryData(fieldKeys.myVisitWork(visitId), work);
    },
  });
}

export function useTickTask(visitId: string, ownerId: string) {
  return useWorkWrite(visitId, ownerId, ({ taskId, done, label }: { taskId: string; done: boolean; label: string }) => {
    const body: TickInput = { clientId: newClientId(), done };
    return { path: tickPath(visitId, taskId), method: 'PUT', body, clientId: body.clientId, label };
  });
}

export function useAddNote(visitId: string, ownerId: string) {
  return useWorkWrite(visitId, ownerId, ({ note, label }: { note: Omit<VisitNoteInput, 'clientId'>; label: string }) => {
    const body: VisitNoteInput = { clientId: newClientId(), ...note };
    return { path: notesPath(visitId), method: 'POST', body, clientId: body.clientId, label };
  });
}

/** A before or after photo with an id of its own: the server keeps one photo however often it arrives. */
export function useAddPhoto(visitId: string, ownerId: string) {
  return useWorkWrite(visitId, ownerId, ({ file, kind, label }: { file: File; kind: VisitPhotoKind; label: string }) => {
    const clientId = newClientId();
    return { path: photosPath(visitId), method: 'POST', body: { clientId, kind }, file: { blob: file, name: file.name }, clientId, label };
  });
}
