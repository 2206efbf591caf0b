import { useId } from 'react';
import { monogramInitials, monogramTextColor } from '../lib/monogram.ts';

interface LogoMarkProps {
  size?: number;
  /** Background of the rounded square; any CSS colour. */
  color?: string;
  title?: string;
}

/** Porter's mark: a sparkle in a rounded square. Decorative unless given a title. */
export function LogoMark({ size = 32, color = 'var(--mantine-primary-color-filled)', title }: LogoMarkProps) {
  const titleId = useId();
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 32 32"
      role={title ? 'img' : undefined}
      aria-hidden={title ? undefined : true}
      aria-labelledby={title ? titleId : undefined}
      style={{ flexShrink: 0, display: 'block' }}
    >
      {title ? <title id={titleId}>{title}</title> : null}
      <rect width="32" height="32" rx="8" fill={color} />
      <path d="M16 5.5c.6 4.9 2.6 7 7.5 7.5-4.9.6-6.9 2.6-7.5 7.5-.6-4.9-2.6-6.9-7.5-7.5 4.9-.5 6.9-2.6 7.5-7.5Z" fill="#fff" />
      <path
        d="M23 19.5c.3 2.2 1.2 3.1 3.4 3.4-2.2.3-3.1 1.2-3.4 3.4-.3-2.2-1.2-3.1-3.4-3.4 2.2-.3 3.1-1.2 3.4-3.4Z"
        fill="#fff"
        fillOpacity="0.75"
      />
    </svg>
  );
}

interface CompanyMarkProps {
  name: string;
  /** The company's brand colour, #RRGGBB. */
  color: string;
  size?: number;
}

/**
 * A company without a logo is shown by its initials on its brand colour, in white or black, whichever reads better.
 * Decorative: the company's name is always written beside it or given as the link's name.
 */
export function CompanyMonogram({ name, color, size = 32 }: CompanyMarkProps) {
  const initials = monogramInitials(name);
  if (!initials) return <LogoMark size={size} color={color} />;
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden style={{ flexShrink: 0, display: 'block' }}>
      <rect width="32" height="32" rx="8" fill={color} />
      <text
        x="16"
        y="16"
        dy="0.35em"
        textAnchor="middle"
        fill={monogramTextColor(color)}
        fontFamily="inherit"
        fontWeight={800}
        fontSize={initials.length > 1 ? 14 : 17}
        letterSpacing={initials.length > 1 ? -0.3 : 0}
      >
        {initials}
      </text>
    </svg>
  );
}
