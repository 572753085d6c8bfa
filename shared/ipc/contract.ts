import { z } from 'zod';
import { SECTIONS } from '../navigation';
import { backupInfoSchema, persistenceContract } from './persistence-schemas';
import type { EventChannel, InvokeChannel } from './channels';

const appInfoSchema = z.object({
  version: z.string(),
  locale: z.string(),
  dataFolder: z.string(),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** Every renderer → main call: its request and response schema. */
export const invokeContract = {
  'app:get-info': { request: z.undefined(), response: appInfoSchema },
  'app:set-menu-language': {
    request: z.strictObject({ language: z.enum(['de', 'en']) }),
    response: z.null(),
  },
  ...persistenceContract,
  'csv:save': {
    request: z.strictObject({
      // A file name to suggest, never a path: main's dialog decides where it goes.
      suggestedName: z
        .string()
        .regex(/^[^/\\:*?"<>|]{1,120}\.csv$/)
        .refine((name) => ![...name].some((c) => c.charCodeAt(0) < 32)),
      content: z.string().max(512 * 1024 * 1024),
    }),
    response: z.object({ saved: z.boolean(), fileName: z.string().nullable() }),
  },
  // Shows the file the last export saved; the renderer cannot name another.
  'csv:show-in-folder': { request: z.strictObject({}), response: z.object({ shown: z.boolean() }) },
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
} satisfies Record<EventChannel, z.ZodType>;

export type InvokeRequest<C extends InvokeChannel> = z.input<(typeof invokeContract)[C]['request']>;
export type InvokeResponse<C extends InvokeChannel> = z.output<
  (typeof invokeContract)[C]['response']
>;
export type EventPayload<C extends EventChannel> = z.output<(typeof eventContract)[C]>;

export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && Object.hasOwn(invokeContract, value);
}
