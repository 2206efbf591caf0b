import { Box, Group, SimpleGrid, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { MouseEvent, ReactNode } from 'react';

/**
 * One column of a list, written once and drawn twice: as a table cell on wide screens and as a
 * part of a card on phones.
 */
export interface ListColumn<T> {
  key: string;
  /** The column heading; on a card, the small label above a field's value. */
  header: string;
  /** A heading the eye does not need (the actions column); screen readers still hear it. */
  hideHeader?: boolean;
  cell: (item: T) => ReactNode;
  /** A different rendering on the card, when the table's would not fit there. */
  cardCell?: (item: T) => ReactNode;
  /**
   * Where the value sits on a card: `title` (stacked at the top left), `aside` (top right: a badge
   * or a menu), `field` (label and value, two to a line; the default), `footer` (full width at the
   * bottom: actions, long notes) or `none`.
   */
  card?: 'title' | 'aside' | 'field' | 'footer' | 'none';
  /** A field whose value is long (an email, "customer · location"): the card gives it the full width. */
  cardFull?: boolean;
  /** Leave the column out of the table (something only the card needs). */
  cardOnly?: boolean;
  align?: 'left' | 'right';
  /** Keep the cell on one line in the table. */
  nowrap?: boolean;
  maw?: number;
  /** A fixed width in the table (a thumbnail). */
  width?: number;
}

interface ResponsiveTableProps<T> {
  items: readonly T[];
  columns: readonly ListColumn<T>[];
  rowKey: (item: T) => string;
  /** Names the list of cards for screen readers (a table is named by its headings). */
  label: string;
  /**
   * Opens an item on a click anywhere in its row or card: a shortcut for the mouse. The keyboard
   * uses the link or button inside, so one must be there (usually in the title).
   */
  onOpen?: (item: T) => void;
  /** The table's narrowest width; below it the table scrolls inside its frame, never the page. */
  minWidth?: number;
}

/** Phones get cards; the same breakpoint as Mantine's `sm`. */
const wideQuery = '(min-width: 48em)';

// Links, buttons, fields and menu items inside a row do their own thing; React bubbles clicks from
// portalled menus through the row too.
function isOwnControl(event: MouseEvent): boolean {
  return event.target instanceof Element && Boolean(event.target.closest('a, button, input, select, textarea, label, [role="menuitem"], [role="dialog"]'));
}

/**
 * An office list: a Mantine table on wide screens, a stack of cards on phones, from one set of
 * column definitions, so nothing is clipped off the right edge of a phone.
 */
export function ResponsiveTable<T>(props: ResponsiveTableProps<T>) {
  // One layout at a time, so each item appears once on the page for screen readers.
  const wide = useMediaQuery(wideQuery, true, { getInitialValueInEffect: false });
  return wide ? <ListTable {...props} /> : <ListCards {...props} />;
}

function ListTable<T>({ items, columns, rowKey, onOpen, minWidth = 720 }: ResponsiveTableProps<T>) {
  const shown = columns.filter((column) => !column.cardOnly);
  function open(event: MouseEvent, item: T) {
    if (onOpen && !isOwnControl(event)) onOpen(item);
  }
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table verticalSpacing="sm" highlightOnHover={Boolean(onOpen)}>
        <Table.Thead>
          <Table.Tr>
            {shown.map((column) => (
              <Table.Th key={column.key} ta={column.align} style={{ whiteSpace: 'nowrap' }}>
                {column.hideHeader ? <VisuallyHidden>{column.header}</VisuallyHidden> : column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={rowKey(item)} onClick={onOpen ? (event) => { open(event, item); } : undefined} style={onOpen ? { cursor: 'pointer' } : undefined}>
              {shown.map((column) => (
                <Table.Td key={column.key} ta={column.align} w={column.width} maw={column.maw} style={column.nowrap ? { whiteSpace: 'nowrap' } : undefined}>
                  {column.cell(item)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ListCards<T>({ items, columns, rowKey, onOpen, label }: ResponsiveTableProps<T>) {
  const placed = (place: ListColumn<T>['card']) => columns.filter((column) => (column.card ?? 'field') === place);
  const [titles, asides, fields, footers] = [placed('title'), placed('aside'), placed('field'), placed('footer')];
  const render = (column: ListColumn<T>, item: T) => (column.cardCell ?? column.cell)(item);
  function open(event: MouseEvent, item: T) {
    if (onOpen && !isOwnControl(event)) onOpen(item);
  }

  return (
    <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={label} data-list-cards>
      {items.map((item, index) => (
        <Stack
          key={rowKey(item)}
          component="li"
          gap="xs"
          p="md"
          onClick={onOpen ? (event: MouseEvent) => { open(event, item); } : undefined}
          style={{ cursor: onOpen ? 'pointer' : undefined, borderTop: index > 0 ? '1px solid var(--mantine-color-default-border)' : undefined }}
        >
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <Stack gap={2} miw={0} style={{ flex: 1, overflowWrap: 'anywhere' }}>
              {titles.map((column) => <Box key={column.key}>{render(column, item)}</Box>)}
            </Stack>
            {asides.length > 0 ? (
              <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
                {asides.map((column) => <Box key={column.key}>{render(column, item)}</Box>)}
              </Group>
            ) : null}
          </Group>
          {fields.length > 0 ? (
            <SimpleGrid component="dl" cols={2} spacing="sm" verticalSpacing={6} m={0}>
              {fields.map((column) => (
                <div key={column.key} style={{ minWidth: 0, gridColumn: column.cardFull ? '1 / -1' : undefined }}>
                  <Text component="dt" size="xs" c="dimmed">
                    {column.header}
                  </Text>
                  <Box component="dd" m={0} fz="sm" style={{ overflowWrap: 'anywhere' }}>
                    {render(column, item)}
                  </Box>
                </div>
              ))}
            </SimpleGrid>
          ) : null}
          {footers.map((column) => {
            const content = render(column, item);
            // An empty footer (no action for this item) would still add a gap.
            return content === null || content === undefined || content === false ? null : <Box key={column.key}>{content}</Box>;
          })}
        </Stack>
      ))}
    </Stack>
  );
}
