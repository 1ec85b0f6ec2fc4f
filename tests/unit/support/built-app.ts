import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './fixtures';

/**
 * Fails the calling test, with what to do, when the renderer has not been built: the browser host
 * serves `out/renderer` and refuses to start without it. `npm test` builds before the unit tests.
 */
export function requireBuiltRenderer(): void {
  const index = join(repoRoot, 'out', 'renderer', 'index.html');
  if (!existsSync(index)) {
    throw new Error(
      `${index} is missing: this test starts the browser host; run npm run build first`,
    );
  }
}
