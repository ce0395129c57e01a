// One view of the body (front or back) with every region as a button; sides are named from the client's point of view.
import { REGIONS } from '@tandem/engine';
import classes from './BodyMap.module.css';
import { RegionButton } from './RegionButton.tsx';
import { isPressed, type Hand, type RegionSide } from './selection.ts';
import { BACK, FRONT, mirror, type View } from './shapes.ts';

interface Props {
  view: View;
  value: readonly RegionSide[];
  onToggle: (region: RegionSide['region'], hand: Hand | null) => void;
}

export function BodyFigure({ view, value, onToggle }: Props) {
  const shapes = view === 'front' ? FRONT : BACK;
  // Front view: the client's right is on the viewer's left. Back view: the client's left is on the viewer's left.
  const viewerLeft: Hand = view === 'front' ? 'right' : 'left';
  const viewerRight: Hand = viewerLeft === 'left' ? 'right' : 'left';
  const title = view === 'front' ? 'Front' : 'Back';
  return (
    <svg className={classes.figure} viewBox="0 0 200 420" role="group" aria-label={`Body, ${view} view`}>
      {shapes.flatMap((s) => {
        const label = REGIONS.entries[s.region].label;
        if (!s.lateral) {
          return [
            <RegionButton
              key={s.region}
              shape={s.shape}
              label={`${label} (${view})`}
              pressed={isPressed(value, s.region, null)}
              onToggle={() => {
                onToggle(s.region, null);
              }}
            />,
          ];
        }
        return (
          [
            [viewerLeft, s.shape],
            [viewerRight, mirror(s.shape)],
          ] as const
        ).map(([hand, shape]) => (
          <RegionButton
            key={`${s.region}-${hand}`}
            shape={shape}
            label={`${hand === 'left' ? 'Left' : 'Right'} ${label.charAt(0).toLowerCase()}${label.slice(1)} (${view})`}
            pressed={isPressed(value, s.region, hand)}
            onToggle={() => {
              onToggle(s.region, hand);
            }}
          />
        ));
      })}
      <text className={classes.caption} x="100" y="414" textAnchor="middle" aria-hidden="true">
        {title}
      </text>
      <text className={classes.caption} x="14" y="414" aria-hidden="true">
        {viewerLeft === 'left' ? 'L' : 'R'}
      </text>
      <text className={classes.caption} x="186" y="414" textAnchor="end" aria-hidden="true">
        {viewerRight === 'left' ? 'L' : 'R'}
      </text>
    </svg>
  );
}
