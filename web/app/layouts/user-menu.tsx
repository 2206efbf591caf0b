import { Avatar, Group, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface UserMenuProps {
  name: string;
  detail: string;
  onProfile: () => void;
  onSignOut: () => void;
  signingOut: boolean;
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')).toUpperCase();
}

/** Avatar button in the header with the person's name; opens Profile and Sign out. */
export function UserMenu({ name, detail, onProfile, onSignOut, signingOut }: UserMenuProps) {
  const { t } = useTranslation(['app', 'common']);
  return (
    <Menu position="bottom-end" width={220} shadow="md" withinPortal>
      <Menu.Target>
        {/* Named by what it shows (initials, name, role) plus its purpose, so speech matches sight. */}
        <UnstyledButton p={4} style={{ borderRadius: 'var(--mantine-radius-md)' }}>
          <VisuallyHidden>{t('userMenu.accountMenu')}</VisuallyHidden>
          <Group gap="xs" wrap="nowrap">
            <Avatar color="porter" radius="xl" size={34}>
              {initials(name)}
            </Avatar>
            <div style={{ lineHeight: 1.2 }}>
              <Text size="sm" fw={600} visibleFrom="sm" maw={180} truncate>
                {name}
              </Text>
              <Text size="xs" c="dimmed" visibleFrom="sm">
                {detail}
              </Text>
            </div>
            <IconChevronDown size={16} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{name}</Menu.Label>
        <Menu.Item leftSection={<IconUserCircle size={18} aria-hidden />} onClick={onProfile}>
          {t('userMenu.profile')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconLogout size={18} aria-hidden />}
          onClick={onSignOut}
          disabled={signingOut}
        >
          {t('common:actions.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
