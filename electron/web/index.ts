import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { composeApp } from '../rpc/compose';
import { resolveCorpusDir, resolveDataDir, resolveTemplatesDir } from '../services/paths';
import { acquireInstanceLock, FolderLockedError } from '../services/store/instance-lock';
import { messageOf } from '../shared/result';
import { startWebHost } from './server';

const root = resolve(__dirname, '../..');
const roots = { repoRoot: root };

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, data: { type: 'string' } },
    allowPositionals: false,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`端口无效:${values.port ?? ''}`);
    process.exit(2);
  }
  const rendererDir = resolve(root, 'out/renderer');
  if (!existsSync(resolve(rendererDir, 'index.html'))) {
    console.error('找不到已构建的界面(out/renderer)。请先运行 npm run build。');
    process.exit(1);
  }
  const dataDir = resolveDataDir(values.data);
  // One writer per data folder: a second host would interleave writes with the first.
  const lock = await acquireInstanceLock(dataDir).catch((e: unknown) => {
    if (!(e instanceof FolderLockedError)) throw e;
    console.error(e.message);
    process.exit(3);
  });
  const core = await composeApp({
    dataDir,
    templatesDir: resolveTemplatesDir(roots),
    corpusDir: resolveCorpusDir(roots),
    warmImports: true,
  });
  const host = await startWebHost({
    handlers: core.handlers,
    rendererDir,
    port,
    warnings: core.warnings,
  });
  console.log(`Fanshi web: ${host.url}`);
  for (const message of core.store.warnings) console.error(message);
  const stop = (): void => {
    // The close backup and the lock's release come after the last request has been answered.
    void host
      .close()
      .then(() => core.store.close())
      .catch((e: unknown) => console.error(messageOf(e)))
      .finally(() => void lock.release().finally(() => process.exit(0)));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(`启动失败:${messageOf(e)}`);
  process.exit(1);
});
