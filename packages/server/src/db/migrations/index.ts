// Every migration in order, listed in code so bundling or a stray file can never change what runs.
import type { Migration } from 'kysely';
import * as initial from './001_initial.ts';
import * as education from './002_education.ts';
import * as prescriptionOrigin from './003_prescription_origin.ts';
import * as syncAndOverview from './004_sync_and_overview.ts';

/** Names sort in the order they run; never rename or edit a released migration, add the next one. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '001_initial': initial,
  '002_education': education,
  '003_prescription_origin': prescriptionOrigin,
  '004_sync_and_overview': syncAndOverview,
};
