// An exercise's illustration, drawn from the engine's shapes as React SVG elements (no HTML strings).
import { illustrationShapes, type IllustrationInput, type Shape } from '@tandem/engine';
import { useMemo, type ReactElement } from 'react';

function shape(s: Shape, key: number): ReactElement {
  const paint = { fill: s.fill ?? 'none', ...(s.stroke === null ? {} : { stroke: s.stroke, strokeWidth: s.width }) };
  switch (s.kind) {
    case 'line':
      return <line key={key} x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} {...paint} />;
    case 'circle':
      return <circle key={key} cx={s.cx} cy={s.cy} r={s.r} {...paint} />;
    case 'rect':
      return <rect key={key} x={s.x} y={s.y} width={s.w} height={s.h} rx={s.rx > 0 ? s.rx : undefined} {...paint} />;
    case 'path':
      return <path key={key} d={s.d} {...paint} />;
    case 'polygon':
      return <polygon key={key} points={s.points.join(' ')} {...paint} />;
  }
}

export function ExerciseIllustration({
  illustration,
  title,
  height = 120,
}: {
  illustration: IllustrationInput;
  title: string;
  height?: number;
}) {
  const drawing = useMemo(() => illustrationShapes(illustration), [illustration]);
  return (
    <svg
      viewBox={`0 0 ${String(drawing.width)} ${String(drawing.height)}`}
      height={height}
      style={{ maxWidth: '100%' }}
      role="img"
      aria-label={title}
    >
      <g strokeLinecap="round" strokeLinejoin="round">
        {drawing.shapes.map(shape)}
      </g>
    </svg>
  );
}
