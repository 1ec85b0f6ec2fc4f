import type { ImportProgress, ImportStage } from '../../shared/model';

/** The imports running now, for `templates:importProgress`. */
export class ImportTracker {
  private next = 1;
  private readonly running = new Map<number, ImportProgress>();

  start(fileName: string): {
    stage: (stage: ImportStage) => void;
    saving: (done: number, total: number) => void;
    end: () => void;
  } {
    const key = this.next++;
    this.running.set(key, { fileName, stage: 'read', done: 0, total: 0 });
    const update = (patch: Partial<ImportProgress>): void => {
      const now = this.running.get(key);
      if (now) this.running.set(key, { ...now, ...patch });
    };
    return {
      stage: (stage) => update({ stage }),
      saving: (done, total) => update({ stage: 'save', done, total }),
      end: () => this.running.delete(key),
    };
  }

  list(): ImportProgress[] {
    return [...this.running.values()];
  }
}
