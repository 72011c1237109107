import type { Attempt } from './records.ts';

/** After how many newly completed lessons without a backup the reminder appears. */
export const BACKUP_EVERY = 3;

/** Lessons with a finished attempt since the last backup (or ever, if there was none). */
export function lessonsSinceBackup(attempts: Attempt[], lastBackupAt = 0): number {
	return new Set(attempts.filter((a) => a.endedAt !== undefined && a.endedAt > lastBackupAt).map((a) => a.lessonId)).size;
}

/** Whether to remind a learner gently to save a backup file. */
export function backupDue(attempts: Attempt[], lastBackupAt?: number, every = BACKUP_EVERY): boolean {
	return lessonsSinceBackup(attempts, lastBackupAt) >= every;
}
