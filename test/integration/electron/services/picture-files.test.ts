import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createPictureHandlers, isPng } from '../../../../electron/services/picture-files';
import { paperSizeFor } from '@shared/format/paper-size';
import { invokeContract } from '@shared/ipc/contract';
import { tempDir } from '../../../helpers/temp-dirs';

/** A real 2 × 1 PNG, built by hand: signature, IHDR, IDAT, IEND. */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const pixels = deflateSync(Buffer.from([0, 31, 111, 139, 255, 255, 255]));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function setup(
  answer: (defaultPath: string) => string | null,
  pdf = Buffer.from('%PDF-1.4\n'),
  country = 'DE',
) {
  const dataFolder = tempDir('stp-pic-data-');
  const asked: Array<{ path: string; extensions: string[] }> = [];
  const papers: string[] = [];
  let printed = 0;
  const handlers = createPictureHandlers({
    dataFolder,
    printToPdf: async ({ pageSize }) => {
      printed += 1;
      papers.push(pageSize);
      return new Uint8Array(pdf);
    },
    getCountry: () => country,
    dialogs: {
      chooseSaveFile: async (defaultPath, filter) => {
        asked.push({ path: defaultPath, extensions: filter.extensions });
        return answer(defaultPath);
      },
      chooseOpenFile: async () => null,
    },
  });
  return { handlers, asked, printed: () => printed, papers };
}

describe('pictures (main)', () => {
  it('prints on A4, and on Letter only where Letter is the norm', async () => {
    const target = tempDir('stp-pic-out-');
    const save = (p: string) => path.join(target, path.basename(p));
    const german = setup(save, undefined, 'DE');
    await german.handlers['picture:print-pdf']({ suggestedName: 'a.pdf' });
    const american = setup(save, undefined, 'US');
    await american.handlers['picture:print-pdf']({ suggestedName: 'b.pdf' });
    expect([...german.papers, ...american.papers]).toEqual(['A4', 'Letter']);
    expect(['de-AT', 'en-GB', 'en_CA', 'fr-CA', 'MX', 'xx'].map(paperSizeFor)).toEqual([
      'A4',
      'A4',
      'Letter',
      'Letter',
      'Letter',
      'A4',
    ]);
  });

  it('saves a PNG byte for byte where the user chose, with a PNG filter', async () => {
    const target = tempDir('stp-pic-out-');
    const { handlers, asked } = setup((p) => path.join(target, path.basename(p)));
    const png = tinyPng();
    const saved = await handlers['picture:save-png']({
      suggestedName: 'chart.png',
      png: png.toString('base64'),
    });
    expect(saved).toEqual({ saved: true, fileName: 'chart.png' });
    expect(readFileSync(path.join(target, 'chart.png'))).toEqual(png);
    expect(asked[0]!.extensions).toEqual(['png']);
  });

  it('refuses bytes that are not a PNG and writes nothing', async () => {
    const target = tempDir('stp-pic-out-');
    const { handlers } = setup((p) => path.join(target, path.basename(p)));
    const fake = Buffer.from('<svg onload="alert(1)"></svg>').toString('base64');
    await expect(
      handlers['picture:save-png']({ suggestedName: 'x.png', png: fake }),
    ).rejects.toThrow(/not a PNG/);
    expect(existsSync(path.join(target, 'x.png'))).toBe(false);
    const truncated = tinyPng().subarray(0, 20).toString('base64');
    await expect(
      handlers['picture:save-png']({ suggestedName: 'x.png', png: truncated }),
    ).rejects.toThrow(/not a PNG/);
  });

  it('prints the page to PDF only once the user has chosen where it goes', async () => {
    const target = tempDir('stp-pic-out-');
    let choose = false;
    const { handlers, printed, asked } = setup((p) =>
      choose ? path.join(target, path.basename(p)) : null,
    );
    expect(await handlers['picture:print-pdf']({ suggestedName: 'dash.pdf' })).toEqual({
      saved: false,
      fileName: null,
    });
    expect(printed()).toBe(0);
    choose = true;
    expect(await handlers['picture:print-pdf']({ suggestedName: 'dash.pdf' })).toEqual({
      saved: true,
      fileName: 'dash.pdf',
    });
    expect(readFileSync(path.join(target, 'dash.pdf'), 'utf8')).toBe('%PDF-1.4\n');
    expect(asked.at(-1)!.extensions).toEqual(['pdf']);
  });

  it('knows a PNG by its whole structure: chunks, CRCs, IHDR first and IEND last', () => {
    const png = tinyPng();
    expect(isPng(png)).toBe(true);
    expect(isPng(Buffer.from('GIF89a'))).toBe(false);
    const flipped = Buffer.from(png);
    flipped[45] = flipped[45]! ^ 0x01; // inside IDAT: its CRC no longer matches
    expect(isPng(flipped)).toBe(false);
    expect(isPng(png.subarray(0, png.length - 12))).toBe(false); // no IEND
    expect(isPng(png.subarray(0, png.length - 3))).toBe(false); // cut inside IEND
    expect(isPng(Buffer.concat([png, Buffer.from('<script>')]))).toBe(false); // after IEND
    // The signature and a valid IHDR, then anything: what the old check let through.
    expect(isPng(Buffer.concat([png.subarray(0, 33), Buffer.from('#!/bin/sh\nrm -rf ~\n')]))).toBe(
      false,
    );
  });

  it('takes names, never paths, and only base64 as the picture', () => {
    const request = invokeContract['picture:save-png'].request;
    expect(request.safeParse({ suggestedName: 'a.png', png: 'iVBORw0KGgo=' }).success).toBe(true);
    for (const suggestedName of ['../a.png', '/tmp/a.png', 'C:\\a.png', 'a.exe', 'a\n.png']) {
      expect(request.safeParse({ suggestedName, png: 'iVBORw0KGgo=' }).success).toBe(false);
    }
    expect(request.safeParse({ suggestedName: 'a.png', png: 'not base64!' }).success).toBe(false);
    const pdf = invokeContract['picture:print-pdf'].request;
    expect(pdf.safeParse({ suggestedName: 'a.pdf', html: '<b>' }).success).toBe(false);
  });
});
