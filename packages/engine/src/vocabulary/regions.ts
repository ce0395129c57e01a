// Body regions (where pain is, where a technique or exercise works) and sides.
import { vocabulary } from './vocabulary.ts';

export type RegionGroup = 'head_neck' | 'trunk' | 'upper_limb' | 'lower_limb';

const r = (label: string, group: RegionGroup, lateral: boolean) => ({ label, group, lateral });

export const REGIONS = vocabulary('region', {
  head: r('Head', 'head_neck', false),
  jaw: r('Jaw (temporomandibular)', 'head_neck', true),
  cervical: r('Neck', 'head_neck', false),
  upper_trapezius: r('Top of the shoulder (upper trapezius)', 'head_neck', true),
  thoracic: r('Mid back', 'trunk', false),
  chest: r('Chest and ribs', 'trunk', true),
  abdomen: r('Abdomen', 'trunk', false),
  lumbar: r('Lower back', 'trunk', false),
  pelvis: r('Pelvis and sacroiliac', 'trunk', true),
  gluteal: r('Buttock', 'lower_limb', true),
  shoulder: r('Shoulder', 'upper_limb', true),
  scapula: r('Shoulder blade', 'upper_limb', true),
  upper_arm: r('Upper arm', 'upper_limb', true),
  elbow: r('Elbow', 'upper_limb', true),
  forearm: r('Forearm', 'upper_limb', true),
  wrist: r('Wrist', 'upper_limb', true),
  hand: r('Hand', 'upper_limb', true),
  hip: r('Hip', 'lower_limb', true),
  thigh: r('Thigh', 'lower_limb', true),
  knee: r('Knee', 'lower_limb', true),
  calf: r('Calf and shin', 'lower_limb', true),
  ankle: r('Ankle', 'lower_limb', true),
  foot: r('Foot', 'lower_limb', true),
  widespread: r('Widespread (many regions)', 'trunk', false),
});
export type Region = (typeof REGIONS.ids)[number];

export const SIDES = vocabulary('side', {
  left: { label: 'Left' },
  right: { label: 'Right' },
  bilateral: { label: 'Both sides' },
  central: { label: 'Central' },
});
export type Side = (typeof SIDES.ids)[number];

/** Regions next to each other, for "near the region" rules (recent surgery, local inflammation). */
export const NEIGHBOURING_REGIONS: Partial<Record<Region, readonly Region[]>> = {
  cervical: ['head', 'upper_trapezius', 'thoracic', 'jaw'],
  upper_trapezius: ['cervical', 'shoulder', 'scapula'],
  thoracic: ['cervical', 'lumbar', 'chest', 'scapula'],
  lumbar: ['thoracic', 'pelvis', 'gluteal', 'abdomen'],
  pelvis: ['lumbar', 'hip', 'gluteal'],
  gluteal: ['pelvis', 'hip', 'lumbar'],
  hip: ['pelvis', 'gluteal', 'thigh'],
  thigh: ['hip', 'knee'],
  knee: ['thigh', 'calf'],
  calf: ['knee', 'ankle'],
  ankle: ['calf', 'foot'],
  foot: ['ankle'],
  shoulder: ['scapula', 'upper_arm', 'upper_trapezius', 'chest'],
  scapula: ['shoulder', 'thoracic', 'upper_trapezius'],
  upper_arm: ['shoulder', 'elbow'],
  elbow: ['upper_arm', 'forearm'],
  forearm: ['elbow', 'wrist'],
  wrist: ['forearm', 'hand'],
  hand: ['wrist'],
};

/** The region itself and its neighbours. */
export const regionAndNeighbours = (region: Region): readonly Region[] => [
  region,
  ...(NEIGHBOURING_REGIONS[region] ?? []),
];
