/**
 * Electron main-process wiring, run with fake Electron APIs (the binary cannot run here):
 * secure window, every channel handled, foreign senders refused, permissions denied,
 * navigation and window.open blocked, single-instance lock honoured.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type ElectronLike, type WindowOptions } from '../../electron/main/app';
import type { DownloadItemLike } from '../../electron/main/downloads';
import { CHANNEL_NAMES } from '../../shared/contract';
import { FakeUtilityProcess } from '../fixtures/fakeUtilityProcess';
import { makeTempDir, removeDir } from '../fixtures/tempDir';

type Listener = (...args: unknown[]) => unknown;

function fakeElectron(options: { gotLock?: boolean; isPackaged?: boolean; picked?: string } = {}) {
  const dataDir = makeTempDir('coordina-main-');
  const appListeners = new Map<string, Listener[]>();
  const handlers = new Map<string, Listener>();
  const windows: { options: WindowOptions; loaded: string[]; sent: unknown[] }[] = [];
  const external: string[] = [];
  let permissionRequest: Listener | null = null;
  let permissionCheck: Listener | null = null;
  const privileged: unknown[] = [];
  const protocols: string[] = [];
  let quitCalls = 0;
  let willDownload: ((event: unknown, item: DownloadItemLike) => void) | null = null;
  const shown: string[] = [];
  const dialogs: unknown[] = [];
  let sandboxEnabled = false;
  const forks: { modulePath: string; serviceName: string; process: FakeUtilityProcess }[] = [];

  class FakeWindow {
    readonly record: { options: WindowOptions; loaded: string[]; sent: unknown[] };
    webContents = {
      send: (channel: string, payload: unknown) => this.record.sent.push({ channel, payload }),
    };
    constructor(opts: WindowOptions) {
      this.record = { options: opts, loaded: [], sent: [] };
      windows.push(this.record);
    }
    isMinimized = () => false;
    restore = () => undefined;
    focus = () => undefined;
    show = () => undefined;
    once = () => undefined;
    loadURL = (url: string) => {
      this.record.loaded.push(url);
      return Promise.resolve();
    };
  }

  const electron: ElectronLike = {
    app: {
      isPackaged: options.isPackaged ?? false,
      requestSingleInstanceLock: () => options.gotLock ?? true,
      quit: () => void quitCalls++,
      enableSandbox: () => void (sandboxEnabled = true),
      whenReady: () => Promise.resolve(),
      getPath: (name: string) => (name === 'documents' ? '/home/user/Documents' : dataDir),
      on: (event: string, listener: Listener) => {
        appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
        return undefined;
      },
    } as ElectronLike['app'],
    BrowserWindow: FakeWindow,
    ipcMain: { handle: (channel, listener) => void handlers.set(channel, listener as Listener) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h) => void (permissionRequest = h as Listener),
        setPermissionCheckHandler: (h) => void (permissionCheck = h as Listener),
        on: (_event, listener) => void (willDownload = listener),
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (s) => void privileged.push(...s),
      handle: (scheme) => void protocols.push(scheme),
    },
    utilityProcess: {
      fork: (modulePath, _args, forkOptions) => {
        const process = new FakeUtilityProcess();
        forks.push({ modulePath, serviceName: forkOptions.serviceName, process });
        return process;
      },
    },
    dialog: {
      showOpenDialog: (opts) => {
        dialogs.push(opts);
        return Promise.resolve(
          options.picked
            ? { canceled: false, filePaths: [options.picked] }
            : { canceled: true, filePaths: [] },
        );
      },
    },
    shell: {
      openExternal: (url) => Promise.resolve(void external.push(url)),
      showItemInFolder: (p) => void shown.push(p),
    },
  };
  return {
    electron,
    dataDir,
    appListeners,
    handlers,
    windows,
    external,
    privileged,
    protocols,
    permission: () => ({ request: permissionRequest, check: permissionCheck }),
    quitCalls: () => quitCalls,
    willDownload: () => willDownload,
    dialogs,
    shown,
    sandboxEnabled: () => sandboxEnabled,
    forks,
  };
}

const PATHS = {
  preloadPath: '/app/out/preload/index.cjs',
  rendererDir: '/app/out/renderer',
  coreScript: '/app/out/main/coreProcess.js',
};
let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup) await c();
  cleanup = [];
});

async function boot(
  fake = fakeElectron(),
  paths: typeof PATHS & { devServerUrl?: string } = PATHS,
) {
  const running = await startApp(fake.electron, paths);
  if (!running) throw new Error('app did not start');
  cleanup.push(async () => {
    await running.core.dispose();
    removeDir(fake.dataDir);
  });
  return { fake, running };
}

describe('Electron main wiring', () => {
  it('lends the core a native folder picker (Settings → Backups → Choose…)', async () => {
    const fake = fakeElectron({ picked: '/home/user/Backups' });
    const { running } = await boot(fake);
    expect(await running.core.dispatch('host:capabilities', {})).toEqual({
      ok: true,
      result: { pickFolder: true },
    });
    expect(await running.core.dispatch('host:pickFolder', { title: 'Backup folder' })).toEqual({
      ok: true,
      result: { path: '/home/user/Backups' },
    });
    expect(fake.dialogs).toEqual([
      { title: 'Backup folder', properties: ['openDirectory', 'createDirectory'] },
    ]);
    const cancelled = await boot(fakeElectron());
    expect(await cancelled.running.core.dispatch('host:pickFolder', {})).toEqual({
      ok: true,
      result: { path: null },
    });
  });

  it('saves exported documents through a Save dialog in Documents, then shows the file', async () => {
    const { fake } = await boot();
    let dialog: { title?: string; defaultPath?: string } = {};
    let done: ((e: unknown, state: 'completed' | 'cancelled' | 'interrupted') => void) | null =
      null;
    const item = (name: string, savedTo: string): DownloadItemLike => ({
      getFilename: () => name,
      getSavePath: () => savedTo,
      setSaveDialogOptions: (o) => void (dialog = o),
      once: (_event, listener) => void (done = listener),
    });
    fake.willDownload()!({}, item('Minutes-TF-12.docx', '/home/user/Documents/Minutes-TF-12.docx'));
    expect(dialog.defaultPath).toBe('/home/user/Documents/Minutes-TF-12.docx');
    done!({}, 'completed');
    expect(fake.shown).toEqual(['/home/user/Documents/Minutes-TF-12.docx']);
    fake.willDownload()!({}, item('../../etc/x.docx', ''));
    expect(dialog.defaultPath).toBe('/home/user/Documents/x.docx');
    done!({}, 'cancelled');
    expect(fake.shown).toHaveLength(1);
  });

  it('creates the window with the secure webPreferences and loads the app protocol', async () => {
    const { fake } = await boot();
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]!.options.webPreferences).toMatchObject({
      preload: PATHS.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(fake.windows[0]!.loaded).toEqual(['app://coordina/index.html']);
    expect(fake.sandboxEnabled()).toBe(true);
    expect(fake.protocols).toEqual(['app']);
    expect(fake.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('registers a handler for every contract channel and refuses foreign senders', async () => {
    const { fake } = await boot();
    expect([...fake.handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    const status = fake.handlers.get('workspace:status')!;
    expect(await status({ senderFrame: { url: 'app://coordina/index.html#/' } }, {})).toEqual({
      ok: true,
      result: { state: 'closed' },
    });
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html']) {
      expect(await status({ senderFrame: { url } }, {})).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    expect(await status({ senderFrame: null }, {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const invalid = await fake.handlers.get('workspace:open')!(
      { senderFrame: { url: 'app://coordina/' } },
      { path: 5 },
    );
    expect(invalid).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('denies every permission request and check', async () => {
    const { fake } = await boot();
    const granted: boolean[] = [];
    fake.permission().request!({}, 'media', (g: boolean) => granted.push(g));
    fake.permission().request!({}, 'notifications', (g: boolean) => granted.push(g));
    expect(granted).toEqual([false, false]);
    expect(fake.permission().check!()).toBe(false);
  });

  it('blocks navigation away and window.open, opening only allow-listed https links externally', async () => {
    const { fake } = await boot();
    const contentsListeners = new Map<string, Listener>();
    let openHandler: Listener | null = null;
    const contents = {
      on: (event: string, listener: Listener) => contentsListeners.set(event, listener),
      setWindowOpenHandler: (h: Listener) => void (openHandler = h),
    };
    fake.appListeners.get('web-contents-created')![0]!({}, contents);
    const prevented: string[] = [];
    const navigate = (url: string) =>
      contentsListeners.get('will-navigate')!({ preventDefault: () => prevented.push(url) }, url);
    navigate('https://evil.example/');
    navigate('file:///etc/passwd');
    navigate('app://coordina/index.html#/settings');
    expect(prevented).toEqual(['https://evil.example/', 'file:///etc/passwd']);
    expect(openHandler!({ url: 'https://www.unodc.org/unodc/en/human-trafficking/' })).toEqual({
      action: 'deny',
    });
    expect(openHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'http://www.unodc.org/' })).toEqual({ action: 'deny' });
    expect(fake.external).toEqual(['https://www.unodc.org/unodc/en/human-trafficking/']);
    let webviewBlocked = false;
    contentsListeners.get('will-attach-webview')!({
      preventDefault: () => (webviewBlocked = true),
    });
    expect(webviewBlocked).toBe(true);
  });

  it('forwards core events to the window', async () => {
    const { fake } = await boot();
    await fake.handlers.get('workspace:close')!({ senderFrame: { url: 'app://coordina/' } }, {});
    await fake.handlers.get('workspace:create')!(
      { senderFrame: { url: 'app://coordina/' } },
      {
        path: 'evt',
        passphrase: 'amber-lantern-orchid-vessel-42',
        passphraseConfirm: 'amber-lantern-orchid-vessel-42',
        settings: { taskForceName: 'Events' },
      },
    );
    expect(fake.windows[0]!.sent).toContainEqual({
      channel: 'coordina:event',
      payload: { event: 'workspace:changed', payload: expect.objectContaining({ state: 'open' }) },
    });
  });

  it('loads and trusts a dev server only in development, never in a packaged app', async () => {
    const devServerUrl = 'http://localhost:5173/';
    const dev = await boot(fakeElectron({ isPackaged: false }), { ...PATHS, devServerUrl });
    expect(dev.fake.windows[0]!.loaded).toEqual([devServerUrl]);
    const devStatus = dev.fake.handlers.get('workspace:status')!;
    expect(await devStatus({ senderFrame: { url: devServerUrl } }, {})).toMatchObject({ ok: true });

    const packaged = await boot(fakeElectron({ isPackaged: true }), {
      ...PATHS,
      devServerUrl: 'https://evil.example/',
    });
    expect(packaged.fake.windows[0]!.loaded).toEqual(['app://coordina/index.html']);
    const status = packaged.fake.handlers.get('workspace:status')!;
    expect(await status({ senderFrame: { url: 'https://evil.example/' } }, {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('quits without a window when another instance holds the lock', () => {
    const fake = fakeElectron({ gotLock: false });
    expect(startApp(fake.electron, PATHS)).toBeNull();
    expect(fake.quitCalls()).toBe(1);
    expect(fake.windows).toHaveLength(0);
    removeDir(fake.dataDir);
  });
});
