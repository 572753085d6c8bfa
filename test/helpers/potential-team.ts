import { buildBalanceInput } from '@shared/balancer/build-problem';
import { DEFAULT_MIX } from '@shared/balancer/problem';
import { generateWorkspace } from '@shared/demo/generate-workspace';
import { DEFAULT_SEGMENT_WEIGHTS } from '@shared/territory/balance';

/** A generated team balanced on potential, ±5 %, capacity not a limit: the exact-mode yardstick. */
export function potentialTeam(accounts: number, members: number, asOf = '2026-11-26') {
  const data = generateWorkspace({ asOf, accounts, members, months: 1 });
  return buildBalanceInput(
    data.accounts,
    data.accounts.map((a) => a.ownerId),
    data.accounts.map((a) => a.pinnedOwnerId !== null),
    data.members.filter((m) => m.active),
    DEFAULT_SEGMENT_WEIGHTS,
    {
      target: 'potential',
      mix: DEFAULT_MIX,
      tolerance: 0.05,
      prefixDigits: 0,
      respectCapacity: false,
    },
  );
}
