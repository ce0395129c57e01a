// Recording an assessment or re-assessment: findings kept whole, questionnaires scored by the engine, and every score
// and measurement stored as a dated measure (the keys of docs/progression.md) so progression and goals see it.
import type { ZFindings } from '@tandem/engine';
import type { z } from 'zod';
import { requireInEpisode } from '../../care/episode-rules.ts';
import { scoreQuestionnaires } from '../../care/questionnaires.ts';
import type { Assessment, Episode, MeasureScore, NewMeasureScore } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';
import { invalidInput } from '../../http/zod.ts';
import type { ZNewAssessment } from './care-schemas.ts';

export type NewAssessmentInput = z.output<typeof ZNewAssessment>;

export type RecordedAssessment = Assessment & { measures: MeasureScore[] };

type Measured = Omit<NewMeasureScore, 'episodeId'>;
type Findings = z.infer<typeof ZFindings>;

const side = (s: string | undefined): string => (s === undefined ? '' : `:${s}`);

/** Range, functional tests and strength as measures under the keys a plan's measure schedule and goals use. */
function findingMeasures(findings: Findings | undefined, date: string): Measured[] {
  if (!findings) return [];
  return [
    ...findings.rom.map((r) => ({ date, measure: `rom:${r.joint}:${r.motion}${side(r.side)}`, value: r.degrees })),
    ...findings.functional.map((f) => ({ date, measure: `functional:${f.test}${side(f.side)}`, value: f.value })),
    ...findings.strength.map((s) => ({ date, measure: `strength:${s.muscle}${side(s.side)}`, value: s.grade })),
  ];
}

export async function recordAssessment(
  repo: Repository,
  episode: Episode,
  input: NewAssessmentInput,
): Promise<RecordedAssessment> {
  requireInEpisode(episode, input.date);
  const answers: Record<string, unknown> = input.questionnaires ?? {};
  const { scores, problems } = scoreQuestionnaires(answers, 'body.questionnaires');
  if (problems.length > 0) throw invalidInput(problems);
  const measures: Measured[] = [
    ...Object.entries(scores).map(([measure, s]) => ({
      date: input.date,
      measure,
      value: s.score,
      answers: answers[measure],
    })),
    ...findingMeasures(input.findings, input.date),
  ];
  const details = {
    kind: 'assessment',
    ...(input.findings ? { findings: input.findings } : {}),
    ...(input.questionnaires ? { questionnaires: input.questionnaires, scores } : {}),
    ...(input.notes !== undefined ? { notes: input.notes } : {}),
    ...(input.details ? { details: input.details } : {}),
  };
  return repo.transaction(async (tx) => {
    const assessment = await tx.assessments.add(episode.clinicId, { episodeId: episode.id, date: input.date, details });
    const stored = [];
    for (const m of measures) stored.push(await tx.measures.add(episode.clinicId, { episodeId: episode.id, ...m }));
    return { ...assessment, measures: stored };
  });
}
