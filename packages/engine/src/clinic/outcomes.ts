// Clinic outcome figures across episodes: how many reached a meaningful change on their primary measure, visits per
// episode, home-program adherence, and the same change figures per instrument. Pure: the server gathers the facts.
import { daysBetween } from '../dates.ts';
import { INSTRUMENTS, isMeaningfulChange } from '../instruments/registry.ts';
import { ZInstrumentId, type InstrumentId } from '../instruments/instrument.ts';
import type { ChangeVerdict } from '../instruments/meaningful-change.ts';

export const OUTCOME_RULES = { primaryMeasure: 'outcome.primary_measure', adherence: 'outcome.adherence' } as const;

/**
 * Never a primary measure, and left out of change figures: STarT Back is a screen and the FMS a movement screen, and
 * neither has a published MCID (both carry placeholders, docs/rules.md).
 */
export const NOT_OUTCOMES: readonly InstrumentId[] = ['startback', 'fms'];

/**
 * [P] When no goal names an instrument: the measure of function the client filled in, region-specific questionnaires
 * first, then function tests, then fear and catastrophising, with pain (NPRS) last.
 */
export const PRIMARY_FALLBACK_ORDER: readonly InstrumentId[] = [
  'odi',
  'ndi',
  'quickdash',
  'spadi',
  'lefs',
  'psfs',
  'tug',
  'cst30',
  'tsk17',
  'tsk11',
  'pcs',
  'nprs',
];

export interface DatedValue {
  date: string;
  value: number;
}

export interface OutcomeEpisode {
  episodeId: string;
  status: 'active' | 'discharged';
  /** Visits recorded in the episode. */
  visits: number;
  /** The measures of the episode's goals, in goal order. */
  goalMeasures: readonly string[];
  /** The first and the latest score of each measure scored in the episode (by date). */
  scores: readonly { measure: string; first: DatedValue; last: DatedValue }[];
  /** The home programs in date order, each with its exercise sessions a week (the sum of days a week). */
  programs: readonly { validFrom: string; sessionsPerWeek: number }[];
  /** Exercise sessions logged as done up to `end`. */
  sessionsDone: number;
  /** The last day counted for adherence: the discharge date, else the report's date. */
  end: string;
}

const asInstrument = (measure: string): InstrumentId | null => {
  const parsed = ZInstrumentId.safeParse(measure);
  return parsed.success && !NOT_OUTCOMES.includes(parsed.data) ? parsed.data : null;
};

/**
 * The measure an episode's outcome is judged on: the first goal on an instrument other than NPRS (the "main outcome
 * measure" the load phase's exit checks), else an NPRS goal, else the first scored instrument in PRIMARY_FALLBACK_ORDER.
 */
export function primaryMeasure(goalMeasures: readonly string[], scored: readonly string[]): InstrumentId | null {
  const goals = goalMeasures.map(asInstrument).filter((id): id is InstrumentId => id !== null);
  const fromGoals = goals.find((id) => id !== 'nprs') ?? goals[0];
  if (fromGoals) return fromGoals;
  const have = new Set(scored.map(asInstrument));
  return PRIMARY_FALLBACK_ORDER.find((id) => have.has(id)) ?? null;
}

export interface EpisodeAdherence {
  /** Exercise sessions prescribed from the first program to the end (sessions a week × days in force ÷ 7). */
  prescribed: number;
  done: number;
  /** done ÷ prescribed, at most 1; null when nothing was prescribed. */
  ratio: number | null;
}

/** Adherence over the whole episode, counted as the progression engine counts it over its two-week window. */
export function programAdherence(programs: OutcomeEpisode['programs'], done: number, end: string): EpisodeAdherence {
  const inForce = programs.filter((p) => p.validFrom <= end);
  let prescribed = 0;
  inForce.forEach((p, i) => {
    const next = inForce[i + 1];
    const days = next ? daysBetween(p.validFrom, next.validFrom) : daysBetween(p.validFrom, end) + 1;
    prescribed += (p.sessionsPerWeek * days) / 7;
  });
  return {
    prescribed: round(prescribed, 1),
    done,
    ratio: prescribed <= 0 ? null : round(Math.min(1, done / prescribed), 3),
  };
}

export interface ChangeCounts {
  /** Episodes scored on two dates or more. */
  measured: number;
  improved: number;
  worsened: number;
  unchanged: number;
  /** improved ÷ measured; null when none was measured. */
  share: number | null;
}

export interface InstrumentOutcome extends ChangeCounts {
  instrument: InstrumentId;
  name: string;
  better: 'lower' | 'higher';
  mcid: number;
  mcidPercent: number | null;
  mdc: number | null;
  source: string;
  /** Episodes with a score on it. */
  episodes: number;
  /** Episodes whose primary measure it is. */
  primaryIn: number;
  /** Mean of latest − first over the measured episodes (sign as scored: see `better`). */
  meanChange: number | null;
}

export interface ClinicOutcomes {
  episodes: { total: number; active: number; discharged: number };
  /** Change on each episode's primary measure, first score against the latest. */
  primaryMeasure: ChangeCounts & { notMeasured: number; discharged: ChangeCounts };
  visits: { total: number; perEpisode: number | null; perDischargedEpisode: number | null };
  /** The mean of the episodes' ratios (each episode counts once), over episodes with a program. */
  adherence: { episodes: number; mean: number | null };
  instruments: InstrumentOutcome[];
}

const round = (value: number, places: number): number => Math.round(value * 10 ** places) / 10 ** places;
const mean = (values: readonly number[], places: number): number | null =>
  values.length === 0 ? null : round(values.reduce((a, b) => a + b, 0) / values.length, places);

function counts(verdicts: readonly ChangeVerdict[]): ChangeCounts {
  const improved = verdicts.filter((v) => v === 'improved').length;
  const worsened = verdicts.filter((v) => v === 'worsened').length;
  return {
    measured: verdicts.length,
    improved,
    worsened,
    unchanged: verdicts.length - improved - worsened,
    share: verdicts.length === 0 ? null : round(improved / verdicts.length, 3),
  };
}

/** The verdict on a measure scored on two different dates, with the instrument's MCID (change.mcid); else null. */
function verdictOf(id: InstrumentId, score: OutcomeEpisode['scores'][number] | undefined): ChangeVerdict | null {
  if (!score || score.first.date === score.last.date) return null;
  return isMeaningfulChange(id, score.first.value, score.last.value).decision;
}

export function clinicOutcomes(episodes: readonly OutcomeEpisode[]): ClinicOutcomes {
  const discharged = episodes.filter((e) => e.status === 'discharged');
  const primary: { verdict: ChangeVerdict; discharged: boolean }[] = [];
  const perInstrument = new Map<
    InstrumentId,
    { episodes: number; primaryIn: number; verdicts: ChangeVerdict[]; changes: number[] }
  >();
  const slot = (id: InstrumentId) => {
    const found = perInstrument.get(id);
    if (found) return found;
    const made = { episodes: 0, primaryIn: 0, verdicts: [] as ChangeVerdict[], changes: [] as number[] };
    perInstrument.set(id, made);
    return made;
  };
  const ratios: number[] = [];
  for (const e of episodes) {
    const main = primaryMeasure(
      e.goalMeasures,
      e.scores.map((s) => s.measure),
    );
    if (main) {
      slot(main).primaryIn++;
      const verdict = verdictOf(
        main,
        e.scores.find((s) => s.measure === main),
      );
      if (verdict) primary.push({ verdict, discharged: e.status === 'discharged' });
    }
    for (const score of e.scores) {
      const id = asInstrument(score.measure);
      if (!id) continue;
      const s = slot(id);
      s.episodes++;
      const verdict = verdictOf(id, score);
      if (verdict) {
        s.verdicts.push(verdict);
        s.changes.push(score.last.value - score.first.value);
      }
    }
    const adherence = programAdherence(e.programs, e.sessionsDone, e.end);
    if (adherence.ratio !== null) ratios.push(adherence.ratio);
  }
  const totalVisits = episodes.reduce((n, e) => n + e.visits, 0);
  return {
    episodes: { total: episodes.length, active: episodes.length - discharged.length, discharged: discharged.length },
    primaryMeasure: {
      ...counts(primary.map((p) => p.verdict)),
      notMeasured: episodes.length - primary.length,
      discharged: counts(primary.filter((p) => p.discharged).map((p) => p.verdict)),
    },
    visits: {
      total: totalVisits,
      perEpisode: mean(
        episodes.map((e) => e.visits),
        2,
      ),
      perDischargedEpisode: mean(
        discharged.map((e) => e.visits),
        2,
      ),
    },
    adherence: { episodes: ratios.length, mean: mean(ratios, 3) },
    instruments: [...perInstrument]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([id, s]) => {
        const { change, name } = INSTRUMENTS[id];
        return {
          instrument: id,
          name,
          better: change.better,
          mcid: change.mcid,
          mcidPercent: change.mcidPercent ?? null,
          mdc: change.mdc ?? null,
          source: change.source,
          episodes: s.episodes,
          primaryIn: s.primaryIn,
          ...counts(s.verdicts),
          meanChange: mean(s.changes, 2),
        };
      }),
  };
}
