import { localDate } from '@shared/format/calendar-date';

export interface BackupStamp {
  id: string;
  createdAt: Date;
  /** Monotonic order of writing; wall time can jump back (travel, NTP, a wrong BIOS clock). */
  sequence: number;
  reason?: string;
}

export interface RetentionRule {
  /** Newest backups kept from the current day. */
  perToday: number;
  /** Days (before today) for which the newest backup of each day is kept. */
  days: number;
  /** Hard ceiling on the number of backups. */
  max: number;
}

export const DEFAULT_RETENTION: RetentionRule = { perToday: 3, days: 30, max: 40 };

/** A backup dated this far after "now" means the clock is wrong (now, or when it was written). */
const CLOCK_SLACK_MS = 5 * 60_000;

// Days as the user lives them (local time), like "today" everywhere else.
const dayOf = localDate;

/** Newest first by the order of writing, wall time only among backups without a sequence. */
export function newestFirst<T extends Pick<BackupStamp, 'createdAt' | 'sequence'>>(
  backups: readonly T[],
): T[] {
  return [...backups].sort(
    (a, b) => b.sequence - a.sequence || b.createdAt.getTime() - a.createdAt.getTime(),
  );
}

/** True when a backup claims to come from the future: then no date can be trusted for pruning. */
export function clockLooksWrong(backups: readonly BackupStamp[], now: Date): boolean {
  return backups.some((b) => b.createdAt.getTime() > now.getTime() + CLOCK_SLACK_MS);
}

/**
 * Which backups to keep: up to `perToday` of today, the newest of each of the previous
 * `days` days, never more than `max`. Whatever the dates say, the newest backup and the
 * newest "before-restore" one (the undo of the last restore) are kept; when the clock looks
 * wrong, everything is kept.
 */
export function backupsToKeep(
  backups: readonly BackupStamp[],
  now: Date,
  rule: RetentionRule = DEFAULT_RETENTION,
): Set<string> {
  const ordered = newestFirst(backups);
  if (clockLooksWrong(backups, now)) return new Set(ordered.map((b) => b.id));
  const today = dayOf(now);
  const oldestDay = dayOf(new Date(now.getTime() - rule.days * 86_400_000));
  const keep = new Set<string>();
  const daysSeen = new Set<string>();
  let todayKept = 0;
  for (const backup of ordered) {
    const day = dayOf(backup.createdAt);
    if (day >= today) {
      if (todayKept < rule.perToday) {
        keep.add(backup.id);
        todayKept += 1;
      }
    } else if (day >= oldestDay && !daysSeen.has(day)) {
      keep.add(backup.id);
      daysSeen.add(day);
    }
  }
  const protectedIds = [ordered[0], ordered.find((b) => b.reason === 'before-restore')]
    .filter((b): b is BackupStamp => b !== undefined)
    .map((b) => b.id);
  const rest = ordered
    .filter((b) => keep.has(b.id) && !protectedIds.includes(b.id))
    .slice(0, Math.max(0, rule.max - protectedIds.length));
  return new Set([...protectedIds, ...rest.map((b) => b.id)]);
}

/**
 * When the last backup was made and whether anything changed since: by the app's own
 * monotonic clock within a session, by the backup's date across a restart.
 */
export class AutoBackupClock {
  private changed = false;
  private lastMono: number | null = null;

  constructor(
    private readonly now: () => Date,
    private readonly monotonicMs: () => number,
    private lastAt: Date | null,
  ) {}

  changedNow(): void {
    this.changed = true;
  }

  backedUp(at: Date): void {
    this.lastAt = at;
    this.lastMono = this.monotonicMs();
    this.changed = false;
  }

  isDue(intervalMs?: number): boolean {
    const since =
      this.lastMono !== null
        ? this.monotonicMs() - this.lastMono
        : this.lastAt
          ? this.now().getTime() - this.lastAt.getTime()
          : null;
    return isAutoBackupDue(this.changed, since, intervalMs);
  }
}

/**
 * Automatic backups: at most every `intervalMs` of the app's own running time, and only when
 * something changed since. `sinceLastBackupMs` comes from a monotonic clock when the last backup
 * was made in this session; otherwise from wall time, where a clock set back counts as due.
 */
export function isAutoBackupDue(
  changedSinceBackup: boolean,
  sinceLastBackupMs: number | null,
  intervalMs = 15 * 60_000,
): boolean {
  if (!changedSinceBackup) return false;
  if (sinceLastBackupMs === null || sinceLastBackupMs < 0) return true;
  return sinceLastBackupMs >= intervalMs;
}
