/**
 * Electron wiring, written against the few Electron APIs it uses so that a test can run it
 * with fakes (the Electron binary cannot run on CI machines). Lifecycle: single-instance
 * lock → security guards → the core in its utility process → IPC relay → one secure window.
 */
import { APP_SCHEME_PRIVILEGES, appProtocolHandler } from './appProtocol';
import { startCoreClient, type CoreClient, type UtilityProcessLike } from './coreClient';
import { handleDownloads, type DownloadSessionLike } from './downloads';
import { EVENT_CHANNEL, registerIpcHandlers, type IpcMainLike } from './ipc';
import {
  APP_ORIGIN,
  APP_SCHEME,
  denyAllPermissions,
  guardWebContents,
  isAppUrl,
  secureWebPreferences,
  type GuardableWebContents,
} from './security';

export interface WindowLike {
  webContents: { send(channel: string, payload: unknown): void };
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
  show(): void;
  once(event: 'ready-to-show', listener: () => void): unknown;
  loadURL(url: string): Promise<unknown>;
}

export interface WindowOptions {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  show: boolean;
  title: string;
  webPreferences: ReturnType<typeof secureWebPreferences>;
}

export interface ElectronLike {
  app: {
    readonly isPackaged: boolean;
    requestSingleInstanceLock(): boolean;
    quit(): void;
    enableSandbox(): void;
    whenReady(): Promise<unknown>;
    getPath(name: 'userData' | 'documents'): string;
    on(
      event: 'web-contents-created',
      listener: (event: unknown, contents: GuardableWebContents) => void,
    ): unknown;
    on(event: 'second-instance' | 'window-all-closed', listener: () => void): unknown;
    on(event: 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  };
  BrowserWindow: new (options: WindowOptions) => WindowLike;
  ipcMain: IpcMainLike;
  session: { defaultSession: Parameters<typeof denyAllPermissions>[0] & DownloadSessionLike };
  protocol: {
    registerSchemesAsPrivileged(schemes: (typeof APP_SCHEME_PRIVILEGES)[]): void;
    handle(scheme: string, handler: (request: Request) => Response): void;
  };
  shell: { openExternal(url: string): Promise<void>; showItemInFolder(fullPath: string): void };
  utilityProcess: {
    fork(
      modulePath: string,
      args: string[],
      options: { serviceName: string; stdio: 'inherit' },
    ): UtilityProcessLike;
  };
  dialog: {
    showOpenDialog(options: {
      title?: string;
      properties: ('openDirectory' | 'createDirectory')[];
    }): Promise<{ canceled: boolean; filePaths: string[] }>;
  };
}

export interface AppPaths {
  preloadPath: string;
  rendererDir: string;
  /** out/main/coreProcess.js: the core runs in an Electron utility process. */
  coreScript: string;
  /** out/main/exportWorker.js: Word documents build on a worker thread. */
  exportWorkerScript?: string;
  devServerUrl?: string;
}

export interface RunningApp {
  core: CoreClient;
  window: WindowLike;
}

/** Returns null when another instance already runs (this one quits). */
export function startApp(electron: ElectronLike, given: AppPaths): Promise<RunningApp> | null {
  const { app } = electron;
  // Only a development run may load the renderer from the dev server: a packaged app never
  // loads, nor trusts for IPC, a URL taken from the environment.
  const paths = app.isPackaged ? { ...given, devServerUrl: undefined } : given;
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  app.enableSandbox();
  electron.protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, {
      devServerUrl: paths.devServerUrl,
      openExternal: (url) => electron.shell.openExternal(url),
    }),
  );

  let running: RunningApp | null = null;
  let disposed = false;
  app.on('second-instance', () => {
    if (!running) return;
    if (running.window.isMinimized()) running.window.restore();
    running.window.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (disposed || !running) return;
    event.preventDefault();
    void running.core.dispose().finally(() => {
      disposed = true;
      app.quit();
    });
  });

  return app.whenReady().then(() => {
    denyAllPermissions(electron.session.defaultSession);
    handleDownloads(electron.session.defaultSession, app.getPath('documents'), (p) =>
      electron.shell.showItemInFolder(p),
    );
    electron.protocol.handle(APP_SCHEME, appProtocolHandler(paths.rendererDir));
    const core = startCoreClient(
      () =>
        electron.utilityProcess.fork(paths.coreScript, [], {
          serviceName: 'Coordina core',
          stdio: 'inherit',
        }),
      { dataDir: app.getPath('userData'), exportWorkerScript: paths.exportWorkerScript },
      {
        pickFolder: async (title) => {
          const picked = await electron.dialog.showOpenDialog({
            title,
            properties: ['openDirectory', 'createDirectory'],
          });
          return picked.canceled ? null : (picked.filePaths[0] ?? null);
        },
      },
    );
    registerIpcHandlers(electron.ipcMain, core, (url) => isAppUrl(url, paths.devServerUrl));
    const window = new electron.BrowserWindow({
      width: 1280,
      height: 820,
      minWidth: 900,
      minHeight: 600,
      show: false,
      title: 'Coordina',
      webPreferences: secureWebPreferences(paths.preloadPath),
    });
    core.subscribe((event, payload) => window.webContents.send(EVENT_CHANNEL, { event, payload }));
    window.once('ready-to-show', () => window.show());
    void window.loadURL(paths.devServerUrl ?? `${APP_ORIGIN}/index.html`);
    running = { core, window };
    return running;
  });
}
