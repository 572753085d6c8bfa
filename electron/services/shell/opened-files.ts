import path from 'node:path';

/**
 * The workspace file named on a command line (double-click in the file manager, or a second
 * start forwarded to the running app), resolved against the folder it was started in.
 */
export function workspaceFileFromArgv(argv: readonly string[], cwd: string): string | null {
  const file = [...argv].reverse().find((arg) => !arg.startsWith('-') && /\.stplan$/i.test(arg));
  return file ? path.resolve(cwd, file) : null;
}

/** Holds the file the OS asked the app to open until the renderer is ready to take it. */
export class OpenedFiles {
  private pending: string | null = null;

  offer(file: string | null): boolean {
    if (!file) return false;
    this.pending = file;
    return true;
  }

  take(): string | null {
    const file = this.pending;
    this.pending = null;
    return file;
  }
}
