import * as fsp from 'node:fs/promises';

/**
 * The file operations persistence uses, injectable so tests can fail any single step
 * (ENOSPC at write, EPERM at rename…) on real files.
 */
export interface FileSystem {
  open(path: string, flags: string): Promise<FileHandlePort>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readFile(path: string): Promise<Buffer>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<{ size: number; mtimeMs: number }>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  truncate(path: string, length: number): Promise<void>;
}

export interface FileHandlePort {
  writeFile(data: Buffer | string): Promise<void>;
  read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
  ): Promise<{ bytesRead: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export const nodeFileSystem: FileSystem = {
  open: (path, flags) => fsp.open(path, flags),
  rename: fsp.rename,
  unlink: fsp.unlink,
  readFile: (path) => fsp.readFile(path),
  readdir: (path) => fsp.readdir(path),
  stat: fsp.stat,
  mkdir: fsp.mkdir,
  truncate: fsp.truncate,
};

/** Error codes of a failed file operation that the user can do something about. */
export type DiskProblem = 'disk-full' | 'no-permission' | 'file-locked' | 'io';

export function diskProblemOf(error: unknown): DiskProblem {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'disk-full';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'no-permission';
  if (code === 'EBUSY' || code === 'ETXTBSY') return 'file-locked';
  return 'io';
}
