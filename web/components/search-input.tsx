import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface SearchInputProps {
  label: string;
  placeholder: string;
  /** The search as it stands in the URL. */
  value: string;
  /** Called a moment after typing stops, with the trimmed text. */
  onSearch: (value: string) => void;
}

export function SearchInput({ label, placeholder, value, onSearch }: SearchInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [shownValue, setShownValue] = useState(value);
  const search = useDebouncedCallback((next: string) => { onSearch(next.trim()); }, 300);

  // Back/forward navigation changes the URL under us; follow it unless it merely caught up with the typing.
  if (value !== shownValue) {
    setShownValue(value);
    if (value !== text.trim()) setText(value);
  }

  function change(next: string) {
    setText(next);
    search(next);
  }

  return (
    <TextInput
      type="search"
      label={label}
      placeholder={placeholder}
      value={text}
      onChange={(event) => { change(event.currentTarget.value); }}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={
        text ? (
          <CloseButton
            size="sm"
            aria-label={t('actions.clearSearch')}
            onClick={() => {
              setText('');
              search.cancel();
              onSearch('');
            }}
          />
        ) : null
      }
      style={{ flex: '1 1 240px', maxWidth: 420 }}
    />
  );
}
