import { storeFailure } from './atomic-write';
import type { BackupRotation } from './library-backup';

const DAY_MS = 86_400_000;

/** The daily backup into <data>/backups, run in the background. */
export class BackupScheduler {
  private background: Promise<unknown> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly backups: BackupRotation,
    private readonly now: () => Date,
    /** Where a failed backup is reported, for the UI to tell the user. */
    private readonly warnings: string[],
  ) {}

  /**
   * The daily backup waits (a minute by default): start-up is when the user is waiting, and
   * zipping a big library competes for the disk. The timer does not keep a process alive.
   */
  start(delayMs: number): void {
    const run = (): void => {
      this.background = this.background
        .then(async () => {
          const last = await this.backups.newestTime();
          if (last === null || this.now().getTime() - last >= DAY_MS) {
            await this.backups.rotate(this.now());
          }
        })
        .catch((e: unknown) => {
          this.warnings.push(`自动备份失败:${storeFailure(e).message}`);
        });
    };
    if (delayMs <= 0) run();
    else this.timer = setTimeout(run, delayMs).unref();
  }

  /** Waits for a backup under way. */
  async idle(): Promise<void> {
    await this.background;
  }

  /** No backup starts after this; one under way is waited for. */
  async stop(): Promise<void> {
    clearTimeout(this.timer);
    await this.idle();
  }
}
