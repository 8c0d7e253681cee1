// Reads a chosen or dropped statement file for previewStatement / commitStatement: its bytes as
// base64 (the contract's form), refusing an oversized file before reading it.
import { MAX_STATEMENT_FILE_BYTES } from '../../../src-shared/contract';

export interface StatementFile {
  fileName: string;
  contentBase64: string;
  size: number;
}

export type StatementFileRead = { ok: true; file: StatementFile } | { ok: false; message: string };

export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(out);
}

async function bytesOf(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return new Uint8Array(await file.arrayBuffer());
  // jsdom's File has no arrayBuffer in some versions: FileReader always works.
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error ?? new Error('read failed'));
    r.readAsArrayBuffer(file);
  });
}

export async function readStatementFile(file: File): Promise<StatementFileRead> {
  const mb = MAX_STATEMENT_FILE_BYTES / 1024 / 1024;
  if (file.size > MAX_STATEMENT_FILE_BYTES)
    return {
      ok: false,
      message: `${file.name} is larger than ${mb} MB; split the statement or use the CLI (import-statement)`,
    };
  if (file.size === 0) return { ok: false, message: `${file.name} is empty` };
  try {
    const bytes = await bytesOf(file);
    return {
      ok: true,
      file: { fileName: file.name, contentBase64: bytesToBase64(bytes), size: bytes.length },
    };
  } catch (e) {
    return { ok: false, message: `Cannot read ${file.name}: ${e instanceof Error ? e.message : String(e)}` };
  }
}
