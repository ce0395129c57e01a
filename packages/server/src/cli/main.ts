// The `tandem` command line: parses arguments, runs one command, maps errors to exit codes.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { backupCommand } from './backup-command.ts';
import { CliError } from './cli-error.ts';
import { exportCommand } from './export-command.ts';
import { importCommand } from './import-command.ts';
import { restoreCommand } from './restore-command.ts';
import { serveCommand } from './serve-command.ts';
import { seedDemoIfEmpty } from '../demo/seed-demo.ts';
import { userCommand } from './user-command.ts';
import { instrumentId, scoreCsv, scoreJson } from './score-command.ts';
import { illustrationSvg } from './illustrate-command.ts';
import { planOutput } from './plan-command.ts';
import { progressOutput } from './progress-command.ts';
import { screenJson } from './screen-command.ts';

const USAGE = `tandem: integrated manual therapy and exercise care

Usage:
  tandem score INSTRUMENT [FILE|-]                 score one response (JSON array in item order, null = unanswered, or object keyed by item)
  tandem score --csv FILE --instrument ID [--out F] score a CSV export, one respondent per row; writes the scores alongside
  tandem screen CASE.json                          safety screen of a case file (referral, restrictions) as JSON
  tandem plan CASE.json [--json] [--as-of DATE]    preview the plan of care (text, or JSON); stores nothing
  tandem progress HISTORY.json [--json] [--as-of DATE]
                                                   replay a history (prescription, logs, scores): progress, hold or
                                                   regress per exercise, and plateau, fatigue, setback, phase, re-assessment
                                                   and discharge decisions, each with its rule and reason (docs/progression.md)
  tandem illustrate EXERCISE [--out FILE.svg]      an exercise's illustration as SVG

Running Tandem:
  tandem serve [--port N] [--host H] [--data DIR] [--no-demo]
                                                   the API (default http://127.0.0.1:3000, docs at /api/docs); SQLite in
                                                   ./data, or PostgreSQL with DATABASE_URL; an empty database gets the
                                                   demo clinic (its sign-ins are printed) unless --no-demo

Clinic data (each takes --data DIR, default ./data, or uses PostgreSQL when DATABASE_URL=postgres://… is set):
  tandem import CASE.json [--clinic ID] [--clinician EMAIL] [--as-of DATE]
                                                   admit a client from a case file: client, episode, screening,
                                                   scored assessment and plan version 1; prints the new ids
  tandem user add --email E --name N --role owner|clinician|client [--clinic ID | --clinic-name NAME]
                  [--client ID] [--password-stdin] add a login; the password comes from standard input (at least
                                                   12 characters) or is generated and shown once
  tandem backup FILE                               consistent backup while the server runs (SQLite file, or JSON from PostgreSQL)
  tandem restore FILE                              restore a backup into an empty database (either kind)
  tandem export --client ID [--clinic ID] [--out FILE]
                                                   everything about one client as JSON (the read is audited)
  tandem help                                      this text

Instruments: nprs odi ndi quickdash spadi psfs lefs tsk11 tsk17 pcs startback fms tug cst30
Bad input exits with code 2 and a one-line error.`;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  stdin: () => string;
  /** The environment (DATABASE_URL); process.env when absent. */
  env?: Readonly<Record<string, string | undefined>>;
}

const defaultIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  stdin: () => readFileSync(0, 'utf8'),
};

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new CliError(`--as-of must be a date like 2026-11-23 (got "${value}")`);
  return value;
}

function run(args: string[], io: Io): number | Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.out(USAGE);
      return 0;
    case 'score': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        strict: true,
        options: { csv: { type: 'string' }, instrument: { type: 'string' }, out: { type: 'string' } },
      });
      if (values.csv !== undefined) {
        if (positionals.length > 0)
          throw new CliError(`score --csv takes no positional arguments (got ${positionals.join(' ')})`);
        const { csv, scored, failed } = scoreCsv(instrumentId(values.instrument), values.csv, io.stdin);
        if (values.out !== undefined) writeFileSync(values.out, csv);
        else io.out(csv);
        io.err(
          `scored ${scored} of ${scored + failed} rows${failed > 0 ? `; ${failed} could not be scored (see the error column)` : ''}`,
        );
        return 0;
      }
      const [id, file = '-', extra] = positionals;
      if (extra !== undefined) throw new CliError(`score takes INSTRUMENT and one FILE (got also "${extra}")`);
      io.out(scoreJson(instrumentId(id ?? values.instrument), file, io.stdin));
      return 0;
    }
    case 'screen': {
      const [file, extra] = rest;
      if (file === undefined) throw new CliError('screen needs a case file: tandem screen CASE.json');
      if (extra !== undefined) throw new CliError(`screen takes one case file (got also "${extra}")`);
      io.out(screenJson(file, io.stdin));
      return 0;
    }
    case 'plan': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        strict: true,
        options: { json: { type: 'boolean', default: false }, 'as-of': { type: 'string' } },
      });
      const [file, extra] = positionals;
      if (file === undefined) throw new CliError('plan needs a case file: tandem plan CASE.json [--json]');
      if (extra !== undefined) throw new CliError(`plan takes one case file (got also "${extra}")`);
      io.out(
        planOutput(file, values.json, isoDate(values['as-of'] ?? new Date().toISOString().slice(0, 10)), io.stdin),
      );
      return 0;
    }
    case 'progress': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        strict: true,
        options: { json: { type: 'boolean', default: false }, 'as-of': { type: 'string' } },
      });
      const [file, extra] = positionals;
      if (file === undefined)
        throw new CliError('progress needs a history file: tandem progress HISTORY.json [--json]');
      if (extra !== undefined) throw new CliError(`progress takes one history file (got also "${extra}")`);
      const asOf = values['as-of'];
      io.out(progressOutput(file, values.json, asOf === undefined ? undefined : isoDate(asOf), io.stdin));
      return 0;
    }
    case 'illustrate': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        strict: true,
        options: { out: { type: 'string' } },
      });
      const [id, extra] = positionals;
      if (id === undefined) throw new CliError('illustrate needs an exercise id: tandem illustrate dead_bug');
      if (extra !== undefined) throw new CliError(`illustrate takes one exercise id (got also "${extra}")`);
      const svg = illustrationSvg(id);
      if (values.out !== undefined) writeFileSync(values.out, svg);
      else io.out(svg);
      return 0;
    }
    // Commands on the clinic's database (each parses its own options).
    case 'import':
      return importCommand(rest, io);
    case 'user':
      return userCommand(rest, io);
    case 'backup':
      return backupCommand(rest, io);
    case 'restore':
      return restoreCommand(rest, io);
    case 'export':
      return exportCommand(rest, io);
    case 'serve':
      return serveCommand(rest, io, {
        seedDemo: (repo) => seedDemoIfEmpty(repo, { now: new Date() }),
        stopSignal: () =>
          new Promise((resolve) => {
            process.once('SIGINT', () => {
              resolve();
            });
            process.once('SIGTERM', () => {
              resolve();
            });
          }),
      });
    default:
      throw new CliError(`unknown command "${command}"; try tandem help`);
  }
}

/** Runs the command line; returns the exit code (0 ok, 2 bad input or usage). */
export async function main(args: string[], io: Io = defaultIo): Promise<number> {
  try {
    return await run(args, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`tandem: ${error.message}`);
      return 2;
    }
    // parseArgs reports unknown options with a code; those are usage errors too.
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`tandem: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
