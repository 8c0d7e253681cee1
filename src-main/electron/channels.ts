// IPC channel names, derived from the contract's method and push names (never listed twice).
// Shared by the main-process wrapper and the preload.
import type { MethodName, PushName } from '../../src-shared/contract';

export const invokeChannel = (name: MethodName) => `ledger:${name}`;
export const pushChannel = (name: PushName) => `ledger:push:${name}`;
