export interface BackupStamp {
  id: string;
  createdAt: Date;
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

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Which backups to keep: up to `perToday` of today, the newest of each of the previous
 * `days` days, never more than `max`. The newest backup is always kept.
 */
export function backupsToKeep(
  backups: readonly BackupStamp[],
  now: Date,
  rule: RetentionRule = DEFAULT_RETENTION,
): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const today = dayOf(now);
  const oldestDay = dayOf(new Date(now.getTime() - rule.days * 86_400_000));
  const keep = new Set<string>();
  const daysSeen = new Set<string>();
  let todayKept = 0;
  for (const backup of newestFirst) {
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
  if (newestFirst[0]) keep.add(newestFirst[0].id);
  const kept = newestFirst.filter((backup) => keep.has(backup.id)).slice(0, rule.max);
  return new Set(kept.map((backup) => backup.id));
}

/** Automatic backups: at most every `intervalMs`, and only when something changed since. */
export function isAutoBackupDue(
  lastBackupAt: Date | null,
  lastChangeAt: Date | null,
  now: Date,
  intervalMs = 15 * 60_000,
): boolean {
  if (!lastChangeAt) return false;
  if (!lastBackupAt) return true;
  return lastChangeAt > lastBackupAt && now.getTime() - lastBackupAt.getTime() >= intervalMs;
}
