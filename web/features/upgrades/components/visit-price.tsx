import { Card, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PriceBreakdownOut } from '../../../../shared/features/visits/visits.contract.ts';
import { PriceBreakdown } from '../../../components/price-breakdown.tsx';

/** The visit's price line by line, under its own heading on the upgrades page. */
export function VisitPrice({ price }: { price: PriceBreakdownOut }) {
  const { t } = useTranslation('portalUpgrades');
  return (
    <Card withBorder padding="lg" shadow="xs">
      <Title order={2} fz="lg" mb="sm">
        {t('price.title')}
      </Title>
      <PriceBreakdown price={price} />
    </Card>
  );
}
