// Prints vitest's totals as one plain closing line ("N passed, N failed") for CI logs.
import { readFileSync, rmSync } from 'node:fs';

const file = '.vitest-results.json';
const results = JSON.parse(readFileSync(file, 'utf8'));
rmSync(file);
const skipped = results.numPendingTests + results.numTodoTests;
console.log(
  `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`,
);
if (results.numTotalTests === 0) process.exitCode = 1;
