// The Electron entry point: single instance, app:// protocol, security guards, open the ledger
// (with a recovery dialog when it cannot be opened), window, IPC and menu.
import { existsSync } from 'node:fs';
import { app, dialog, ipcMain, nativeTheme, session, shell } from 'electron';
import { openLedger } from './ledger';
import { loadBackupHooks } from './electron/backup-module';
import { registerLedgerIpc } from './electron/ipc';
import { choiceForButton, FAILURE_BUTTONS, openWithRecovery } from './electron/open-failure';
import { setNativeBinding } from './eventstore/sqlite/open-database';
import {
  defaultLedgerPath,
  devUserDataPath,
  ledgerPathFromArgv,
  rebuildWorkerPath,
  rendererRoot,
  resolveNativeBinding,
  windowIconPath,
} from './electron/paths';
import { installQuitGuard } from './electron/quit-guard';
import { handleAppProtocol, registerAppScheme } from './electron/protocol';
import { blockRemoteRequests, denyAllPermissions, installWebContentsGuards } from './electron/security';
import { createSettingsStore, loadSettings, settingsPath } from './electron/settings';
import { LedgerShell } from './electron/shell';
import { setupSingleInstance } from './electron/single-instance';
import { backgroundFor } from './electron/window';

const mainOutDir = import.meta.dirname;
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const isDev = !app.isPackaged;

// First of all: which better-sqlite3 binary this process loads. Packaged, LEDGER_NATIVE_BINDING
// is ignored and removed from the environment; the answer reaches every connection of this
// thread (setNativeBinding) and every worker (workerData), never through process.env.
const nativeBinding = resolveNativeBinding({
  isPackaged: app.isPackaged,
  appPath: app.getAppPath(),
  env: process.env,
});
setNativeBinding(nativeBinding);

// An unpackaged run keeps its own userData (settings, default ledger, single-instance lock), so
// `npm start` never shares them with the installed app. Must happen before the lock is taken.
const devUserData = devUserDataPath({
  isPackaged: app.isPackaged,
  appDataDir: app.getPath('appData'),
  argv: process.argv,
});
if (devUserData) app.setPath('userData', devUserData);

// Both must happen before `ready`: sandbox every renderer, and make app:// a privileged scheme.
app.enableSandbox();
registerAppScheme();

let shellRef: LedgerShell | null = null;
// A file handed over before the shell exists (macOS open-file, or a second launch during startup).
let pendingFile: string | null = ledgerPathFromArgv(process.argv, process.cwd());

const openFile = (path: string) => {
  if (shellRef?.ledger) void shellRef.switchTo(path, false);
  else pendingFile = path;
};

if (!setupSingleInstance(app, { focusWindow: () => shellRef?.focus(), openLedgerFile: openFile })) {
  // Another instance has the lock and received our argv; app.quit() is already under way.
} else {
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFile(path);
  });
  installWebContentsGuards(app, shell, devServerUrl);
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // Never a silent exit or a blank window: say what failed.
      console.error('Ledger failed to start', error);
      dialog.showErrorBox('Ledger could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}

async function start(): Promise<void> {
  const userDataDir = app.getPath('userData');
  const settings = createSettingsStore(
    settingsPath(userDataDir),
    await loadSettings(settingsPath(userDataDir)),
  );
  nativeTheme.themeSource = settings.get().theme;

  denyAllPermissions(session.defaultSession);
  blockRemoteRequests(session.defaultSession, devServerUrl);
  handleAppProtocol(session.defaultSession, rendererRoot(mainOutDir));

  const iconPath = windowIconPath({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    mainOutDir,
  });
  const shellInstance = new LedgerShell({
    appName: 'Ledger',
    appVersion: app.getVersion(),
    isDev,
    ...(devServerUrl ? { devServerUrl } : {}),
    userDataDir,
    mainOutDir,
    openLedger,
    ledgerOptions: {
      appVersion: app.getVersion(),
      rebuildWorkerPath: rebuildWorkerPath(mainOutDir),
      // The desktop app runs the automatic backup schedule; the CLI and tests do not.
      autoBackup: true,
      // And the background full verification, when the last one is older than a day.
      autoVerify: true,
      // Explicit, for the rebuild worker's workerData (the backup-verify worker reads the thread's).
      ...(nativeBinding ? { nativeBinding } : {}),
    },
    backup: loadBackupHooks(),
    settings,
    ...(iconPath ? { iconPath } : {}),
  });
  shellRef = shellInstance;

  registerLedgerIpc({
    ipcMain,
    getWindow: () => shellInstance.window,
    getLedger: () => shellInstance.ledger,
    ...(devServerUrl ? { devServerUrl } : {}),
    onResult: (name, result) => shellInstance.observeResult(name, result),
  });

  // Which file: one named on the command line, else the last one (if it is still there), else
  // the default file in userData — the only one created when missing.
  const fallback = defaultLedgerPath(userDataDir);
  const last = settings.get().lastLedgerPath;
  const first = pendingFile ?? (last && existsSync(last) ? last : fallback);
  pendingFile = null;

  const opened = await openWithRecovery(first, {
    open: (path) => shellInstance.open(path, path === fallback),
    ask: async (m) => {
      const { response } = await shellInstance.message({
        type: 'error',
        title: m.title,
        message: m.message,
        detail: m.detail,
        buttons: [...FAILURE_BUTTONS],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
      });
      return choiceForButton(response);
    },
    pickLedger: () => shellInstance.pickLedgerFile(),
    restoreInto: (path) => shellInstance.restoreInto(path),
    log: (message, error) => console.error(message, error),
  });
  if (!opened) {
    app.quit();
    return;
  }

  shellInstance.attach(opened.ledger);
  shellInstance.createWindow();
  shellInstance.refreshMenu();
  // A file that arrived while the startup dialogs were open.
  const waiting = pendingFile as string | null;
  if (waiting) void shellInstance.switchTo(waiting, false);

  nativeTheme.on('updated', () => {
    shellInstance.window?.setBackgroundColor(backgroundFor(nativeTheme.shouldUseDarkColors));
  });

  app.on('activate', () => {
    if (!shellInstance.window) shellInstance.createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Hold Quit until the ledger is closed and the on-quit backup (if anything changed) is written
  // and verified; a repeated Quit meanwhile waits too (up to a hard timeout).
  installQuitGuard(app, {
    beforeEachQuit: () => {
      shellInstance.rememberBounds();
      settings.flushSync();
    },
    hasWork: () => shellInstance.ledger !== null,
    close: () => shellInstance.closeLedger({ backupOnQuit: true }),
    showFinishing: (message) => shellInstance.showFinishing(message),
  });
}
