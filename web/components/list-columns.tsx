import { Badge, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ListColumn } from './responsive-table.tsx';

/** A yes-or-no setting of a catalogue entry (active, shown in the portal) as a badge. */
export function YesNo({ value }: { value: boolean }) {
  const { t } = useTranslation('common');
  return (
    <Badge variant="light" color={value ? 'teal' : 'gray'} tt="none">
      {value ? t('answers.yes') : t('answers.no')}
    </Badge>
  );
}

interface EditColumnOptions<T> {
  /** The column heading screen readers hear ("Actions"). */
  header: string;
  /** The button's word ("Edit"). */
  edit: string;
  /** The button's full name, naming the entry ("Edit Window cleaning"). */
  labelOf: (item: T) => string;
  onEdit: (item: T) => void;
  card: 'aside' | 'footer';
}

/** The Edit button of a catalogue list, at the end of a row or on its card. */
export function editColumn<T>({ header, edit, labelOf, onEdit, card }: EditColumnOptions<T>): ListColumn<T> {
  return {
    key: 'actions',
    header,
    hideHeader: true,
    align: 'right',
    card,
    cell: (item) => (
      <Button size="compact-sm" variant="subtle" aria-label={labelOf(item)} onClick={() => { onEdit(item); }}>
        {edit}
      </Button>
    ),
  };
}
