// What a write that runs progression answers with: the decisions of the change's date, as the API shows them, and why
// the engine could not replay the stored history (if it could not).
import type { Episode, NewProgressionDecision } from '../db/records.ts';
import type { Repository } from '../db/repository.ts';

export interface Outcome {
  decisions: ReturnType<typeof decisionOut>[];
  problems: { path: string; message: string }[];
}

export const decisionOut = (d: NewProgressionDecision) => ({
  date: d.date,
  scope: d.scope,
  exercise: d.exercise,
  decision: d.decision,
  ruleId: d.ruleId,
  rationale: d.rationale,
  inputs: d.inputs,
  action: d.action ?? null,
});

/**
 * The outcome a repeat is answered with: the decisions stored for the record's date now (later logs of that day or a
 * next-morning pain may have changed them since the first answer, and the current ones are what the client should see).
 */
export async function storedOutcome(repo: Repository, episode: Episode, date: string): Promise<Outcome> {
  const decisions = await repo.decisions.list(episode.clinicId, episode.id);
  return { decisions: decisions.filter((d) => d.date === date).map(decisionOut), problems: [] };
}
