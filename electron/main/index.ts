/** Electron entry point: hands the real Electron APIs to the testable wiring in app.ts. */
import path from 'node:path';
import * as electron from 'electron';
import { startApp } from './app';

void startApp(electron, {
  preloadPath: path.join(__dirname, '../preload/index.cjs'),
  rendererDir: path.join(__dirname, '../renderer'),
  coreScript: path.join(__dirname, 'coreProcess.js'),
  exportWorkerScript: path.join(__dirname, 'exportWorker.js'),
  devServerUrl: process.env.ELECTRON_RENDERER_URL,
});
