// What state an episode must be in for a care workflow to go ahead: the refusals the care services share.
import { treatmentGate, type ScreeningResult } from '@tandem/engine';
import type { Episode } from '../db/records.ts';
import { ApiError, invalid } from '../http/errors.ts';

/** Changes to the care plan stop at discharge (follow-up measures and referrals may still be recorded). */
export function requireActive(episode: Episode): void {
  if (episode.status === 'discharged')
    throw new ApiError(
      'conflict',
      `the episode was discharged on ${episode.dischargedOn ?? '?'}; open a new episode to change the care plan`,
    );
}

/** A date inside the episode: not before it started. */
export function requireInEpisode(episode: Episode, date: string, field = 'body.date'): void {
  if (date < episode.startedOn) throw invalid(field, `${date} is before the episode started (${episode.startedOn})`);
}

/** No plan while the screen asks for a referral first (the engine's treatment gate); the conflict says what to do. */
export function requireTreatable(screening: ScreeningResult): void {
  const gate = treatmentGate(screening);
  if (gate.decision === 'refer_first')
    throw new ApiError(
      'conflict',
      `${gate.rationale}; record the referral, and update the intake once the client is cleared`,
    );
}
