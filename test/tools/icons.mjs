#!/usr/bin/env node
// `npm run icons`: renders assets/icon.svg in headless Chromium to every size the installers
// need — PNGs (Linux, and the sources), icon.ico (Windows) and icon.icns (macOS).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const out = path.resolve('assets/icons');
const svg = readFileSync(path.resolve('assets/icon.svg'), 'utf8');
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
const png = {};
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">` +
      `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${size}" height="${size}">` +
      `</body></html>`,
  );
  png[size] = await page.screenshot({ omitBackground: true });
  writeFileSync(path.join(out, `${size}x${size}.png`), png[size]);
}
await browser.close();
writeFileSync(path.join(out, 'icon.png'), png[1024]);

// ICO: a directory of PNG images (Windows Vista and later read PNG entries).
const icoSizes = [16, 24, 32, 48, 64, 128, 256];
const header = Buffer.alloc(6 + 16 * icoSizes.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(icoSizes.length, 4);
let offset = header.length;
icoSizes.forEach((size, i) => {
  const entry = 6 + 16 * i;
  header.writeUInt8(size === 256 ? 0 : size, entry);
  header.writeUInt8(size === 256 ? 0 : size, entry + 1);
  header.writeUInt16LE(1, entry + 4);
  header.writeUInt16LE(32, entry + 6);
  header.writeUInt32LE(png[size].length, entry + 8);
  header.writeUInt32LE(offset, entry + 12);
  offset += png[size].length;
});
writeFileSync(path.join(out, 'icon.ico'), Buffer.concat([header, ...icoSizes.map((s) => png[s])]));

// ICNS: typed chunks of PNG data (ic07 = 128, ic08 = 256, ic09 = 512, ic10 = 1024, ic11/12 = retina).
const icnsTypes = [
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
];
const chunks = icnsTypes.map(([type, size]) => {
  const head = Buffer.alloc(8);
  head.write(type, 0, 'ascii');
  head.writeUInt32BE(8 + png[size].length, 4);
  return Buffer.concat([head, png[size]]);
});
const icnsHead = Buffer.alloc(8);
icnsHead.write('icns', 0, 'ascii');
icnsHead.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
writeFileSync(path.join(out, 'icon.icns'), Buffer.concat([icnsHead, ...chunks]));
console.log(`icons written to ${out}`);
