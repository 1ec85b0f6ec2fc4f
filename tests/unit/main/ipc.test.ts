import { describe, expect, it } from 'vitest';
import { composeApp } from '../../../electron/rpc/compose';
import type { Handlers } from '../../../electron/rpc/handlers/types';
import type { registerAll } from '../../../electron/main/ipc';
import { CHANNELS } from '../../../electron/shared/contract';
import { corpusDir, templatesDir, useTempDirs } from '../support/fixtures';

/**
 * Never called: `npx tsc -b` checks it. ipc.ts imports Electron, so only its type is used here.
 */
export function registerAllTypeChecks(register: typeof registerAll, handlers: Handlers): void {
  const appUrl = (): string => 'file:///opt/fanshi/out/renderer/index.html';
  const warnings = (): string[] => [];
  // The complete set compiles: the only difference below is one missing channel.
  register(handlers, appUrl, warnings);

  const { 'drafts:delete': _removed, ...withoutDelete } = handlers;
  // @ts-expect-error -- a missing handler must not compile.
  register(withoutDelete, appUrl, warnings);
}

describe('registerAll’s handlers', () => {
  const tempDir = useTempDirs();

  it('composeApp provides exactly one handler for each channel of the contract', async () => {
    const core = await composeApp({ dataDir: await tempDir('ipc'), templatesDir, corpusDir });
    expect(Object.keys(core.handlers).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) {
      const handler = core.handlers[channel];
      expect(typeof handler.args.safeParse, channel).toBe('function');
      expect(typeof handler.run, channel).toBe('function');
    }
  });
});
