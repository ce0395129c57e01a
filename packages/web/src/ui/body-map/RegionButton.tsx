// One clickable region of the body map: an SVG button (focusable, Enter or Space toggles) with its pressed state.
import type { KeyboardEvent } from 'react';
import classes from './BodyMap.module.css';
import type { Shape } from './shapes.ts';

function ShapeElement({ shape }: { shape: Shape }) {
  switch (shape.kind) {
    case 'ellipse':
      return <ellipse className={classes.shape} cx={shape.cx} cy={shape.cy} rx={shape.rx} ry={shape.ry} />;
    case 'rect':
      return <rect className={classes.shape} x={shape.x} y={shape.y} width={shape.w} height={shape.h} rx={shape.r} />;
    case 'path':
      return <path className={classes.shape} d={shape.d} />;
  }
}

export function RegionButton({
  shape,
  label,
  pressed,
  onToggle,
}: {
  shape: Shape;
  label: string;
  pressed: boolean;
  onToggle: () => void;
}) {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onToggle();
    }
  };
  return (
    <g
      className={classes.region}
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-pressed={pressed}
      onClick={onToggle}
      onKeyDown={onKeyDown}
    >
      <title>{label}</title>
      <ShapeElement shape={shape} />
    </g>
  );
}
