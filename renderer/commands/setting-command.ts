import { isPersonalSetting, settingVerdict } from '@shared/commands/policy';
import { DEFAULT_AUTHORITY, type AuthorityRules } from '@shared/domain/authority';
import type { Row } from '@shared/persistence/tables';
import type { Command, Decision } from './command';

/** Changes one setting; decision authority is also recorded in the audit trail. */
export function settingCommand(key: string, value: unknown): Command {
  // Personal settings are not undone with Ctrl+Z.
  const personal = isPersonalSetting(key);
  let before: unknown;
  return {
    name: `settings.${key}`,
    label: 'settings.history.change',
    tables: ['settings'],
    ...(personal ? { undoable: false } : {}),
    // Choosing who one is must work even when the last choice is no longer an active member.
    ...(key === 'actingAs' ? { anyActor: true } : {}),
    async decide({ db, actor }): Promise<Decision> {
      before = (await db.settings.get(key))?.value;
      const verdict = settingVerdict(actor, key);
      if (key !== 'authority' || verdict.kind !== 'allowed') return { verdict };
      return {
        verdict,
        record: {
          kind: 'authority',
          change: {
            before: (before as AuthorityRules | undefined) ?? DEFAULT_AUTHORITY,
            after: value as AuthorityRules,
          },
        },
      };
    },
    async apply({ write }) {
      await write.put('settings', [{ key, value } as Row]);
    },
  };
}
