// An education assignment as the API shows it: with the engine's text for its topic and who assigned it.
import { EDUCATION_BY_ID } from '@tandem/engine';
import type { EducationAssignment } from '../db/records.ts';
import type { Author } from './authors.ts';

/** An assignment with its topic's text; a topic since removed from the knowledge base keeps its id as its title. */
export function educationWithText(a: EducationAssignment, who: Author) {
  const topic = EDUCATION_BY_ID.get(a.topic);
  return {
    id: a.id,
    topic: a.topic,
    title: topic?.title ?? a.topic,
    summary: topic?.summary ?? '',
    keyPoints: topic?.keyPoints ?? [],
    assignedBy: who(a.assignedBy),
    assignedOn: a.assignedOn,
    createdAt: a.createdAt,
  };
}
