import { useTranslation } from 'react-i18next';
import type { Frequency } from '../../../shared/features/visits/frequency.ts';
import { formatLocale } from '../../lib/i18n.ts';
import { frequencyWords } from './frequency-words.ts';

/** How often a service comes, in the page's language: the same words in the office and the portal. */
export function useFrequencyWords(): (frequency: Frequency | null) => string {
  const { t } = useTranslation('visits');
  const locale = formatLocale();
  return (frequency) => frequencyWords(t, frequency, locale);
}
