import { AppFailure, messageOf } from '../shared/result';

/**
 * Runs a command-line entry point: its exit code, and for any error one line
 * `code: 中文说明` on stderr (never a stack trace) and exit 1.
 */
export function runCli(main: () => Promise<number>, failed: string): void {
  main()
    .catch((e: unknown) => {
      const failure =
        e instanceof AppFailure ? e : new AppFailure('internal', `${failed}:${messageOf(e)}`);
      process.stderr.write(`${failure.code}: ${failure.message}\n`);
      return 1;
    })
    .then(
      (code) => {
        process.exitCode = code;
      },
      () => {
        process.exitCode = 1;
      },
    );
}
