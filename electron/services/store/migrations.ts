import { mkdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AppFailure } from '../../shared/result';
import { isNotFound, setAside, storeFailure, syncDir, writeFileAtomic } from './atomic-write';
import { recordFileName } from './collection';
import { readJsonFile } from './json-file';
import { libraryMeta, libraryV1, type LibraryMeta } from './record-schemas';

/**
 * The folder's layout version, kept in meta.json.
 * 1: everything in library.json (one lowdb file).
 * 2: drafts/<id>.json + index.json, outlines/<id>.json, history/, trash/, backups/.
 */
export const SCHEMA_VERSION = 2;

const META = 'meta.json';
const V1_FILE = 'library.json';

const exists = async (p: string): Promise<boolean> => {
  try {
    await stat(p);
    return true;
  } catch (e) {
    if (isNotFound(e)) return false;
    throw storeFailure(e);
  }
};

async function writeMeta(dataDir: string, meta: LibraryMeta): Promise<void> {
  await writeFileAtomic(join(dataDir, META), JSON.stringify(meta));
}

/**
 * Schema 1 → 2. Each record is written to its own file before meta.json says 2; only then is
 * library.json renamed (kept, never deleted). A crash part-way re-runs the migration next time,
 * which rewrites the same files.
 */
async function migrateV1(dataDir: string, warnings: string[]): Promise<void> {
  const file = join(dataDir, V1_FILE);
  const v1 = await readJsonFile(file, libraryV1);
  if (v1.kind === 'corrupt') {
    const aside = await setAside(file);
    warnings.push(`数据文件已损坏,已移至 ${aside},并以空库启动。`);
  } else if (v1.kind === 'ok') {
    await mkdir(join(dataDir, 'drafts'), { recursive: true });
    await mkdir(join(dataDir, 'outlines'), { recursive: true });
    for (const d of v1.data.drafts) {
      await writeFileAtomic(join(dataDir, 'drafts', `${d.id}.json`), JSON.stringify(d));
    }
    for (const o of v1.data.outlines) {
      await writeFileAtomic(join(dataDir, 'outlines', recordFileName(o.id)), JSON.stringify(o));
    }
  }
  await writeMeta(dataDir, { schemaVersion: 2 });
  if (v1.kind === 'ok') {
    await rename(file, join(dataDir, `library.v1-${Date.now()}.json`));
    await syncDir(dataDir);
  }
}

const MIGRATIONS: Record<number, (dataDir: string, warnings: string[]) => Promise<void>> = {
  1: migrateV1,
};

/** Brings the folder to SCHEMA_VERSION; a folder from a newer Fanshi is refused, not touched. */
export async function migrate(dataDir: string, warnings: string[]): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const metaPath = join(dataDir, META);
  const meta = await readJsonFile(metaPath, libraryMeta);
  let version: number;
  if (meta.kind === 'ok') {
    version = meta.data.schemaVersion;
  } else {
    if (meta.kind === 'corrupt') {
      const aside = await setAside(metaPath);
      warnings.push(`资料库版本文件已损坏,已移至 ${aside},已按现有文件重建。`);
    }
    // library.json outlives a migration only when it did not finish: run it (again).
    version = (await exists(join(dataDir, V1_FILE))) ? 1 : SCHEMA_VERSION;
    if (version === SCHEMA_VERSION) await writeMeta(dataDir, { schemaVersion: SCHEMA_VERSION });
  }
  if (version > SCHEMA_VERSION) {
    throw new AppFailure(
      'unsupported_input',
      `这个资料库由更新版本的范式创建(格式 ${version}),请升级范式后再打开。`,
    );
  }
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new AppFailure('internal', `缺少资料库格式 ${v} 的升级步骤`);
    await step(dataDir, warnings);
  }
}
