import {
  nodeFileSystem,
  type FileHandlePort,
  type FileSystem,
} from '../../../../../electron/services/persistence/file-system';

export type Step = 'open' | 'writeFile' | 'sync' | 'close' | 'rename' | 'unlink' | 'truncate';

export function fsError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

/**
 * The real file system with one step failing: `fail(step, code, times)` makes the next
 * `times` calls of that step throw, the way a full disk or a locked file would.
 */
export function faultyFileSystem() {
  const faults = new Map<Step, { code: string; times: number; when?: (path: string) => boolean }>();
  const calls: Array<[Step, string]> = [];
  const maybeFail = (step: Step, path: string) => {
    calls.push([step, path]);
    const fault = faults.get(step);
    if (fault && fault.times > 0 && (!fault.when || fault.when(path))) {
      fault.times -= 1;
      throw fsError(fault.code);
    }
  };
  const wrapHandle = (handle: FileHandlePort, path: string): FileHandlePort => ({
    writeFile: async (data) => {
      maybeFail('writeFile', path);
      await handle.writeFile(data);
    },
    read: (buffer, offset, length, position) => handle.read(buffer, offset, length, position),
    sync: async () => {
      maybeFail('sync', path);
      await handle.sync();
    },
    close: async () => {
      await handle.close();
      maybeFail('close', path);
    },
  });
  const fs: FileSystem = {
    ...nodeFileSystem,
    open: async (path, flags) => {
      maybeFail('open', path);
      return wrapHandle(await nodeFileSystem.open(path, flags), path);
    },
    rename: async (from, to) => {
      maybeFail('rename', from);
      await nodeFileSystem.rename(from, to);
    },
    unlink: async (path) => {
      maybeFail('unlink', path);
      await nodeFileSystem.unlink(path);
    },
    truncate: async (path, length) => {
      maybeFail('truncate', path);
      await nodeFileSystem.truncate(path, length);
    },
  };
  return {
    fs,
    calls,
    fail: (step: Step, code: string, times = 1, when?: (path: string) => boolean) =>
      faults.set(step, { code, times, when }),
    clear: () => faults.clear(),
  };
}
