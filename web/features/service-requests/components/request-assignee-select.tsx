import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { mayHandleRequests, type OfficeRequestDetail } from '../../../../shared/features/service-requests/service-requests.contract.ts';
import type { StaffRole } from '../../../../shared/roles.ts';
import { useSerialSave } from '../../../lib/use-serial-save.ts';
import { useAssignRequest } from '../api/assign-request.ts';

export interface StaffOption {
  id: string;
  name: string;
  role: StaffRole;
}

const unassigned = 'none';

interface RequestAssigneeSelectProps {
  request: OfficeRequestDetail;
  staff: StaffOption[];
}

/** Saves the moment a person is picked; the page keys it on the saved assignee, so a change by someone else shows too. */
export function RequestAssigneeSelect({ request, staff }: RequestAssigneeSelectProps) {
  const { t } = useTranslation(['serviceRequests', 'common']);
  const mutation = useAssignRequest(request.id);
  const { shown, save } = useSerialSave(request.assigneeId ?? unassigned, (value: string) =>
    mutation.mutateAsync(value === unassigned ? null : value),
  );
  // Only people who may read requests can be their assignee: technicians never see customer messages.
  const options = staff.filter((member) => mayHandleRequests(member.role)).map((member) => ({ value: member.id, label: member.name }));
  if (request.assigneeId && !options.some((option) => option.value === request.assigneeId)) {
    options.unshift({ value: request.assigneeId, label: request.assigneeName ?? t('assign.formerStaff') });
  }

  return (
    <NativeSelect
      label={t('assign.label')}
      data={[{ value: unassigned, label: t('common:states.unassigned') }, ...options]}
      value={shown}
      onChange={(event) => {
        const value = event.currentTarget.value;
        const name = options.find((option) => option.value === value)?.label;
        save(value, name ? t('assign.assigned', { reference: request.reference, name }) : t('assign.unassigned', { reference: request.reference }));
      }}
    />
  );
}
