import { paperSizeFor, type PaperSize } from '@shared/format/paper-size';
import { saveThroughDialog } from './export-folder';
import type { DomainHandlers } from './ipc/handlers';
import { PersistenceError } from './persistence/persistence-error';
import type { FileDialogs } from './persistence-handlers';

export interface PictureFileDeps {
  dialogs: FileDialogs;
  dataFolder: string;
  /** Prints the app's page to PDF bytes (Electron's webContents.printToPDF). */
  printToPdf: (options: { pageSize: PaperSize }) => Promise<Uint8Array>;
  /** Where the user is ("DE", "US"): decides the paper (Letter only where it is the norm). */
  getCountry: () => string;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * A whole, well-formed PNG: the signature, IHDR first with a non-zero size, every chunk
 * inside the file with a matching CRC, at least one IDAT, and IEND as the very end. Anything
 * else (a script with a PNG header, a cut-off file, bytes after IEND) is not written.
 */
export function isPng(bytes: Uint8Array): boolean {
  if (bytes.length < 33 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  let index = 0;
  let sawData = false;
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const end = offset + 12 + length;
    if (length > 0x7fffffff || end > bytes.length) return false;
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (!/^[A-Za-z]{4}$/.test(type)) return false;
    if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== view.getUint32(end - 4)) {
      return false;
    }
    if (index === 0) {
      if (type !== 'IHDR' || length !== 13) return false;
      if (view.getUint32(offset + 8) === 0 || view.getUint32(offset + 12) === 0) return false;
    }
    if (type === 'IDAT') sawData = true;
    if (type === 'IEND') return sawData && length === 0 && end === bytes.length;
    offset = end;
    index += 1;
  }
  return false;
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
      saveThroughDialog(deps, suggestedName, { name: 'PDF', extensions: ['pdf'] }, () =>
        deps.printToPdf({ pageSize: paperSizeFor(deps.getCountry()) }),
      ),
  };
}
