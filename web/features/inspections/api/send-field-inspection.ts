import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateInspection, Inspection, OfficeInspection } from '../../../../shared/features/inspections/inspections.contract.ts';
import { sendOrKeep } from '../../../lib/offline-queue.ts';
import { inspectionKeys } from './query-keys.ts';

const inspectionsPath = '/api/office/inspections';
/** Where a photo kept on the phone goes once its inspection is sent: the server finds the inspection by the id this phone gave it. */
const queuedPhotosPath = (inspectionClientId: string) => `${inspectionsPath}/by-client/${encodeURIComponent(inspectionClientId)}/photos`;

/** One save from the field app: the ids are made once per inspection and per photo, so saving again after a lost answer doubles nothing. */
export interface FieldInspection {
  clientId: string;
  /** When the supervisor saved it: an inspection kept without a signal counts from then. */
  inspectedAt: string;
  body: CreateInspection;
  label: string;
  photos: { clientId: string; area: number; file: File; label: string }[];
}

/**
 * Saves an inspection from the field app through the offline queue, then the photos picked
 * without a signal, in that order (a photo finds its inspection by the inspection's client id).
 * Resolves with the inspection as the server last answered, or `null` when it waits on the phone.
 */
export function useSendFieldInspection(ownerId: string) {
  const queryClient = useQueryClient();
  const refreshes = inspectionKeys.all;
  return useMutation({
    mutationFn: async (save: FieldInspection): Promise<Inspection | null> => {
      const body: OfficeInspection = { ...save.body, clientId: save.clientId, inspectedAt: save.inspectedAt };
      let answer = await sendOrKeep<Inspection>({ clientId: save.clientId, ownerId, path: inspectionsPath, method: 'POST', label: save.label, refreshes, body });
      const inspection = answer;
      for (const photo of save.photos) {
        const file = { blob: photo.file, name: photo.file.name };
        answer = await sendOrKeep<Inspection>({ clientId: photo.clientId, ownerId, path: queuedPhotosPath(save.clientId), method: 'POST', label: photo.label, refreshes, body: { clientId: photo.clientId, area: String(photo.area) }, file });
      }
      // A photo that waits leaves the inspection as first saved; the queue reads it again once sent.
      return answer ?? inspection;
    },
    onSuccess: (inspection) => (inspection ? queryClient.invalidateQueries({ queryKey: refreshes }) : undefined),
  });
}
