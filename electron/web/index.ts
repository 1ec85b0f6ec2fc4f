import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { composeApp } from '../main/compose';
import { resolveDataDir } from '../services/paths';
import { startWebHost } from './server';

const root = resolve(__dirname, '../..');

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
  const core = await composeApp({
    dataDir: resolveDataDir(values.data),
    templatesDir: resolve(root, 'templates'),
  });
  const host = await startWebHost({ handlers: core.handlers, rendererDir, port });
  console.log(`Fanshi web: ${host.url}`);
  for (const message of core.store.warnings) console.error(message);
  const stop = (): void => {
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(`启动失败:${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
