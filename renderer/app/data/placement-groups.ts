import {
  groupPlacements,
  type Placeable,
  type PlacementGroups,
} from '@shared/territory/rule-change-preview';

let last: { accounts: readonly Placeable[]; version: number; groups: PlacementGroups } | null =
  null;

/**
 * The accounts grouped by postal code for rule previews, kept for the account store's version
 * (it edits its array in place and bumps the version): previews while a person shapes a
 * territory then cost a lookup per postal code, not per account.
 */
export function placementGroupsFor(
  accounts: readonly Placeable[],
  version: number,
): PlacementGroups {
  if (last?.accounts === accounts && last.version === version) return last.groups;
  const groups = groupPlacements(accounts);
  last = { accounts, version, groups };
  return groups;
}
