// The intake as it is being filled in: the case file's intake part, with the few required numbers still allowed to
// be blank. The server checks it (ZCaseFile) when it is saved; the screening runs on it while it is typed.
import { ageOn, type CaseFile } from '@tandem/engine';

type Nprs = CaseFile['pain']['nprs'];
export interface IntakeDraft extends Omit<CaseFile, 'client' | 'pain'> {
  client: Omit<CaseFile['client'], 'age'> & { age?: number };
  pain: Omit<CaseFile['pain'], 'nprs'> & { nprs: Partial<Nprs> };
}

export type PainEntry = CaseFile['pain']['map'][number];
export type Surgery = CaseFile['history']['surgeries'][number];
export type CaseGoal = CaseFile['goals'][number];

export interface ClientRecord {
  id: string;
  name: string;
  dateOfBirth: string | null;
  sex: string | null;
}

const SEXES = ['female', 'male', 'other', 'unspecified'] as const;
const sexOf = (s: string | null): CaseFile['client']['sex'] => SEXES.find((x) => x === s);

/** A blank intake for a client: name, age and sex from the client record. */
export function emptyDraft(client: ClientRecord, today: string): IntakeDraft {
  return {
    id: `ep-${client.id.slice(0, 8).toLowerCase()}-${today}`,
    client: {
      name: client.name,
      ...(client.dateOfBirth ? { age: ageOn(client.dateOfBirth, today) } : {}),
      ...(sexOf(client.sex) ? { sex: sexOf(client.sex) } : {}),
      activities: [],
    },
    complaint: { regions: [], aggravating: [], easing: [] },
    history: { conditions: [], medications: [], surgeries: [], pregnant: false },
    redFlags: [],
    pain: { nprs: {}, map: [] },
    findings: { posture: [], movement: [], palpation: [], rom: [], strength: [], functional: [] },
    questionnaires: {},
    goals: [],
    equipment: [],
    preferences: {},
  };
}

/** A stored intake, as a draft (stored intakes were validated on the way in). */
export const draftFrom = (intake: unknown): IntakeDraft => intake as IntakeDraft;

/** The case as the engine's screening reads it; blanks count as 0 until they are filled in. */
export function screenable(draft: IntakeDraft): CaseFile {
  return {
    ...draft,
    client: { ...draft.client, age: draft.client.age ?? 0 },
    complaint: {
      ...draft.complaint,
      regions: draft.complaint.regions.length > 0 ? draft.complaint.regions : draft.pain.map.map((p) => p.region),
    },
    pain: { ...draft.pain, nprs: { ...draft.pain.nprs, current: draft.pain.nprs.current ?? 0 } },
  };
}

/** The complaint's regions and side follow the pain map: every region marked, and one side when they agree. */
export function withPainMap(draft: IntakeDraft, map: PainEntry[]): IntakeDraft {
  const regions = [...new Set(map.map((m) => m.region))];
  const sides = new Set(map.map((m) => m.side).filter((s) => s !== undefined));
  const side = sides.size === 1 ? [...sides][0] : sides.size > 1 ? 'bilateral' : undefined;
  const complaint = { ...draft.complaint, regions };
  delete complaint.side;
  return { ...draft, pain: { ...draft.pain, map }, complaint: side ? { ...complaint, side } : complaint };
}
