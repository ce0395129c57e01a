// `tandem export --client ID [--clinic ID] [--out FILE]`: everything about one client as JSON; the read is audited.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { exportClient } from '../export/client-export.ts';
import { chooseClinic } from './clinic-choice.ts';
import { CliError } from './cli-error.ts';
import { DATA_OPTION, withDatabase } from './database.ts';
import type { Io } from './main.ts';

/** Who did it, in the audit trail: no user is logged in on the command line. */
export const COMMAND_LINE = '(command line)';

export async function exportCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { ...DATA_OPTION, client: { type: 'string' }, clinic: { type: 'string' }, out: { type: 'string' } },
  });
  if (positionals.length > 0)
    throw new CliError(
      `export takes no positional arguments (got ${positionals.join(' ')}): tandem export --client ID`,
    );
  const clientId = values.client;
  if (clientId === undefined || clientId.trim() === '')
    throw new CliError('export needs --client ID (tandem export --client ID [--clinic ID] [--out FILE])');
  return withDatabase(values.data, io, async ({ repo }) => {
    const clinic = await chooseClinic(repo, values.clinic);
    const audit = {
      clinicId: clinic.id,
      actorUserId: null,
      action: 'export',
      recordType: 'client',
      recordId: clientId,
      clientId,
    };
    // One transaction: the record and the audit event of reading it are stored together or not at all.
    const data = await repo.transaction(async (tx) => {
      const found = await exportClient(tx, clinic.id, clientId, new Date().toISOString());
      if (found) await tx.audit.record({ ...audit, outcome: 'success', detail: `tandem export ${COMMAND_LINE}` });
      return found;
    });
    if (!data) {
      await repo.audit.record({
        ...audit,
        outcome: 'error',
        detail: `tandem export ${COMMAND_LINE}: no such client in the clinic`,
      });
      throw new CliError(`no client ${clientId} in clinic "${clinic.name}"`);
    }
    const text = `${JSON.stringify(data, null, 2)}\n`;
    if (values.out === undefined) {
      io.out(text);
    } else {
      writeFileSync(values.out, text, { mode: 0o600 }); // health data: owner only
      io.err(`exported client ${clientId} (${data.episodes.length} episode(s)) to ${values.out}`);
    }
    return 0;
  });
}
