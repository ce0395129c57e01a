// Accumulated fatigue: tiredness up and sleep down together over several days, against the client's usual levels.
import type { Decision } from '../decision.ts';
import { mean, usualLevel, type Day } from './days.ts';

/** [P] Several days: the last 3 days with both ratings, within 5 calendar days, each worse than usual. */
export const FATIGUE_DAYS = 3;
export const FATIGUE_SPAN_DAYS = 5;
/** [P] A 2-point change on a 0–10 wellness rating, the same size as the pain threshold (Saw 2016: self-reports track load). */
export const FATIGUE_CHANGE = 2;

export function detectFatigue(
  days: readonly Day[],
  baseline: { sleep?: number | undefined; fatigue?: number | undefined },
): Decision<'fatigue'> | null {
  const today = days.at(-1);
  if (!today) return null;
  const recent: Day[] = [];
  for (let i = days.length - 1; i >= 0 && recent.length < FATIGUE_DAYS; i--) {
    const d = days[i];
    if (!d || d.day <= today.day - FATIGUE_SPAN_DAYS) break;
    if (d.sleep !== undefined && d.fatigue !== undefined) recent.push(d);
  }
  const oldest = recent.at(-1);
  if (recent.length < FATIGUE_DAYS || !oldest || recent[0] !== today) return null;
  const usualFatigue = usualLevel(days, 'fatigue', oldest.day, baseline.fatigue);
  const usualSleep = usualLevel(days, 'sleep', oldest.day, baseline.sleep);
  if (!usualFatigue || !usualSleep) return null;
  const fatigue = mean(recent.map((d) => d.fatigue ?? 0)) ?? 0;
  const sleep = mean(recent.map((d) => d.sleep ?? 0)) ?? 0;
  if (fatigue - usualFatigue.value < FATIGUE_CHANGE || usualSleep.value - sleep < FATIGUE_CHANGE) return null;
  // Every one of the days, not one bad night pulling the average.
  if (recent.some((d) => (d.fatigue ?? 0) <= usualFatigue.value || (d.sleep ?? 0) >= usualSleep.value)) return null;
  const r = (x: number) => Math.round(x * 10) / 10;
  return {
    decision: 'fatigue',
    ruleId: 'episode.fatigue',
    rationale: `Over the last ${FATIGUE_DAYS} logged days tiredness averaged ${r(fatigue)}/10 (usually ${usualFatigue.value}) and sleep ${r(sleep)}/10 (usually ${usualSleep.value}): fatigue is building. Deload for a week at about 40 % less volume.`,
    inputs: {
      from: oldest.date,
      fatigue,
      sleep,
      usualFatigue: usualFatigue.value,
      usualSleep: usualSleep.value,
      change: FATIGUE_CHANGE,
    },
  };
}
