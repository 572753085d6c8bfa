import { CUSTOMER_STATUSES, type Account } from '@shared/domain/account';
import { dotOffset } from '@shared/geo/account-dots';
import type { PostalMapModel } from '@renderer/app/data/postal-map';
import type { DotLayer } from '@renderer/components/map/paint-map';

/** Status colours (Okabe–Ito): prospect, new, existing, regular. */
export const STATUS_COLOURS = ['#cc79a7', '#e69f00', '#0072b2', '#009e73'] as const;

/** Every account on the map as a dot: colour by status, larger for segment A. */
export function accountDots(model: PostalMapModel, accounts: readonly Account[]): DotLayer {
  const x = new Float32Array(accounts.length);
  const y = new Float32Array(accounts.length);
  const cls = new Uint8Array(accounts.length);
  let n = 0;
  for (const account of accounts) {
    const area = model.map.areaOf.get(account.postalCode);
    if (area === undefined) continue;
    const [dx, dy] = dotOffset(account.id, model.reach[area]!);
    x[n] = model.map.x[area]! + dx;
    y[n] = model.map.y[area]! + dy;
    cls[n] = CUSTOMER_STATUSES.indexOf(account.status) * 2 + (account.segment === 'A' ? 1 : 0);
    n += 1;
  }
  return {
    x: x.subarray(0, n),
    y: y.subarray(0, n),
    cls: cls.subarray(0, n),
    colours: STATUS_COLOURS.flatMap((c) => [c, c]),
    sizes: STATUS_COLOURS.flatMap(() => [2, 3]),
  };
}
