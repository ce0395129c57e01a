// `npm run bench`: throughput of the engine's hot paths on this machine, printed (never asserted).
import { readFileSync, readdirSync } from 'node:fs';
import {
  generatePlan,
  parseCaseFile,
  parseHistory,
  progress,
  scoreInstrument,
  screenCase,
  type CaseFile,
} from '@tandem/engine';

const CASES = new URL('../examples/cases/', import.meta.url);
const cases: CaseFile[] = readdirSync(CASES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const parsed = parseCaseFile(JSON.parse(readFileSync(new URL(f, CASES), 'utf8')));
    if (!parsed.ok) throw new Error(`${f}: ${JSON.stringify(parsed.problems)}`);
    return parsed.value;
  });

/** Runs `fn` repeatedly for about `ms` milliseconds after a warm-up and returns operations per second. */
function measure(name: string, fn: (i: number) => unknown, ms = 1500): void {
  for (let i = 0; i < 200; i++) fn(i);
  let n = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(ms) * 1_000_000n;
  let now = start;
  while (now < end) {
    for (let k = 0; k < 50; k++) fn(n++);
    now = process.hrtime.bigint();
  }
  const seconds = Number(now - start) / 1e9;
  const perSecond = n / seconds;
  console.log(
    `${name.padEnd(40)} ${Math.round(perSecond).toLocaleString('en').padStart(12)} /s   ${((seconds / n) * 1e6).toFixed(1).padStart(8)} µs each`,
  );
}

const odi = [2, 1, 2, 2, 3, 1, 1, 1, 2, 1];
const spadi = [5, 6, 4, 5, 6, 3, 4, 2, 5, 3, 2, 4, 3];
const raw = cases.map((c) => JSON.parse(JSON.stringify(c)) as unknown);

console.log(`Tandem engine bench — node ${process.version}, ${cases.length} example cases\n`);
measure('score odi', () => scoreInstrument('odi', odi));
measure('score spadi', () => scoreInstrument('spadi', spadi));
measure('parse + validate case file', (i) => parseCaseFile(raw[i % raw.length]));
const pick = (i: number): CaseFile => cases[i % cases.length] ?? (cases[0] as CaseFile);
measure('screen case', (i) => screenCase(pick(i)));
measure('generate plan (example cases, round robin)', (i) => generatePlan(pick(i), { asOf: '2026-11-23' }));

// Progression: the server replays a client's whole history each time an entry lands.
const historyJson = JSON.parse(
  readFileSync(new URL('../examples/histories/knee-runner-8-weeks.json', import.meta.url), 'utf8'),
) as unknown;
const history = parseHistory(historyJson);
if (!history.ok) throw new Error(JSON.stringify(history.problems));
const withoutCase = { ...history.value, case: undefined };
const entries = history.value.entries.length;
measure('parse history (8 weeks, with case)', () => parseHistory(historyJson), 1000);
measure(`progress: replay 8 weeks (${entries} entries)`, () => progress(withoutCase), 1000);
measure('progress: replay 8 weeks, screened by case', () => progress(history.value), 1000);
