// What a body map holds: regions with a side. Lateral regions take left, right or both; the others have no side.
import { REGIONS, type Region, type Side } from '@tandem/engine';

export interface RegionSide {
  region: Region;
  side?: Side;
}
export type Hand = 'left' | 'right';

const sidesOf = (side: Side | undefined): Set<Hand> =>
  side === 'left' ? new Set(['left']) : side === 'right' ? new Set(['right']) : new Set(['left', 'right']);

export const isLateral = (region: Region): boolean => REGIONS.entries[region].lateral;

/** Whether the region (on that side, for a lateral region) is selected. */
export function isPressed(value: readonly RegionSide[], region: Region, hand: Hand | null): boolean {
  const entry = value.find((v) => v.region === region);
  if (!entry) return false;
  return hand === null || sidesOf(entry.side).has(hand);
}

/** Toggles a region, or one side of a lateral region (both sides selected become "bilateral"). */
export function toggleRegion<T extends RegionSide>(
  value: readonly T[],
  region: Region,
  hand: Hand | null,
  make: (r: RegionSide) => T,
): T[] {
  const index = value.findIndex((v) => v.region === region);
  const entry = value[index];
  if (hand === null || !isLateral(region)) {
    return entry ? value.filter((_, i) => i !== index) : [...value, make({ region })];
  }
  if (!entry) return [...value, make({ region, side: hand })];
  const sides = sidesOf(entry.side);
  if (sides.has(hand)) sides.delete(hand);
  else sides.add(hand);
  if (sides.size === 0) return value.filter((_, i) => i !== index);
  const side: Side = sides.size === 2 ? 'bilateral' : sides.has('left') ? 'left' : 'right';
  return value.map((v, i) => (i === index ? { ...v, side } : v));
}

/** "Left shoulder", "Lower back", "Knee (both sides)": how a selected entry reads. */
export function describeRegion(entry: RegionSide): string {
  const label = REGIONS.entries[entry.region].label;
  if (!isLateral(entry.region) || entry.side === undefined || entry.side === 'central') return label;
  if (entry.side === 'bilateral') return `${label} (both sides)`;
  return `${label} (${entry.side})`;
}
