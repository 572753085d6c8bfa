import { z } from 'zod';
import { SECTIONS } from '../navigation';
import { backupInfoSchema, persistenceContract } from './persistence-schemas';
import type { EventChannel, InvokeChannel } from './channels';
import { workbookSheetSchema } from './workbook-schema';
import { teamContract, teamEventContract } from './team-schemas';
import { CURRENCIES } from '../csv/dialect';

const appInfoSchema = z.object({
  version: z.string(),
  locale: z.string(),
  dataFolder: z.string(),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** Names Windows reserves for devices, whatever the extension (CON.csv opens the console). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Bidi overrides and isolates make "invoice_fdp.csv" show as something else. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

/** A file name to suggest, never a path: main's dialog decides where it goes. */
export function fileNameWith(extension: string) {
  return z
    .string()
    .regex(new RegExp(`^[^/\\\\:*?"<>|]{1,120}\\.${extension}$`))
    .refine((name) => ![...name].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127))
    .refine((name) => !BIDI_CONTROLS.test(name), 'no direction controls in a file name')
    .refine((name) => !WINDOWS_RESERVED.test(name), 'a name Windows reserves')
    .refine(
      (name) => !/[. ]$/.test(name.slice(0, -extension.length - 1)),
      'ends in a dot or space',
    );
}

/** Every renderer → main call: its request and response schema. */
export const invokeContract = {
  'app:get-info': { request: z.undefined(), response: appInfoSchema },
  'app:set-menu-language': {
    request: z.strictObject({ language: z.enum(['de', 'en']) }),
    response: z.null(),
  },
  'app:flushed': { request: z.strictObject({}), response: z.null() },
  ...persistenceContract,
  ...teamContract,
  'csv:save': {
    request: z.strictObject({
      suggestedName: fileNameWith('csv'),
      content: z.string().max(512 * 1024 * 1024),
    }),
    response: z.object({ saved: z.boolean(), fileName: z.string().nullable() }),
  },
  // An export as an Excel workbook: typed cells, written by main (the renderer sends no bytes).
  'xlsx:save': {
    request: z.strictObject({
      suggestedName: fileNameWith('xlsx'),
      language: z.enum(['de', 'en']),
      currency: z.enum(CURRENCIES),
      sheet: workbookSheetSchema,
    }),
    response: z.object({ saved: z.boolean(), fileName: z.string().nullable() }),
  },
  // Shows the file the last export saved; the renderer cannot name another.
  'csv:show-in-folder': { request: z.strictObject({}), response: z.object({ shown: z.boolean() }) },
  'picture:save-png': {
    request: z.strictObject({
      suggestedName: fileNameWith('png'),
      // Base64 of the PNG the renderer drew; main checks it really is one before writing.
      png: z
        .string()
        .max(40 * 1024 * 1024)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/),
    }),
    response: z.object({ saved: z.boolean(), fileName: z.string().nullable() }),
  },
  // A requests/decisions exchange file (JSON, checked again when it is read back).
  'requests:save': {
    request: z.strictObject({
      suggestedName: fileNameWith('stpreq'),
      content: z.string().max(64 * 1024 * 1024),
    }),
    response: z.object({ saved: z.boolean(), fileName: z.string().nullable() }),
  },
  // Main prints the sender's page itself: the renderer sends no content, only a name.
  'picture:print-pdf': {
    request: z.strictObject({ suggestedName: fileNameWith('pdf') }),
    response: z.object({ saved: z.boolean(), fileName: z.string().nullable() }),
  },
} satisfies Record<InvokeChannel, { request: z.ZodType; response: z.ZodType }>;

export const menuCommandSchema = z.discriminatedUnion('command', [
  z.strictObject({ command: z.literal('go-to'), section: z.enum(SECTIONS) }),
  z.strictObject({ command: z.literal('new-member') }),
]);
export type MenuCommand = z.infer<typeof menuCommandSchema>;

/** Every main → renderer event and its payload schema. */
export const eventContract = {
  'menu:command': menuCommandSchema,
  'backup:created': backupInfoSchema,
  'workspace:file-waiting': z.strictObject({}),
  'app:flush-before-quit': z.strictObject({}),
  ...teamEventContract,
} satisfies Record<EventChannel, z.ZodType>;

export type InvokeRequest<C extends InvokeChannel> = z.input<(typeof invokeContract)[C]['request']>;
export type InvokeResponse<C extends InvokeChannel> = z.output<
  (typeof invokeContract)[C]['response']
>;
export type EventPayload<C extends EventChannel> = z.output<(typeof eventContract)[C]>;

export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && Object.hasOwn(invokeContract, value);
}
