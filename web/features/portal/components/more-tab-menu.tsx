import { Menu } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useOpenedOnArrival } from '../../../components/deferred-popup.ts';
import { MoreTabButton, type TabEntry } from './portal-tab-bar.tsx';

/** The More tab's menu itself, loaded when the customer first chooses More (`portal-tab-bar.tsx`). */
export function MoreTabMenu({ slug, entries, current }: { slug: string; entries: TabEntry[]; current: boolean }) {
  const [target, opened, setOpened] = useOpenedOnArrival<HTMLButtonElement>();
  return (
    <Menu position="top-end" shadow="md" width={200} withinPortal opened={opened} onChange={setOpened}>
      <Menu.Target>
        <MoreTabButton ref={target} current={current} />
      </Menu.Target>
      <Menu.Dropdown>
        {entries.map(({ to, icon: EntryIcon, label }) => (
          <Menu.Item key={to} leftSection={<EntryIcon size={18} aria-hidden />} renderRoot={(props) => <Link {...props} to={to} params={{ slug }} />}>
            {label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
