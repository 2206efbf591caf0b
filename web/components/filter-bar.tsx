import { Badge, Button, VisuallyHidden } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './filter-bar.module.css';

interface FilterBarProps {
  /** Always in view, on phones too: the list's search box, if it has one. */
  search?: ReactNode;
  /** How many filters differ from their defaults; the phone's Filters button shows the number. */
  activeCount: number;
  /** The filter controls: in a row on wide screens, behind one Filters button on phones. */
  children: ReactNode;
}

/**
 * The filter row above an office list. On a phone a row of five selects would push the list off
 * the first screen, so the selects fold into one Filters button and the list starts right below.
 */
export function FilterBar({ search, activeCount, children }: FilterBarProps) {
  const { t } = useTranslation('common');
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const [opened, { toggle }] = useDisclosure(false);
  const panelId = useId();

  return (
    <div className={classes.bar}>
      {search ? <div className={classes.search}>{search}</div> : null}
      {wide ? null : (
        <Button
          variant={activeCount > 0 ? 'light' : 'default'}
          size="md"
          px="sm"
          leftSection={<IconAdjustmentsHorizontal size={18} aria-hidden />}
          aria-expanded={opened}
          aria-controls={panelId}
          onClick={toggle}
          fullWidth={!search}
          data-filters-toggle
          style={{ flexShrink: 0 }}
        >
          {t('filters.button')}
          {activeCount > 0 ? (
            <>
              <Badge component="span" size="sm" circle ml={6} aria-hidden>
                {activeCount}
              </Badge>
              <VisuallyHidden>{t('filters.active', { count: activeCount })}</VisuallyHidden>
            </>
          ) : null}
        </Button>
      )}
      <div id={panelId} className={classes.panel} data-closed={wide || opened ? undefined : ''}>
        {children}
      </div>
    </div>
  );
}
