import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PriceBreakdownOut } from '../../shared/features/visits/visits.contract.ts';
import { numberFormat } from '../../shared/i18n/intl.ts';
import { formatMoney } from '../lib/money.ts';
import { formatLocale } from '../lib/i18n.ts';
import classes from './price-breakdown.module.css';

/** Hundredths of a percent, signed: -1000 is "-10%". */
function formatPercent(hundredths: number): string {
  return numberFormat(formatLocale(), { style: 'percent', maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(hundredths / 10_000);
}

/**
 * The whole price of a visit, line by line, in the office and the portal alike: the base, each
 * surcharge or discount, each upgrade (one not accepted yet marked pending and not counted), the total.
 */
export function PriceBreakdown({ price }: { price: PriceBreakdownOut }) {
  const { t } = useTranslation('visits');
  const money = (amount: number) => formatMoney(amount, price.currency);
  const lines = [
    ...price.rateModifications.map((line) => ({ ...line, label: line.percent === undefined ? line.name : t('price.withPercent', { name: line.name, percent: formatPercent(line.percent) }) })),
    ...price.upgrades.map((line) => ({ ...line, label: line.name })),
  ];
  const anyPending = price.upgrades.some((line) => line.pending);
  return (
    <Stack gap={6}>
      {/* A plain table: Mantine's Table brings its scroll area's code into the portal home's first load. */}
      <table className={classes.table} aria-label={t('price.title')}>
        <tbody>
          <tr>
            <th scope="row" className={classes.line}>
              {t('price.base')}
            </th>
            <td className={classes.amount}>{money(price.base)}</td>
          </tr>
          {lines.map((line, index) => (
            <tr key={`${line.name}-${index}`} className={line.pending ? classes.pending : undefined}>
              <th scope="row" className={classes.line}>
                <Group gap={6} wrap="wrap">
                  <span>{line.label}</span>
                  {line.pending ? (
                    <Badge size="sm" variant="light" color="yellow" tt="none">
                      {t('price.pending')}
                    </Badge>
                  ) : null}
                </Group>
              </th>
              <td className={classes.amount}>{money(line.amount)}</td>
            </tr>
          ))}
          <tr className={classes.totalRow}>
            <th scope="row">{t('price.total')}</th>
            <td className={`${classes.amount} ${classes.total}`}>{money(price.total)}</td>
          </tr>
        </tbody>
      </table>
      {anyPending ? (
        <Text size="xs" c="dimmed">
          {t('price.pendingNote')}
        </Text>
      ) : null}
    </Stack>
  );
}
