// Named groups of technique categories and regions that the rule tables use.
import { REGIONS, TECHNIQUE_CATEGORIES, type Region, type TechniqueCategory } from '../vocabulary/index.ts';

export const ALL_TECHNIQUES: readonly TechniqueCategory[] = TECHNIQUE_CATEGORIES.ids;

/** Techniques that press on or move soft tissue: the ones massage sources disagree about (Batavia 2004). */
export const MASSAGE_TECHNIQUES: readonly TechniqueCategory[] = TECHNIQUE_CATEGORIES.ids.filter(
  (id) => TECHNIQUE_CATEGORIES.entries[id].pressure,
);

/** Vigorous or deep soft-tissue work. */
export const VIGOROUS_TECHNIQUES: readonly TechniqueCategory[] = ['deep_tissue', 'iastm', 'percussive'];

/** Techniques that move joints, without the thrust. */
export const JOINT_MOBILISING: readonly TechniqueCategory[] = ['joint_mobilisation', 'mobilisation_with_movement'];

/** Every technique but the thrust. */
export const ALL_BUT_THRUST: readonly TechniqueCategory[] = TECHNIQUE_CATEGORIES.ids.filter(
  (id) => !TECHNIQUE_CATEGORIES.entries[id].thrust,
);

export const regionsInGroup = (group: string): readonly Region[] =>
  REGIONS.ids.filter((id) => REGIONS.entries[id].group === group);

export const LOWER_LIMB: readonly Region[] = regionsInGroup('lower_limb');
export const UPPER_LIMB: readonly Region[] = regionsInGroup('upper_limb');
export const LIMBS: readonly Region[] = [...UPPER_LIMB, ...LOWER_LIMB];
/** The legs below the hip, where deep pressure is a clot risk in pregnancy and with varicose veins. */
export const LEGS: readonly Region[] = ['thigh', 'knee', 'calf', 'ankle', 'foot'];
export const PERIPHERAL_JOINTS: readonly Region[] = [
  'shoulder',
  'elbow',
  'wrist',
  'hand',
  'hip',
  'knee',
  'ankle',
  'foot',
];
export const FEET: readonly Region[] = ['foot', 'ankle'];
