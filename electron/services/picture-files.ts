import { saveThroughDialog } from './export-folder';
import type { DomainHandlers } from './ipc/handlers';
import { PersistenceError } from './persistence/persistence-error';
import type { FileDialogs } from './persistence-handlers';

export interface PictureFileDeps {
  dialogs: FileDialogs;
  dataFolder: string;
  /** Prints the app's page to PDF bytes (Electron's webContents.printToPDF). */
  printToPdf: () => Promise<Uint8Array>;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A PNG: the signature, then the IHDR chunk with a non-zero width and height. */
export function isPng(bytes: Uint8Array): boolean {
  if (bytes.length < 33 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ihdr = String.fromCharCode(...bytes.subarray(12, 16));
  return ihdr === 'IHDR' && view.getUint32(16) > 0 && view.getUint32(20) > 0;
}

/** Saves a chart the renderer drew as PNG, and prints the page to PDF, through save dialogs. */
export function createPictureHandlers(
  deps: PictureFileDeps,
): DomainHandlers<'picture:save-png' | 'picture:print-pdf'> {
  return {
    'picture:save-png': async ({ suggestedName, png }) => {
      const bytes = Buffer.from(png, 'base64');
      if (!isPng(bytes)) {
        throw new PersistenceError('invalid-request', 'The picture is not a PNG image.');
      }
      return saveThroughDialog(
        deps,
        suggestedName,
        { name: 'PNG', extensions: ['png'] },
        async () => bytes,
      );
    },
    'picture:print-pdf': ({ suggestedName }) =>
      saveThroughDialog(deps, suggestedName, { name: 'PDF', extensions: ['pdf'] }, deps.printToPdf),
  };
}
