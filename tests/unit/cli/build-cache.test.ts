import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputsHash, isBuildCurrent, STAMP_FILE } from '../../../electron/cli/build-cache.mjs';
import { useTempDirs } from '../support/fixtures';

const tempDir = useTempDirs();

/** A small project: a source file in each built folder, a package file and a lock. */
async function project(): Promise<string> {
  const root = await tempDir('build-cache');
  await mkdir(join(root, 'electron', 'main'), { recursive: true });
  await mkdir(join(root, 'renderer', 'src'), { recursive: true });
  await writeFile(join(root, 'electron', 'main', 'index.ts'), 'export const main = 1;\n');
  await writeFile(join(root, 'renderer', 'src', 'App.tsx'), 'export const App = () => null;\n');
  await writeFile(join(root, 'package.json'), '{"name":"demo"}\n');
  await writeFile(join(root, 'package-lock.json'), '{"lockfileVersion":3}\n');
  return root;
}

/** What a build leaves: the hash of the inputs it was made from. */
async function stamp(root: string): Promise<void> {
  await mkdir(join(root, 'out'), { recursive: true });
  await writeFile(join(root, STAMP_FILE), JSON.stringify({ inputs: await inputsHash(root) }));
}

describe('build only when the sources changed', () => {
  it('hashes contents and paths, not file times', async () => {
    const root = await project();
    const before = await inputsHash(root);
    const app = join(root, 'renderer', 'src', 'App.tsx');
    await writeFile(app, await readFile(app)); // rewritten as it was: a new time, same bytes
    expect(await inputsHash(root)).toBe(before);

    await writeFile(app, 'export const App = () => "改";\n');
    const edited = await inputsHash(root);
    expect(edited).not.toBe(before);

    await writeFile(join(root, 'electron', 'main', 'extra.ts'), '');
    expect(await inputsHash(root)).not.toBe(edited);
  });

  it('ignores what is not an input: the build output, tests, data', async () => {
    const root = await project();
    const before = await inputsHash(root);
    await mkdir(join(root, 'tests'), { recursive: true });
    await writeFile(join(root, 'tests', 'a.test.ts'), 'test');
    await stamp(root);
    await writeFile(join(root, 'out', 'main.js'), 'built');
    expect(await inputsHash(root)).toBe(before);
  });

  it('knows a build is current until a source or the installed packages change', async () => {
    const root = await project();
    expect(await isBuildCurrent(root)).toBeNull();
    await stamp(root);
    expect(await isBuildCurrent(root)).toBe(true);

    await writeFile(join(root, 'electron', 'main', 'index.ts'), 'export const main = 2;\n');
    expect(await isBuildCurrent(root)).toBe(false);
    await stamp(root);
    expect(await isBuildCurrent(root)).toBe(true);

    await mkdir(join(root, 'node_modules'), { recursive: true });
    await writeFile(join(root, 'node_modules', '.package-lock.json'), '{"packages":{}}');
    expect(await isBuildCurrent(root)).toBe(false);
  });

  it('treats a damaged stamp as no build', async () => {
    const root = await project();
    await mkdir(join(root, 'out'), { recursive: true });
    await writeFile(join(root, STAMP_FILE), '{"inp');
    expect(await isBuildCurrent(root)).toBeNull();
  });
});
