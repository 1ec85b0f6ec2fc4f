// @ts-check
/**
 * `npm run web`: builds only if the sources changed since the last build (see build-cache.mjs),
 * then runs the browser host from its built bundle, out/main/web.js, which needs no TypeScript
 * loader. The host's first line on stdout stays `Fanshi web: URL`; what the launcher says goes to
 * stderr.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCurrentBuild } from './build-cache.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
if (await ensureCurrentBuild(root))
  createRequire(import.meta.url)(resolve(root, 'out/main/web.js'));
else process.exitCode = 1;
