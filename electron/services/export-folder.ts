import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './persistence/atomic-write';
import { nodeFileSystem } from './persistence/file-system';

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
