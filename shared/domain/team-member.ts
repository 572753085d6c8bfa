import { z } from 'zod';
import type { PlainMessageKey } from '../i18n/translate';

export const LEVELS = ['junior', 'senior'] as const;
export type Level = (typeof LEVELS)[number];

export interface TeamMember {
  id: string;
  name: string;
  /** Lower-cased, trimmed name: the unique index that stops two members with one name. */
  nameKey: string;
  email: string;
  level: Level;
  /** The supervising Senior; always set for a Junior, always null for a Senior. */
  supervisorId: string | null;
  /** Customer visits per year this member can handle. */
  capacity: number;
  /** ISO date, YYYY-MM-DD. */
  hireDate: string;
  homeRegion: string;
  active: boolean;
}

const msg = (key: PlainMessageKey) => key;

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, msg('team.error.hireDateInvalid'))
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, msg('team.error.hireDateInvalid'))
  .refine(
    (value) => value >= '1950-01-01' && value <= '2100-12-31',
    msg('team.error.hireDateInvalid'),
  );

/** What the form (or an import) hands in; everything arrives as loosely typed input. */
export const teamMemberDraftSchema = z.object({
  name: z
    .string(msg('team.error.nameRequired'))
    .trim()
    .min(1, msg('team.error.nameRequired'))
    .max(120, msg('team.error.nameTooLong')),
  email: z
    .string()
    .trim()
    .max(200, msg('team.error.emailInvalid'))
    .refine((value) => value === '' || z.email().safeParse(value).success, {
      message: msg('team.error.emailInvalid'),
    }),
  level: z.enum(LEVELS, msg('team.error.levelRequired')),
  supervisorId: z.string().nullable(),
  capacity: z.coerce
    .number(msg('team.error.capacityInvalid'))
    .int(msg('team.error.capacityInvalid'))
    .min(1, msg('team.error.capacityInvalid'))
    .max(100_000, msg('team.error.capacityInvalid')),
  hireDate: isoDate,
  homeRegion: z.string().trim().max(80, msg('team.error.homeRegionTooLong')),
});

export type TeamMemberDraft = z.input<typeof teamMemberDraftSchema>;
export type TeamMemberField = keyof TeamMemberDraft;
export type FieldErrors = Partial<Record<TeamMemberField, PlainMessageKey>>;

export type MemberValidation =
  { ok: true; member: Omit<TeamMember, 'id' | 'active'> } | { ok: false; errors: FieldErrors };

export function nameKeyOf(name: string): string {
  return name.trim().toLocaleLowerCase('de-DE');
}

/**
 * Validates a draft against the rules of the seed: a Junior needs an active Senior as
 * supervisor, names are unique, and a Senior who still supervises Juniors stays a Senior.
 */
export function validateTeamMember(
  draft: unknown,
  members: readonly TeamMember[],
  editingId: string | null = null,
): MemberValidation {
  const errors: FieldErrors = {};
  const parsed = teamMemberDraftSchema.safeParse(draft);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as TeamMemberField | undefined;
      if (field && !errors[field]) errors[field] = issue.message as PlainMessageKey;
    }
  }
  const value = parsed.success ? parsed.data : null;
  const raw = (draft ?? {}) as Partial<Record<TeamMemberField, unknown>>;
  const level = value?.level ?? (raw.level as Level | undefined);

  const name = typeof raw.name === 'string' ? raw.name : '';
  if (!errors.name && name.trim()) {
    const key = nameKeyOf(name);
    if (members.some((m) => m.id !== editingId && m.nameKey === key)) {
      errors.name = 'team.error.nameDuplicate';
    }
  }

  const supervisorId = typeof raw.supervisorId === 'string' ? raw.supervisorId : null;
  if (level === 'junior') {
    if (!supervisorId) {
      errors.supervisorId = 'team.error.supervisorRequired';
    } else {
      const supervisor = members.find((m) => m.id === supervisorId);
      if (!isActiveSenior(supervisor) || supervisor.id === editingId) {
        errors.supervisorId = 'team.error.supervisorNotActiveSenior';
      }
    }
  }

  if (level === 'junior' && editingId && activeJuniorsOf(editingId, members).length > 0) {
    errors.level = 'team.error.seniorStillSupervises';
  }

  if (!value || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    member: {
      name: value.name,
      nameKey: nameKeyOf(value.name),
      email: value.email,
      level: value.level,
      supervisorId: value.level === 'junior' ? supervisorId : null,
      capacity: value.capacity,
      hireDate: value.hireDate,
      homeRegion: value.homeRegion,
    },
  };
}

/** Only an active Senior may supervise Juniors or take them over. */
export function isActiveSenior(member: TeamMember | undefined): member is TeamMember {
  return !!member && member.active && member.level === 'senior';
}

export function activeJuniorsOf(seniorId: string, members: readonly TeamMember[]): TeamMember[] {
  return members.filter((m) => m.active && m.level === 'junior' && m.supervisorId === seniorId);
}

export type DeactivationPlan =
  | { ok: true; updates: Array<{ id: string; changes: Partial<TeamMember> }> }
  | { ok: false; error: PlainMessageKey; juniors: TeamMember[] };

/**
 * Works out what deactivating a member changes. A Senior's active Juniors must move to
 * another active Senior in the same step, so no Junior is ever left without a supervisor.
 */
export function planDeactivation(
  memberId: string,
  members: readonly TeamMember[],
  successorId: string | null = null,
): DeactivationPlan {
  const juniors = activeJuniorsOf(memberId, members);
  const updates: Array<{ id: string; changes: Partial<TeamMember> }> = [
    { id: memberId, changes: { active: false } },
  ];
  if (juniors.length === 0) return { ok: true, updates };
  if (!successorId) return { ok: false, error: 'team.error.reassignJuniorsFirst', juniors };
  const successor = members.find((m) => m.id === successorId);
  if (!isActiveSenior(successor) || successor.id === memberId) {
    return { ok: false, error: 'team.error.supervisorNotActiveSenior', juniors };
  }
  for (const junior of juniors) {
    updates.push({ id: junior.id, changes: { supervisorId: successorId } });
  }
  return { ok: true, updates };
}

export type MemberFlag = 'juniorWithoutSenior';

/** Flags the UI shows next to a member; data from imports or old files may break the rules. */
export function memberFlags(
  member: TeamMember,
  membersById: ReadonlyMap<string, TeamMember>,
): MemberFlag[] {
  if (member.level !== 'junior' || !member.active) return [];
  const supervisor = member.supervisorId ? membersById.get(member.supervisorId) : undefined;
  return isActiveSenior(supervisor) ? [] : ['juniorWithoutSenior'];
}
