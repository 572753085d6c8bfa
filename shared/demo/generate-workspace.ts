import { DEMO_POSTAL_CODES } from './demo-postal-codes';
import type { Account, CustomerStatus, Segment } from '../domain/account';
import type { MonthlyActual } from '../domain/actual';
import { nameKeyOf, type TeamMember } from '../domain/team-member';
import type { Territory } from '../domain/territory';
import type { WorkspaceData } from '../domain/workspace';
import {
  CITIES,
  COMPANY_STEMS,
  DEMO_REGIONS,
  FIRST_NAMES,
  INDUSTRIES,
  LAST_NAMES,
  LEGAL_FORMS,
} from './german-places';
import { createRandom, shuffled, type Random } from './random';
import { monthsBefore } from './months';
import { buildTerritoryIndex } from '../territory/territory-index';

export interface WorkspaceSize {
  members: number;
  accounts: number;
  /** Months of actuals, ending with the month before `asOf`. */
  months: number;
}

export const DEMO_SIZE: WorkspaceSize = { members: 12, accounts: 2000, months: 24 };
export const MAX_SIZE: WorkspaceSize = { members: 500, accounts: 250_000, months: 120 };
export const DEMO_SEED = 20_261_126;

export interface GenerateOptions extends Partial<WorkspaceSize> {
  seed?: number;
  /** The "today" the actuals lead up to, as YYYY-MM-DD. */
  asOf: string;
}

/**
 * Generates a realistic German sales workspace. Deterministic: the same options always give
 * the same data, so tests and benchmarks can compare against it and nothing is downloaded.
 */
export function generateWorkspace(options: GenerateOptions): WorkspaceData {
  const size = { ...DEMO_SIZE, ...stripUndefined(options) };
  for (const key of ['members', 'accounts', 'months'] as const) {
    if (!Number.isInteger(size[key]) || size[key] < 0 || size[key] > MAX_SIZE[key]) {
      throw new RangeError(`${key} must be a whole number from 0 to ${MAX_SIZE[key]}`);
    }
  }
  const random = createRandom(options.seed ?? DEMO_SEED);
  const members = generateMembers(size.members, random, options.asOf);
  const territories = generateTerritories(members);
  const accounts = generateAccounts(size.accounts, members, territories, random);
  const actuals = generateActuals(members, accounts, size.months, options.asOf, random);
  return { members, territories, accounts, actuals };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function generateMembers(count: number, random: Random, asOf: string): TeamMember[] {
  const names = shuffled(
    FIRST_NAMES.flatMap((first) => LAST_NAMES.map((last) => `${first} ${last}`)),
    random,
  );
  const extra = (i: number) => `${names[i % names.length]} ${Math.floor(i / names.length) + 1}`;
  const seniorsPerRegion = new Map<string, TeamMember[]>();
  const members: TeamMember[] = [];
  const asOfYear = Number(asOf.slice(0, 4));
  for (let i = 0; i < count; i += 1) {
    const region = DEMO_REGIONS[i % DEMO_REGIONS.length]!;
    const seniors = seniorsPerRegion.get(region.id) ?? [];
    // The first member of each region is a Senior; after that about four in ten are.
    const level = seniors.length === 0 || random.chance(0.35) ? 'senior' : 'junior';
    const name = i < names.length ? names[i]! : extra(i);
    const id = `m-${String(i + 1).padStart(3, '0')}`;
    const yearsAgo = level === 'senior' ? random.int(3, 15) : random.int(0, 2);
    const hireDate = `${asOfYear - yearsAgo}-${pad(random.int(1, 12))}-01`;
    const member: TeamMember = {
      id,
      name,
      nameKey: nameKeyOf(name),
      email: `${asciiSlug(name)}@vertrieb.example`,
      level,
      supervisorId: level === 'junior' ? random.pick(seniors).id : null,
      capacity: level === 'senior' ? 360 : 420,
      hireDate: hireDate > asOf ? `${asOfYear}-01-01` : hireDate,
      homeRegion: region.name,
      active: true,
    };
    if (level === 'senior') seniorsPerRegion.set(region.id, [...seniors, member]);
    members.push(member);
  }
  return members;
}

function generateTerritories(members: readonly TeamMember[]): Territory[] {
  const territories: Territory[] = [];
  for (const region of DEMO_REGIONS) {
    territories.push({
      id: region.id,
      name: region.name,
      kind: 'region',
      parentId: null,
      ownerId: null,
      mentorId: null,
      rules: region.zones.map((zone) => ({ kind: 'prefix', from: zone })),
    });
    const owners = members.filter((m) => m.homeRegion === region.name);
    if (owners.length === 0) continue;
    // Enough prefix digits that every member of the region gets at least one prefix.
    const digits = owners.length <= region.zones.length * 10 ? 2 : 3;
    const prefixes = region.zones.flatMap((zone) =>
      Array.from(
        { length: 10 ** (digits - 1) },
        (_, i) => zone + String(i).padStart(digits - 1, '0'),
      ),
    );
    owners.forEach((owner, index) => {
      const mine = prefixes.filter((_, i) => i % owners.length === index);
      territories.push({
        id: `ter-${owner.id.slice(2)}`,
        name: `${region.name} ${index + 1}`,
        kind: 'territory',
        parentId: region.id,
        ownerId: owner.id,
        mentorId: owner.level === 'junior' ? owner.supervisorId : null,
        rules: mine.map((prefix) => ({ kind: 'prefix', from: prefix })),
      });
    });
  }
  return territories;
}

const SEGMENT_POTENTIAL_EUR: Record<Segment, [number, number]> = {
  A: [200_000, 2_000_000],
  B: [50_000, 300_000],
  C: [5_000, 60_000],
};
const STATUS_REVENUE_SHARE: Record<CustomerStatus, [number, number]> = {
  prospect: [0, 0],
  new: [0.05, 0.3],
  existing: [0.2, 0.6],
  regular: [0.4, 0.9],
};

function generateAccounts(
  count: number,
  members: readonly TeamMember[],
  territories: readonly Territory[],
  random: Random,
): Account[] {
  const index = buildTerritoryIndex(territories);
  const territoriesById = new Map(territories.map((t) => [t.id, t]));
  const membersById = new Map(members.map((m) => [m.id, m]));
  const accounts: Account[] = new Array(count);
  for (let i = 0; i < count; i += 1) {
    const city = random.pick(CITIES);
    // A real code under the city's prefix, so every demo account is on the map.
    const prefix = random.pick(city.prefixes);
    const endings = DEMO_POSTAL_CODES[prefix]!;
    const at = random.int(0, endings.length / 3 - 1) * 3;
    const postalCode = prefix + endings.slice(at, at + 3);
    const roll = random.next();
    const segment: Segment = roll < 0.1 ? 'A' : roll < 0.4 ? 'B' : 'C';
    const [minEur, maxEur] = SEGMENT_POTENTIAL_EUR[segment];
    const potentialCents = Math.round((minEur + (maxEur - minEur) * random.next() ** 2) * 100);
    const statusRoll = random.next();
    const status: CustomerStatus =
      statusRoll < 0.15
        ? 'prospect'
        : statusRoll < 0.25
          ? 'new'
          : statusRoll < 0.7
            ? 'existing'
            : 'regular';
    const [minShare, maxShare] = STATUS_REVENUE_SHARE[status];
    const share = minShare + (maxShare - minShare) * random.next();
    const territoryId = index.territoryOf(postalCode);
    const territory = territoryId ? territoriesById.get(territoryId) : undefined;
    const owner = territory?.ownerId ? membersById.get(territory.ownerId) : undefined;
    const strategic = segment === 'A' && random.chance(0.25);
    // Most large accounts in a Junior's territory are pinned to their Senior, as the seed
    // says; a few are left with the Junior so the policy warnings have something to show.
    const pinnedOwnerId =
      owner?.level === 'junior' && segment === 'A' && random.chance(0.9)
        ? owner.supervisorId
        : null;
    accounts[i] = {
      id: `acc-${String(i + 1).padStart(6, '0')}`,
      externalId: `K-${String(100_000 + i)}`,
      name: `${random.pick(COMPANY_STEMS)} ${random.pick(INDUSTRIES)} ${random.pick(LEGAL_FORMS)}`,
      postalCode,
      city: city.name,
      country: 'DE',
      segment,
      strategic,
      potentialCents,
      priorYearRevenueCents: Math.round(potentialCents * share),
      status,
      satisfaction:
        status === 'prospect'
          ? null
          : Math.min(5, Math.max(1, random.int(2, 5) + (random.chance(0.1) ? -1 : 0))),
      territoryId: territory?.id ?? null,
      ownerId: pinnedOwnerId ?? owner?.id ?? null,
      pinnedOwnerId,
    };
  }
  return accounts;
}

function generateActuals(
  members: readonly TeamMember[],
  accounts: readonly Account[],
  months: number,
  asOf: string,
  random: Random,
): MonthlyActual[] {
  const yearly = new Map<string, number>();
  for (const account of accounts) {
    if (!account.ownerId) continue;
    yearly.set(account.ownerId, (yearly.get(account.ownerId) ?? 0) + account.priorYearRevenueCents);
  }
  const monthList = monthsBefore(asOf, months);
  const actuals: MonthlyActual[] = [];
  for (const member of members) {
    const base = (yearly.get(member.id) ?? 0) / 12;
    const newShare = member.level === 'junior' ? 0.35 : 0.2;
    monthList.forEach((month, index) => {
      const monthOfYear = Number(month.slice(5, 7));
      // Summer and December dip, as in most B2B sales.
      const season =
        monthOfYear === 8
          ? 0.75
          : monthOfYear === 12
            ? 0.85
            : monthOfYear === 3 || monthOfYear === 10
              ? 1.12
              : 1;
      const trend = 0.94 + (0.08 * index) / Math.max(1, months);
      const total = Math.round(base * season * trend * (0.85 + 0.3 * random.next()));
      const newBusinessCents = Math.round(total * newShare * (0.7 + 0.6 * random.next()));
      actuals.push({
        memberId: member.id,
        month,
        newBusinessCents,
        existingBusinessCents: Math.max(0, total - newBusinessCents),
      });
    });
  }
  return actuals;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function asciiSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[^a-z0-9 ]/g, '')
    .trim()
    .replace(/\s+/g, '.');
}
