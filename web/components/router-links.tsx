import {
  ActionIcon,
  Anchor,
  Button,
  NavLink,
  type ActionIconProps,
  type AnchorProps,
  type ButtonProps,
  type NavLinkProps,
} from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, Ref } from 'react';

type AnchorAttributes = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'color' | 'style'> & {
  ref?: Ref<HTMLAnchorElement>;
};

function MantineAnchor(props: AnchorProps & AnchorAttributes) {
  return <Anchor {...props} />;
}

function MantineButtonAnchor(props: ButtonProps & AnchorAttributes) {
  return <Button component="a" {...props} />;
}

function MantineActionIconAnchor(props: ActionIconProps & AnchorAttributes) {
  return <ActionIcon component="a" {...props} />;
}

function MantineNavLinkAnchor(props: NavLinkProps & Omit<AnchorAttributes, 'onChange'>) {
  return <NavLink component="a" {...props} />;
}

const CreatedAnchorLink = createLink(MantineAnchor);
const CreatedButtonLink = createLink(MantineButtonAnchor);
const CreatedActionIconLink = createLink(MantineActionIconAnchor);
const CreatedNavLink = createLink(MantineNavLinkAnchor);

/** Mantine's Anchor, Button, ActionIcon and NavLink wired to the router, with type-checked `to` and `params`. */
export const AnchorLink: LinkComponent<typeof MantineAnchor> = (props) => <CreatedAnchorLink preload="intent" {...props} />;

export const ButtonLink: LinkComponent<typeof MantineButtonAnchor> = (props) => (
  <CreatedButtonLink preload="intent" {...props} />
);

export const ActionIconLink: LinkComponent<typeof MantineActionIconAnchor> = (props) => (
  <CreatedActionIconLink preload="intent" {...props} />
);

export const NavLinkLink: LinkComponent<typeof MantineNavLinkAnchor> = (props) => (
  <CreatedNavLink preload="intent" {...props} />
);
