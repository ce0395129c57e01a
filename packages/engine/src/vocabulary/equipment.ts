// Equipment a client may have at home, and what exercises may need.
import { vocabulary } from './vocabulary.ts';

export const EQUIPMENT = vocabulary('equipment', {
  mat: { label: 'Exercise mat' },
  chair: { label: 'Sturdy chair' },
  wall: { label: 'Clear wall' },
  step: { label: 'Step or stair' },
  table: { label: 'Table or bench' },
  doorway: { label: 'Doorway' },
  towel: { label: 'Towel' },
  pillow: { label: 'Pillow or cushion' },
  dowel: { label: 'Stick or broom handle' },
  resistance_band: { label: 'Resistance band' },
  loop_band: { label: 'Mini loop band' },
  dumbbell: { label: 'Dumbbells' },
  kettlebell: { label: 'Kettlebell' },
  foam_roller: { label: 'Foam roller' },
  massage_ball: { label: 'Massage ball' },
  gym_ball: { label: 'Gym ball' },
  mirror: { label: 'Mirror' },
  pedometer: { label: 'Step counter or phone' },
  stationary_bike: { label: 'Stationary bike' },
  balance_pad: { label: 'Balance pad or folded towel' },
});
export type Equipment = (typeof EQUIPMENT.ids)[number];

/** Equipment every home is assumed to have, so exercises needing only these always fit. */
export const ALWAYS_AVAILABLE: readonly Equipment[] = ['chair', 'wall', 'towel', 'pillow', 'doorway', 'table', 'step'];
