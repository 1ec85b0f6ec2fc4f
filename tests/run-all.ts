/**
 * `npm test`: typecheck, lint, format check, unit tests, build, e2e. Ends with one line
 * `N passed, N failed, N skipped` built from the runners' JSON reports, because CI reads that line;
 * exits non-zero when anything failed or nothing ran.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(__dirname, '..');
const reports = resolve(root, 'reports');
mkdirSync(reports, { recursive: true });

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];

function run(label: string, cmd: string, args: string[]): boolean {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  const ok = r.status === 0;
  if (!ok) failures.push(label);
  return ok;
}

/** A whole-tree check counts as one test: it passes or it does not. */
function check(label: string, cmd: string, args: string[]): void {
  if (run(label, cmd, args)) total.passed += 1;
  else total.failed += 1;
}

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

const bin = (name: string): string => resolve(root, 'node_modules/.bin', name);

check('typecheck', bin('tsc'), ['-b']);
check('lint', bin('eslint'), ['.', '--max-warnings=0']);
check('format', bin('prettier'), ['--check', '.']);

// Built first: some unit tests start the real browser host, which serves the built renderer.
const built = run('build', bin('electron-vite'), ['build']);
if (!built) total.failed += 1;

const vitestReport = resolve(reports, 'vitest.json');
rmSync(vitestReport, { force: true });
run('unit', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
const vitest = readJson(vitestReport) as {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
} | null;
if (vitest) {
  total.passed += vitest.numPassedTests;
  total.failed += vitest.numFailedTests;
  total.skipped += vitest.numPendingTests + vitest.numTodoTests;
} else {
  total.failed += 1;
  failures.push('unit (no report)');
}

const playwrightReport = resolve(reports, 'playwright.json');
rmSync(playwrightReport, { force: true });
if (built) {
  run('e2e', bin('playwright'), ['test']);
  const pw = readJson(playwrightReport) as {
    stats: { expected: number; unexpected: number; skipped: number; flaky: number };
  } | null;
  if (pw) {
    total.passed += pw.stats.expected + pw.stats.flaky;
    total.failed += pw.stats.unexpected;
    total.skipped += pw.stats.skipped;
  } else {
    total.failed += 1;
    failures.push('e2e (no report)');
  }
}

if (failures.length > 0) console.log(`\nFailed steps: ${failures.join(', ')}`);
console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 || failures.length > 0 || total.passed === 0 ? 1 : 0);
