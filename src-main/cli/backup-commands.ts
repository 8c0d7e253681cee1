// PLACEHOLDER (the backup engineer fills this): backup, backups, restore, export, import.
import type { CliCommand } from './types';

export const backupCommands: CliCommand[] = [];
