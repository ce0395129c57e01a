// Questionnaire answers scored by the engine, with bad answers as problems naming the field at fault.
import { INSTRUMENTS, scoreInstrument, ZInstrumentId, type ScoreResult } from '@tandem/engine';
import type { Problem } from '../http/errors.ts';

/** Each questionnaire scored by the engine; bad answers are problems named under `prefix` (`body.questionnaires.odi[2]`). */
export function scoreQuestionnaires(
  questionnaires: Readonly<Record<string, unknown>>,
  prefix: string,
): { scores: Record<string, ScoreResult>; problems: Problem[] } {
  const scores: Record<string, ScoreResult> = {};
  const problems: Problem[] = [];
  for (const [key, answers] of Object.entries(questionnaires)) {
    const id = ZInstrumentId.safeParse(key);
    if (!id.success) {
      problems.push({ field: `${prefix}.${key}`, message: `unknown instrument "${key}"` });
      continue;
    }
    const scored = scoreInstrument(id.data, answers);
    if (scored.ok) scores[key] = scored.value;
    else {
      problems.push(
        ...scored.problems.map((p) => ({
          field: `${prefix}.${key}${p.path === '' || p.path.startsWith('[') ? p.path : `.${p.path}`}`,
          message: `${INSTRUMENTS[id.data].name}: ${p.message}`,
        })),
      );
    }
  }
  return { scores, problems };
}
