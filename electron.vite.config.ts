/**
 * Builds the three Electron bundles (main, preload, renderer) and, beside main, the core's
 * utility process (out/main/coreProcess.js), the export worker and the browser host
 * (out/main/host.js), which runs the same core under plain Node without Electron.
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          host: resolve(__dirname, 'electron/host/cli.ts'),
          exportWorker: resolve(__dirname, 'electron/core/exports/exportWorker.ts'),
          coreProcess: resolve(__dirname, 'electron/core/process/coreProcess.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
