// A small coloured label that keeps AA contrast whatever its colour: Mantine's light badge background, with the
// text in near-black instead of the colour itself (orange or teal text on their light tints fall under 4.5:1).
import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';

export function ToneBadge({
  color,
  children,
  ...rest
}: { color: string; children: ReactNode } & Omit<BadgeProps, 'color' | 'variant' | 'children'> & { title?: string }) {
  return (
    <Badge
      variant="light"
      color={color}
      tt="none"
      fw={600}
      styles={{ label: { color: 'var(--mantine-color-dark-8)' } }}
      style={{ flexShrink: 0 }}
      {...rest}
    >
      {children}
    </Badge>
  );
}
