/**
 * `npm run test:e2e:stress`: the e2e suite, twice, while two CPU-bound processes run beside it, as
 * on a shared machine where other work competes for both cores. Each run is bounded in time
 * (`--global-timeout`, and a hard stop a minute later); the busy processes stop with the script.
 * Ends with `N passed, N failed` over both runs and a non-zero exit when anything failed, was cut
 * short or did not run.
 *
 *   npm run test:e2e:stress [-- --runs 2 --busy 2 --minutes 30]
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(__dirname, '../..');
const report = resolve(root, 'reports/playwright.json');

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '2' },
    busy: { type: 'string', default: '2' },
    minutes: { type: 'string', default: '30' },
  },
});
const runs = Number(values.runs);
const busy = Number(values.busy);
const minutes = Number(values.minutes);
if (![runs, busy, minutes].every((n) => Number.isInteger(n) && n >= 0) || runs === 0) {
  console.error('用法:--runs N(≥1)--busy N --minutes N(每轮的时限)');
  process.exit(2);
}

const load = (): string =>
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (1/5/15 min, ${availableParallelism()} CPUs)`;

/** A process that keeps one core busy until it is stopped. */
const busyProcess = (): ChildProcess =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });

interface RunResult {
  passed: number;
  failed: number;
  skipped: number;
  seconds: number;
  /** Why the run did not finish normally, if it did not. */
  problem: string | null;
}

/** The suite's process group while a run is under way, to stop it with the script. */
let running: ChildProcess | null = null;

const stopRun = (): void => {
  try {
    if (running?.pid !== undefined && running.exitCode === null)
      process.kill(-running.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
};

/** One run of the whole suite; its counts come from Playwright's JSON report. */
async function runSuite(n: number): Promise<RunResult> {
  rmSync(report, { force: true });
  const limitMs = minutes * 60_000;
  const started = Date.now();
  const child = spawn(
    resolve(root, 'node_modules/.bin/playwright'),
    ['test', `--global-timeout=${limitMs}`],
    { cwd: root, stdio: 'inherit', detached: true },
  );
  running = child;
  // Playwright stops itself at the global timeout; the hard stop is for a run that hangs anyway.
  const outcome = await new Promise<'exited' | 'stopped'>((done) => {
    const hardStop = setTimeout(() => {
      stopRun();
      done('stopped');
    }, limitMs + 60_000);
    child.once('exit', () => {
      clearTimeout(hardStop);
      done('exited');
    });
  });
  running = null;
  const code = child.exitCode;
  const seconds = Math.round((Date.now() - started) / 1000);
  if (outcome === 'stopped' || !existsSync(report)) {
    return { passed: 0, failed: 0, skipped: 0, seconds, problem: `run ${n} was stopped` };
  }
  const { stats } = JSON.parse(readFileSync(report, 'utf8')) as {
    stats: { expected: number; unexpected: number; skipped: number; flaky: number };
  };
  const problem =
    code !== 0 && stats.unexpected === 0 ? `run ${n} ended with code ${code ?? 'none'}` : null;
  return {
    passed: stats.expected + stats.flaky,
    failed: stats.unexpected,
    skipped: stats.skipped,
    seconds,
    problem,
  };
}

async function main(): Promise<void> {
  // The suite needs the built app; build first if the sources changed since the last build.
  const built = spawnSync(process.execPath, ['electron/cli/build-cache.mjs'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(1);

  const hogs = Array.from({ length: busy }, busyProcess);
  const stopHogs = (): void => {
    for (const hog of hogs) hog.kill('SIGKILL');
  };
  process.on('exit', () => {
    stopRun();
    stopHogs();
  });
  process.on('SIGINT', () => process.exit(130));
  process.on('SIGTERM', () => process.exit(143));

  const results: RunResult[] = [];
  try {
    for (let n = 1; n <= runs; n++) {
      console.log(`\n=== e2e run ${n} of ${runs}, beside ${busy} busy processes; ${load()}`);
      const r = await runSuite(n);
      results.push(r);
      console.log(
        `=== run ${n}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped in ${r.seconds} s; ${load()}`,
      );
    }
  } finally {
    stopHogs();
  }

  const total = results.reduce(
    (t, r) => ({
      passed: t.passed + r.passed,
      failed: t.failed + r.failed,
      skipped: t.skipped + r.skipped,
    }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  const problems = results.flatMap((r) => (r.problem ? [r.problem] : []));
  if (problems.length > 0) console.log(`\nProblems: ${problems.join('; ')}`);
  console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  process.exitCode = total.failed > 0 || problems.length > 0 || total.passed === 0 ? 1 : 0;
}

void main();
