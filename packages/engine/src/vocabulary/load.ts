// What an exercise asks of the body: the load on each region it uses, the features of the movement that some clients
// must avoid, and the body positions it is done in. Exercise limits are statements about these (docs/rules.md,
// "Exercise limits are about load").
import { vocabulary } from './vocabulary.ts';

/** Load on one region, in rank order: a limit "at most light" allows none and light. */
export const LOAD_LEVELS = vocabulary('load level', {
  none: { label: 'No load', rank: 0 },
  light: { label: 'Light load', rank: 1 },
  moderate: { label: 'Moderate load', rank: 2 },
  high: { label: 'High load', rank: 3 },
});
export type LoadLevel = (typeof LOAD_LEVELS.ids)[number];

/** Features of a movement that limits can rule out wherever it is done. */
export const LOAD_FEATURES = vocabulary('load feature', {
  weight_bearing: { label: 'standing weight-bearing' },
  single_leg_balance: { label: 'balancing on one leg without support' },
  lunge: { label: 'lunging or split stance' },
  impact: { label: 'impact (hopping, jumping, running)' },
  ballistic: { label: 'ballistic or explosive movement' },
  end_range_spinal_flexion: { label: 'end-range or loaded spinal flexion' },
  valsalva: { label: 'near-maximal effort that invites breath-holding' },
  floor_transfer: { label: 'getting down to the floor and back up' },
  spine_on_roller: { label: 'lying with the back on a foam roller or ball' },
});
export type LoadFeature = (typeof LOAD_FEATURES.ids)[number];

/** Body positions an exercise (or a hands-on technique) is done in. */
export const BODY_POSITIONS = vocabulary('body position', {
  standing: { label: 'standing' },
  seated: { label: 'sitting' },
  supine: { label: 'lying on the back' },
  prone: { label: 'lying on the front' },
  side_lying: { label: 'lying on the side' },
  quadruped: { label: 'on hands and knees' },
  kneeling: { label: 'kneeling' },
});
export type BodyPosition = (typeof BODY_POSITIONS.ids)[number];

export const loadRank = (level: LoadLevel): number => LOAD_LEVELS.entries[level].rank;
