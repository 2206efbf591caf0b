import { Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, languageNames, languages, type Language } from '../../../../shared/i18n/languages.ts';
import { notifyError } from '../../../lib/error-message.ts';
import { useChooseLanguage, type LanguageOwner } from '../api/choose-language.ts';

interface LanguageFormProps {
  owner: LanguageOwner;
  /** The person's saved choice; null follows their browser, then the company. */
  chosen: Language | null;
}

const automatic = 'automatic';

/** Saves as soon as a language is picked, and the page switches to it; each language is named in itself. */
export function LanguageForm({ owner, chosen }: LanguageFormProps) {
  const { t } = useTranslation('profile');
  const choose = useChooseLanguage(owner);
  const data = [{ value: automatic, label: t('language.automatic') }, ...languages.map((language) => ({ value: language, label: languageNames[language] }))];
  const pick = (value: string | null) => {
    const language = isLanguage(value) ? value : null;
    if (language === chosen) return;
    choose.mutate({ language }, { onError: (error) => notifyError(error) });
  };
  return (
    <>
      <Select
        label={t('language.label')}
        data={data}
        value={chosen ?? automatic}
        onChange={pick}
        allowDeselect={false}
        disabled={choose.isPending}
        maw={360}
      />
      <Text size="sm" c="dimmed" mt="xs">
        {t('language.hint')}
      </Text>
    </>
  );
}
