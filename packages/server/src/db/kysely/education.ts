// Education topics assigned to an episode.
import type { Selectable } from 'kysely';
import type { EducationAssignment } from '../records.ts';
import type { EducationStore } from '../repository.ts';
import type { EducationAssignmentsTable } from '../schema.ts';
import { notFound, requireEpisode, write, type Context } from './context.ts';

const toAssignment = (r: Selectable<EducationAssignmentsTable>): EducationAssignment => ({
  id: r.id,
  episodeId: r.episode_id,
  topic: r.topic,
  assignedBy: r.assigned_by,
  assignedOn: r.assigned_on,
  createdAt: r.created_at,
});

export const educationStore = (ctx: Context): EducationStore => ({
  async assign(clinicId, a) {
    const row = {
      id: ctx.newId(),
      episode_id: a.episodeId,
      topic: a.topic,
      assigned_by: a.assignedBy,
      assigned_on: a.assignedOn,
      created_at: ctx.now(),
    };
    await write(ctx, async (db) => {
      await requireEpisode(db, clinicId, a.episodeId);
      const staff = await db
        .selectFrom('users')
        .select('id')
        .where('id', '=', a.assignedBy)
        .where('clinic_id', '=', clinicId)
        .where('role', 'in', ['owner', 'clinician'])
        .executeTakeFirst();
      if (!staff) throw notFound('clinician', a.assignedBy);
      await db.insertInto('education_assignments').values(row).execute();
    });
    return toAssignment(row);
  },
  async list(clinicId, episodeId) {
    const rows = await ctx.db
      .selectFrom('education_assignments')
      .innerJoin('episodes', 'episodes.id', 'education_assignments.episode_id')
      .selectAll('education_assignments')
      .where('episodes.clinic_id', '=', clinicId)
      .where('education_assignments.episode_id', '=', episodeId)
      .orderBy('education_assignments.created_at')
      .orderBy('education_assignments.id')
      .execute();
    return rows.map(toAssignment);
  },
});
