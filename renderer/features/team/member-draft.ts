import type { Level, TeamMember, TeamMemberDraft } from '@shared/domain/team-member';

/** What the form edits: everything as the inputs hold it (capacity as typed text). */
export interface MemberFormState {
  name: string;
  email: string;
  level: Level;
  supervisorId: string;
  capacity: string;
  hireDate: string;
  homeRegion: string;
}

export function formStateOf(member: TeamMember | undefined, today: string): MemberFormState {
  return member
    ? {
        name: member.name,
        email: member.email,
        level: member.level,
        supervisorId: member.supervisorId ?? '',
        capacity: String(member.capacity),
        hireDate: member.hireDate,
        homeRegion: member.homeRegion,
      }
    : {
        name: '',
        email: '',
        level: 'junior',
        supervisorId: '',
        capacity: '400',
        hireDate: today,
        homeRegion: '',
      };
}

export function draftOf(form: MemberFormState): TeamMemberDraft {
  return {
    ...form,
    supervisorId: form.level === 'junior' && form.supervisorId ? form.supervisorId : null,
    capacity: form.capacity.trim() === '' ? Number.NaN : Number(form.capacity.trim()),
  };
}
