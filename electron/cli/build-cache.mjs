// @ts-check
/**
 * Builds the app only when its sources changed since the last build. Every `electron-vite build`
 * leaves `out/build-stamp.json` with a hash of what it was built from (see the stamp plugin in
 * electron.vite.config.ts); a launcher compares it with the sources as they are now.
 *
 * Plain JavaScript (type-checked by tsc) so that a launch needs no TypeScript loader: tsx alone
 * takes about half a second to start. `node electron/cli/build-cache.mjs` builds if needed.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where a build leaves its stamp, relative to the repository. */
export const STAMP_FILE = join('out', 'build-stamp.json');

/** Folders whose every file is an input of the build. */
const SOURCE_DIRS = ['electron', 'renderer'];

/** Files at the root that change what the build makes (node_modules' own lock: what is installed). */
const ROOT_FILES = [
  'package.json',
  'package-lock.json',
  join('node_modules', '.package-lock.json'),
  'electron.vite.config.ts',
  'tsconfig.json',
  'tsconfig.base.json',
  'tsconfig.node.json',
  'tsconfig.web.json',
];

/**
 * @param {string} dir
 * @returns {Promise<string[]>} every file under dir
 */
async function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * A hash of every input of the build: paths and contents, in a fixed order.
 * @param {string} root the repository
 * @returns {Promise<string>}
 */
export async function inputsHash(root) {
  const files = [
    ...(await Promise.all(SOURCE_DIRS.map((d) => filesUnder(join(root, d))))).flat(),
    ...ROOT_FILES.map((f) => join(root, f)).filter((f) => existsSync(f)),
  ]
    .map((f) => relative(root, f).split(sep).join('/'))
    .sort();
  const contents = await Promise.all(files.map((f) => readFile(join(root, f))));
  const hash = createHash('sha256');
  files.forEach((f, i) => {
    hash.update(`${f}\0`);
    hash.update(contents[i] ?? '');
    hash.update('\0');
  });
  return hash.digest('hex');
}

/**
 * The hash the last build recorded, or null when there is none (never built, or a build failed).
 * @param {string} root
 * @returns {Promise<string | null>}
 */
async function stampedHash(root) {
  try {
    /** @type {unknown} */
    const stamp = JSON.parse(await readFile(join(root, STAMP_FILE), 'utf8'));
    return typeof stamp === 'object' && stamp !== null && 'inputs' in stamp
      ? String(stamp.inputs)
      : null;
  } catch {
    return null;
  }
}

/**
 * Whether `out/` was built from the sources as they are now: null when there is no build (or the
 * last one failed), else true or false.
 * @param {string} root
 * @returns {Promise<boolean | null>}
 */
export async function isBuildCurrent(root) {
  const [now, stamped] = await Promise.all([inputsHash(root), stampedHash(root)]);
  return stamped === null ? null : now === stamped;
}

/**
 * Builds when the last build was made from other sources (or there is none). Says which on
 * stderr, and sends the build's own output there too: a launcher's stdout stays its own.
 * @param {string} root
 * @returns {Promise<boolean>} false when the build failed
 */
export async function ensureCurrentBuild(root) {
  const current = await isBuildCurrent(root);
  if (current === true) {
    console.error('构建已是最新,无需重新构建。(The build is current: not rebuilding.)');
    return true;
  }
  console.error(
    current === null
      ? '尚未构建,先构建……(No build yet: building first.)'
      : '源文件有改动,先重新构建……(Sources changed since the last build: rebuilding.)',
  );
  const bin = join(root, 'node_modules', '.bin', 'electron-vite');
  const built = spawnSync(bin, ['build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (built.status !== 0) {
    console.error('构建失败,请查看上面的错误。(The build failed; see the errors above.)');
    return false;
  }
  return true;
}

// Run as a script (`npm start` does): build if needed, exit 1 when the build failed.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  void ensureCurrentBuild(resolve(fileURLToPath(import.meta.url), '../../..')).then((ok) => {
    process.exitCode = ok ? 0 : 1;
  });
}
