import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/main/security';

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

export default defineConfig({
  main: {
    build: {
      // lowdb and steno ship only as ES modules; bundling them keeps the CommonJS main loadable.
      externalizeDeps: { exclude: ['lowdb', 'steno'] },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // Imports run in a worker of their own, which loads this file (see ImportRunner).
          'import-worker': resolve(__dirname, 'electron/services/import/import-worker.ts'),
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
    plugins: [react(), cspMeta],
    build: {
      // electron-vite leaves the renderer unminified: smaller code parses sooner in Electron and
      // reaches the browser sooner from the browser host.
      minify: true,
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
