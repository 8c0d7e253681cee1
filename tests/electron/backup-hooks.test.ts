import { describe, expect, it } from 'vitest';
import { backupHooksFrom } from '../../src-main/electron/backup-hooks';
import { loadBackupHooks } from '../../src-main/electron/backup-module';

describe('backup hooks', () => {
  it('the backup module provides export, import, restore and the backup folder', () => {
    const hooks = loadBackupHooks();
    for (const key of ['exportEvents', 'importEvents', 'restoreFile', 'backupDir'] as const) {
      expect(typeof hooks[key], key).toBe('function');
    }
  });

  it('picks only functions from an arbitrary module object', () => {
    const f = async () => undefined;
    expect(backupHooksFrom({ exportEvents: f, importEvents: 'nope', other: f })).toEqual({ exportEvents: f });
    expect(backupHooksFrom(null)).toEqual({});
  });
});
