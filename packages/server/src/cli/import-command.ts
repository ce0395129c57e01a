// `tandem import CASE.json [--clinic ID] [--clinician EMAIL] [--as-of DATE]`: a client admitted from a case file (client,
// episode, screening, scored assessment, plan version 1 unless the screen refers first), in one transaction.
import { parseArgs } from 'node:util';
import { admitCase } from '../services/care/admit.ts';
import { chooseClinic, chooseClinician } from './clinic-choice.ts';
import { CliError } from './cli-error.ts';
import { DATA_OPTION, withDatabase } from './database.ts';
import { isoDate } from './iso-date.ts';
import type { Io } from './main.ts';
import { readCaseFile } from './screen-command.ts';

export async function importCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { ...DATA_OPTION, clinic: { type: 'string' }, clinician: { type: 'string' }, 'as-of': { type: 'string' } },
  });
  const [file, extra] = positionals;
  if (file === undefined)
    throw new CliError('import needs a case file: tandem import CASE.json [--clinic ID] [--clinician EMAIL]');
  if (extra !== undefined) throw new CliError(`import takes one case file (got also "${extra}")`);
  // The case is checked before the database is opened: a bad file changes nothing.
  const caseFile = readCaseFile(file, io.stdin);
  const on = isoDate(values['as-of'] ?? new Date().toISOString().slice(0, 10), '--as-of');
  return withDatabase(values.data, io, async ({ repo }) => {
    const clinic = await chooseClinic(repo, values.clinic);
    const clinician = await chooseClinician(repo, clinic, values.clinician);
    const admitted = await admitCase(repo, {
      clinicId: clinic.id,
      clinicianId: clinician.id,
      caseFile,
      on,
      client: { name: caseFile.client.name ?? caseFile.id, sex: caseFile.client.sex ?? null },
    });
    await repo.audit.record({
      clinicId: clinic.id,
      action: 'create',
      recordType: 'episode',
      recordId: admitted.episode.id,
      clientId: admitted.client.id,
      outcome: 'success',
      detail: `tandem import ${file} (command line)`,
    });
    io.out(`client ${admitted.client.id}`);
    io.out(`episode ${admitted.episode.id}`);
    if (admitted.referral) io.out(`referral ${admitted.referral.urgency}: ${admitted.referral.to}`);
    io.out(
      admitted.plan
        ? `plan version 1 by ${clinician.email}: ${admitted.program.length} home exercises, ${admitted.goals.length} goals`
        : 'no plan: the screen asks for medical review first',
    );
    return 0;
  });
}
