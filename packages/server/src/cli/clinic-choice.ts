// Which clinic and which clinician a command acts for: named with --clinic / --clinician, or the only one there is.
import type { Clinic, User } from '../db/records.ts';
import type { Repository } from '../db/repository.ts';
import { CliError } from './cli-error.ts';

export async function chooseClinic(repo: Repository, id: string | undefined): Promise<Clinic> {
  if (id !== undefined) {
    const clinic = await repo.clinics.get(id);
    if (!clinic) throw new CliError(`no clinic with id ${id}`);
    return clinic;
  }
  const clinics = await repo.clinics.list();
  const [only] = clinics;
  if (only === undefined)
    throw new CliError(
      'the database has no clinic yet: add its owner first (tandem user add --role owner --clinic-name NAME …)',
    );
  if (clinics.length > 1)
    throw new CliError(
      `the database has ${clinics.length} clinics: name one with --clinic ID (${clinics.map((c) => `${c.id} "${c.name}"`).join(', ')})`,
    );
  return only;
}

/** Staff of the clinic by e-mail; without one, the only clinician, else the owner. */
export async function chooseClinician(repo: Repository, clinic: Clinic, email: string | undefined): Promise<User> {
  const staff = (await repo.users.list(clinic.id)).filter((u) => u.role !== 'client');
  if (email !== undefined) {
    const user = staff.find((u) => u.email === email.trim().toLowerCase());
    if (!user)
      throw new CliError(`--clinician ${email}: no owner or clinician with that e-mail in clinic "${clinic.name}"`);
    return user;
  }
  const clinicians = staff.filter((u) => u.role === 'clinician');
  const [only] = clinicians;
  if (only !== undefined && clinicians.length === 1) return only;
  if (clinicians.length > 1)
    throw new CliError(
      `clinic "${clinic.name}" has ${clinicians.length} clinicians: name one with --clinician EMAIL (${clinicians
        .map((u) => u.email)
        .sort()
        .join(', ')})`,
    );
  const owner = staff.find((u) => u.role === 'owner');
  if (!owner)
    throw new CliError(
      `clinic "${clinic.name}" has no owner or clinician to sign the plan: add one with tandem user add`,
    );
  return owner;
}
