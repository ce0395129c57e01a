// How each demo client's course goes: length, how well they respond, how often they skip, and the odd flare-up.
// Keyed by example case id; a case without a storyline gets the default, so new examples join the demo unchanged.

export interface Storyline {
  /** Weeks of care so far (4–6, less up to two days so starts fall on different weekdays); 0 for a client referred on. */
  weeks: number;
  /** How far along the straight line to their goals the client gets (1 = on it, 0.5 = half as fast). */
  response: number;
  /** Share of home-log days not logged at all, or logged as not done. */
  skipShare: number;
  /** A flare-up: from `day` (since the start), for `days`, with what the client wrote. */
  flare?: { day: number; days: number; note: string };
  /** Notes the client wrote on some days (day since the start → text). */
  notes?: Readonly<Record<number, string>>;
  /** The next visit but one is a video check-in. */
  videoCheckIn?: boolean;
}

const DEFAULT: Storyline = { weeks: 4, response: 0.8, skipShare: 0.1 };

const STORYLINES: Readonly<Record<string, Storyline>> = {
  'acute-flare-lumbar': {
    weeks: 5,
    response: 0.9,
    skipShare: 0.1,
    notes: { 9: 'Managed a full shift without stopping to lie down.' },
  },
  'frozen-shoulder-irritable': {
    weeks: 6,
    response: 0.6,
    skipShare: 0.1,
    notes: { 20: 'Slept on my left side for an hour before it woke me.' },
  },
  'hip-gardener': {
    weeks: 4,
    response: 0.9,
    skipShare: 0.05,
    notes: { 12: 'Weeded the front bed kneeling on a cushion; stiff after but fine by evening.' },
  },
  'knee-runner': {
    weeks: 6,
    response: 1,
    skipShare: 0.05,
    flare: { day: 23, days: 3, note: 'Ran 8 km with friends on Saturday, far more than planned; knee sore since.' },
  },
  'neck-dizziness-routine-referral': {
    weeks: 4,
    response: 0.8,
    skipShare: 0.1,
    notes: { 4: 'Saw my GP: blood pressure fine, happy for me to carry on.' },
  },
  'pregnancy-pelvic-pain': { weeks: 4, response: 0.7, skipShare: 0.15 },
  'tennis-elbow-massage-therapist': {
    weeks: 5,
    response: 1,
    skipShare: 0.1,
    notes: { 15: 'Used the hammer most of the morning; forearm tired but no sharp pain.' },
  },
  'thoracic-osteoporosis-anticoagulant': { weeks: 4, response: 0.8, skipShare: 0.05 },
  'widespread-pain': {
    weeks: 5,
    response: 0.5,
    skipShare: 0.35,
    videoCheckIn: true,
    notes: { 8: 'Bad week at work, too tired for most of it.' },
  },
};

export const storylineFor = (caseId: string, referredFirst: boolean): Storyline =>
  referredFirst ? { ...DEFAULT, weeks: 0 } : (STORYLINES[caseId] ?? DEFAULT);
