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

/**
 * Moves the stylesheet links from the head to the end of the body. In the head they hold back the
 * first paint (the header index.html draws before any script) until antd's stylesheet has loaded
 * and been parsed; at the end of the body they still hold back the app's module script, which
 * runs only once they have loaded, so nothing is ever drawn without its styles.
 */
const stylesAfterContent: Plugin = {
  name: 'fanshi-styles-after-content',
  transformIndexHtml: {
    order: 'post',
    handler: (html) => {
      const links = html.match(/<link rel="stylesheet"[^>]*>/gu) ?? [];
      const rest = links.reduce((page, link) => page.replace(link, ''), html);
      return rest.replace('</body>', `${links.join('')}</body>`);
    },
  },
};

/** Modules whose code runs before React and antd's: what first-screen.ts needs, and nothing else. */
const FIRST_SCREEN = /renderer[\\/]src[\\/](api|state[\\/](first-screen|loaded|route))\.ts$/u;

export default defineConfig({
  main: {
    build: {
      // lowdb and steno ship only as ES modules; bundling them keeps the CommonJS main loadable.
      externalizeDeps: { exclude: ['lowdb', 'steno'] },
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
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
    plugins: [react(), cspMeta, stylesAfterContent],
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
