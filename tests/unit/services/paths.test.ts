import { describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  defaultUserDataDir,
  resolveCorpusDir,
  resolveDataDir,
  resolveTemplatesDir,
} from '../../../electron/services/paths';
import { useTempDirs } from '../support/fixtures';

describe('resolveDataDir', () => {
  it.each<{ name: string; flag: string | undefined; env: NodeJS.ProcessEnv; expected: string }>([
    {
      name: '--data wins over FANSHI_DATA_DIR',
      flag: '/srv/fanshi/教师培训',
      env: { FANSHI_DATA_DIR: '/var/lib/fanshi', XDG_CONFIG_HOME: '/cfg' },
      expected: '/srv/fanshi/教师培训',
    },
    {
      name: 'FANSHI_DATA_DIR wins over the desktop folder',
      flag: undefined,
      env: { FANSHI_DATA_DIR: '/var/lib/fanshi', XDG_CONFIG_HOME: '/cfg' },
      expected: '/var/lib/fanshi',
    },
    {
      name: 'an empty --data counts as not given',
      flag: '',
      env: { FANSHI_DATA_DIR: '/var/lib/fanshi' },
      expected: '/var/lib/fanshi',
    },
  ])('$name', ({ flag, env, expected }) => {
    expect(resolveDataDir(flag, env)).toBe(expected);
  });

  it('falls back to the desktop app’s folder, also when FANSHI_DATA_DIR is set but empty', () => {
    const env = { XDG_CONFIG_HOME: '/home/lm/.cfg', APPDATA: 'C:\\Users\\lm\\AppData\\Roaming' };
    const expected = defaultUserDataDir(env, process.platform);
    expect(resolveDataDir(undefined, env)).toBe(expected);
    expect(resolveDataDir(undefined, { ...env, FANSHI_DATA_DIR: '' })).toBe(expected);
    expect(expected.endsWith('范式')).toBe(true);
  });
});

describe('defaultUserDataDir, as Electron’s userData on each OS', () => {
  it.each<{ platform: NodeJS.Platform; home: string; env: NodeJS.ProcessEnv; expected: string }>([
    {
      platform: 'win32',
      home: 'C:\\Users\\李明',
      env: { APPDATA: 'C:\\Users\\李明\\AppData\\Roaming' },
      expected: 'C:\\Users\\李明\\AppData\\Roaming\\范式',
    },
    {
      platform: 'darwin',
      home: '/Users/liming',
      env: { XDG_CONFIG_HOME: '/ignored/on/mac' },
      expected: '/Users/liming/Library/Application Support/范式',
    },
    {
      platform: 'win32',
      home: 'C:\\Users\\李明',
      env: {},
      expected: 'C:\\Users\\李明\\AppData\\Roaming\\范式',
    },
    {
      platform: 'linux',
      home: '/home/lm',
      env: { XDG_CONFIG_HOME: '/home/lm/.cfg' },
      expected: '/home/lm/.cfg/范式',
    },
    { platform: 'linux', home: '/home/lm', env: {}, expected: '/home/lm/.config/范式' },
    {
      platform: 'linux',
      home: '/home/lm',
      env: { XDG_CONFIG_HOME: '' },
      expected: '/home/lm/.config/范式',
    },
  ])('$platform, home $home, $env → $expected', ({ platform, home, env, expected }) => {
    expect(defaultUserDataDir(env, platform, home)).toBe(expected);
  });
});

describe('resolveCorpusDir and resolveTemplatesDir: one place for the shipped folders', () => {
  const tempDir = useTempDirs();

  it('finds the corpus in an installed app’s resources folder (electron-builder copies assets/)', async () => {
    const resources = await tempDir('resources');
    await mkdir(join(resources, 'assets', 'corpus'), { recursive: true });
    await writeFile(join(resources, 'assets', 'corpus', '范文.txt'), '学习心得\n正文');
    const roots = { repoRoot: '/repo', resourcesPath: resources };
    expect(resolveCorpusDir(roots, {})).toBe(join(resources, 'assets', 'corpus'));
    expect(resolveTemplatesDir(roots)).toBe(join(resources, 'templates'));
  });

  it('uses the repository’s assets/corpus when not installed or when the resources have none', async () => {
    expect(resolveCorpusDir({ repoRoot: '/repo' }, {})).toBe(join('/repo', 'assets', 'corpus'));
    const resources = await tempDir('bare-resources');
    expect(resolveCorpusDir({ repoRoot: '/repo', resourcesPath: resources }, {})).toBe(
      join('/repo', 'assets', 'corpus'),
    );
    expect(resolveTemplatesDir({ repoRoot: '/repo' })).toBe(join('/repo', 'templates'));
  });

  it('lets FANSHI_CORPUS_DIR win, unless it is empty', async () => {
    const resources = await tempDir('resources');
    const roots = { repoRoot: '/repo', resourcesPath: resources };
    expect(resolveCorpusDir(roots, { FANSHI_CORPUS_DIR: '/data/范文' })).toBe('/data/范文');
    expect(resolveCorpusDir({ repoRoot: '/repo' }, { FANSHI_CORPUS_DIR: '' })).toBe(
      join('/repo', 'assets', 'corpus'),
    );
  });
});
