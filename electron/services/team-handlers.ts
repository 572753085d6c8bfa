import { SIGNED_OUT } from '../../shared/sync/sync-status';
import type { TeamSnapshot } from '../../shared/ipc/team-schemas';
import type { DomainHandlers } from './ipc/handlers';
import type { PersistenceHandlerDeps } from './persistence-handlers';
import type { TeamLink } from './team-sync/team-link';

export interface TeamHandlerDeps {
  /** Team sync on this machine; null where it could not start (the screens then say so). */
  getTeamLink: () => TeamLink | null;
}

type TeamChannels =
  | 'team:status'
  | 'team:sign-in'
  | 'team:sign-out'
  | 'team:sync-now'
  | 'team:join-preview'
  | 'team:taken'
  | 'team:publish'
  | 'team:publish-cancel'
  | 'team:applied'
  | 'team:conflicts'
  | 'team:settle'
  | 'team:put-back';

const UNAVAILABLE: TeamSnapshot = { available: false, status: SIGNED_OUT, person: null };

/** Signing in to the team server, syncing, joining or publishing, and the hand-over's answers. */
export function createTeamHandlers(
  deps: TeamHandlerDeps & Pick<PersistenceHandlerDeps, 'getPersistence'>,
): DomainHandlers<TeamChannels> {
  const link = () => {
    const team = deps.getTeamLink();
    if (!team) throw new Error('Team sync is not available on this machine.');
    return team;
  };
  return {
    'team:status': () => deps.getTeamLink()?.snapshot() ?? UNAVAILABLE,
    'team:sign-in': (request) => link().signIn(request),
    'team:sign-out': () => link().signOut(),
    'team:sync-now': () => deps.getTeamLink()?.syncNow() ?? UNAVAILABLE,
    'team:join-preview': () => link().joinPreview(),
    'team:taken': ({ through }) => link().taken(through),
    'team:publish': async () =>
      link().publish(async () => (await deps.getPersistence().load()).tables),
    'team:publish-cancel': () => {
      deps.getTeamLink()?.cancelPublish();
      return null;
    },
    'team:conflicts': () => link().conflicts(),
    'team:settle': ({ id, rev }) => link().settle(id, rev),
    'team:put-back': ({ id }) => link().putBack(id),
    'team:applied': ({ delivery, problem }) => {
      deps.getTeamLink()?.applied(delivery, problem);
      return null;
    },
  };
}
