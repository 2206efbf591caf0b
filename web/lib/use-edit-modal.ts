import { useState } from 'react';

/**
 * One modal that adds a new item (`open(null)`) or edits an existing one. The item is kept
 * after the modal closes, so its title does not change while the modal fades out.
 */
export function useEditModal<T>() {
  const [opened, setOpened] = useState(false);
  const [editing, setEditing] = useState<T | null>(null);
  return {
    opened,
    editing,
    open: (item: T | null) => {
      setEditing(item);
      setOpened(true);
    },
    close: () => {
      setOpened(false);
    },
  };
}
