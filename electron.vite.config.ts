import { rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { inputsHash, STAMP_FILE } from './electron/cli/build-cache.mjs';
import { CONTENT_SECURITY_POLICY } from './electron/shared/content-security-policy';

/** The page's meta CSP is the hosts' header policy, less frame-ancestors (ignored in a meta). */
const cspMeta: Plugin = {
  name: 'fanshi-csp-meta',
  transformIndexHtml: (html) =>
    html.replace(
      '%CSP%',
      CONTENT_SECURITY_POLICY.split('; ')
        .filter((d) => !d.startsWith('frame-ancestors'))
        .join('; '),
    ),
};

/**
 * The page's only script loads the app (React, antd, their stylesheet) with a dynamic import, so
 * that the home page's requests go out first (renderer/src/state/first-screen.ts). Listing the
 * app's chunks and stylesheet as preloads in the page fetches them from the start all the same,
 * instead of one round trip after the first script has run.
 */
const preloadApp: Plugin = {
  name: 'fanshi-preload-app',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html, ctx) => {
      const { bundle, chunk: entry } = ctx;
      if (!bundle || !entry) return html;
      // The entry and what it imports statically are in the page already.
      const inPage = new Set([entry.fileName, ...entry.imports]);
      const scripts = new Set<string>();
      const styles = new Set<string>();
      const visit = (fileName: string): void => {
        const chunk = bundle[fileName];
        if (chunk?.type !== 'chunk' || inPage.has(fileName) || scripts.has(fileName)) return;
        scripts.add(fileName);
        chunk.viteMetadata?.importedCss.forEach((css) => styles.add(css));
        chunk.imports.forEach(visit);
      };
      entry.dynamicImports.forEach(visit);
      return [
        ...[...scripts].map((href) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${href}` },
          injectTo: 'head' as const,
        })),
        ...[...styles].map((href) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `./${href}` },
          injectTo: 'head' as const,
        })),
      ];
    },
  },
};

/**
 * Records what a build was made from, so `npm run web` and `npm start` build only when the
 * sources changed (electron/cli/build-cache.mjs). The stamp goes as the first of the build's three
 * parts (main) starts, with the inputs hashed as they were then, and comes back once the last
 * (the renderer) is on disk: a failed or interrupted build leaves none.
 */
function buildStamp(): { begin: Plugin; end: Plugin } {
  const file = resolve(__dirname, STAMP_FILE);
  let inputs: Promise<string> | null = null;
  return {
    begin: {
      name: 'fanshi-build-stamp-begin',
      apply: 'build',
      buildStart: async () => {
        await rm(file, { force: true });
        inputs = inputsHash(__dirname);
      },
    },
    end: {
      name: 'fanshi-build-stamp-end',
      apply: 'build',
      writeBundle: async () => {
        if (!inputs) return;
        await writeFile(file, JSON.stringify({ inputs: await inputs, builtAt: new Date() }));
      },
    },
  };
}

const stamp = buildStamp();

/**
 * The module whose code runs before React and antd's have loaded (see renderer/src/state/first-screen.ts).
 * Its chunk takes its imports along, so they must stay small: api.ts, the route, the load states.
 */
const FIRST_SCREEN = /renderer[\\/]src[\\/]state[\\/]first-screen\.ts$/u;

export default defineConfig({
  main: {
    plugins: [stamp.begin],
    build: {
      // lowdb and steno ship only as ES modules; bundling them keeps the CommonJS main loadable.
      externalizeDeps: { exclude: ['lowdb', 'steno'] },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // Imports run in a worker of their own, which loads this file (see ImportRunner).
          'import-worker': resolve(__dirname, 'electron/services/import/import-worker.ts'),
          // The browser host, built beside Electron's main so `npm run web` starts it without tsx.
          web: resolve(__dirname, 'electron/web/index.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require() anything but 'electron': bundle everything as CJS.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), cspMeta, preloadApp, stamp.end],
    build: {
      // electron-vite leaves the renderer unminified: smaller code parses sooner in Electron and
      // reaches the browser sooner from the browser host.
      minify: true,
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: {
        input: resolve(__dirname, 'renderer/index.html'),
        output: { codeSplitting: { groups: [{ name: 'first-screen', test: FIRST_SCREEN }] } },
      },
    },
  },
});
