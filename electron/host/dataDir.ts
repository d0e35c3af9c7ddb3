/** The per-user app data folder, as Electron's userData would be, for hosts without Electron. */
import os from 'node:os';
import path from 'node:path';

export function defaultDataDir(appName = 'Coordina'): string {
  const home = os.homedir();
  if (process.platform === 'win32') {
    return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), appName);
  }
  if (process.platform === 'darwin') {
    return path.join(home, 'Library', 'Application Support', appName);
  }
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), appName);
}
