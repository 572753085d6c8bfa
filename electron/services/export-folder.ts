import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './persistence/atomic-write';
import { nodeFileSystem } from './persistence/file-system';
import { fromDiskError } from './persistence/persistence-error';
import type { FileDialogs, FileFilter } from './persistence-handlers';

const MEMORY_FILE = 'csv-exports.json';

/** The folder the last export (CSV, picture, PDF) went to, if it is remembered. */
export async function rememberedFolder(dataFolder: string): Promise<string | null> {
  try {
    const value = JSON.parse(await readFile(path.join(dataFolder, MEMORY_FILE), 'utf8')) as unknown;
    const folder = (value as { lastFolder?: unknown } | null)?.lastFolder;
    return typeof folder === 'string' && path.isAbsolute(folder) ? folder : null;
  } catch {
    return null;
  }
}

/** Remembers an export's folder; failing to is no reason to fail the export. */
export async function rememberFolder(dataFolder: string, file: string): Promise<void> {
  await writeFileAtomic(
    nodeFileSystem,
    path.join(dataFolder, MEMORY_FILE),
    JSON.stringify({ lastFolder: path.dirname(file) }),
  ).catch(() => undefined);
}

/** Where the save dialog opens: the last export's folder with the suggested name. */
export async function suggestedPath(dataFolder: string, suggestedName: string): Promise<string> {
  const folder = await rememberedFolder(dataFolder);
  return folder ? path.join(folder, suggestedName) : suggestedName;
}

/**
 * Asks where to save (opening in the last export folder), produces the bytes only then,
 * writes them atomically and remembers the folder. The renderer never names the path.
 */
export async function saveThroughDialog(
  deps: { dialogs: FileDialogs; dataFolder: string },
  suggestedName: string,
  filter: FileFilter,
  bytes: () => Promise<Uint8Array>,
): Promise<{ saved: boolean; fileName: string | null }> {
  const file = await deps.dialogs.chooseSaveFile(
    await suggestedPath(deps.dataFolder, suggestedName),
    filter,
  );
  if (!file) return { saved: false, fileName: null };
  const content = Buffer.from(await bytes());
  try {
    await writeFileAtomic(nodeFileSystem, file, content);
  } catch (error) {
    throw fromDiskError(error, `Could not write ${path.basename(file)}`);
  }
  await rememberFolder(deps.dataFolder, file);
  return { saved: true, fileName: path.basename(file) };
}
