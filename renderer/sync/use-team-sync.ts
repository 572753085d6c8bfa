import { useEffect } from 'react';
import type { TeamSnapshot } from '@shared/ipc/team-schemas';
import { db } from '../db/db';
import { saveSetting } from '../db/settings';
import { plannerApi } from '../ipc/planner';
import { useAppStore } from '../store/app-store';
import { applyTeamChanges } from './apply-team-changes';
import { setTeamIdentity } from './team-identity';
import { useTeamStore } from './team-store';

/**
 * Connects the window to main's team sync once the workspace is open: the status for the
 * indicator, the signed-in person as the one acting, and the team's changes into the working
 * database (each piece answered, so main confirms only what is applied). Then asks for a first
 * sync, which also starts main's schedule.
 */
export function useTeamSync(): void {
  const kind = useAppStore((s) => s.workspace.kind);
  const open = kind === 'ready' || kind === 'read-only';
  useEffect(() => {
    const api = plannerApi();
    if (!api || !open) return;
    let live = true;
    // Status events come several times a sync: "acting as" is looked at once per person.
    let adopted: string | null | undefined;
    const take = (snapshot: TeamSnapshot) => {
      if (!live) return;
      setTeamIdentity(snapshot.person);
      useTeamStore.getState().take(snapshot);
      const person = snapshot.person ? snapshot.person.memberId : undefined;
      if (person !== adopted) void adoptSignedInPerson(snapshot);
      adopted = person;
    };
    const offStatus = api.onTeamStatus(take);
    const offChanges = api.onTeamChanges(({ delivery, ops }) => {
      void applyTeamChanges(db, ops)
        .then(
          () => null,
          (error: unknown) => (error instanceof Error ? error.message : String(error)),
        )
        .then((problem) => api.appliedTeamChanges({ delivery, problem }));
    });
    void (async () => {
      const status = await api.getTeamStatus();
      if (status.ok) take(status.data);
      const synced = await api.syncWithTeam({});
      if (synced.ok) take(synced.data);
    })();
    return () => {
      live = false;
      offStatus();
      offChanges();
    };
  }, [open]);
}

/** "Acting as" follows the signed-in person, so every screen shows who acts; history restarts. */
async function adoptSignedInPerson(snapshot: TeamSnapshot): Promise<void> {
  if (!snapshot.person) return;
  const id = snapshot.person.memberId ?? '';
  const current = (await db.settings.get('actingAs'))?.value ?? '';
  if (current === id) return;
  const outcome = await saveSetting('actingAs', id).catch(() => null);
  if (outcome?.kind !== 'refused') useAppStore.getState().clearHistory();
}
