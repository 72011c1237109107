import { attemptsOf } from './attempts.ts';
import type { ProgressDb } from './db.ts';
import { checksumOf, FORMAT_ID, FORMAT_VERSION, type ExportFile } from './format.ts';

/** A backup ready to download. */
export interface Backup {
	fileName: string;
	text: string;
	file: ExportFile;
}

/** A file name that says what the file is, whose it is and when it was made, in plain ASCII. */
function fileNameFor(name: string, date: Date): string {
	const slug = name.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase().slice(0, 30);
	return `civitas-progress-${slug || 'learner'}-${date.toISOString().slice(0, 10)}.json`;
}

/** Export one profile's progress as a backup file, and note the time so the reminder rests. */
export async function exportProfile(db: ProgressDb, profileId: string, site: { name: string; version: string }, now = new Date()): Promise<Backup> {
	const profile = await db.profiles.get(profileId);
	if (!profile) throw new Error(`No profile ${profileId} on this device.`);
	const attempts = (await attemptsOf(db, profileId)).map(({ attempt, answers }) => {
		const { profileId: _, ...kept } = attempt;
		return { ...kept, answers: answers.map(({ attemptId: __, ...answer }) => answer).sort((a, b) => a.answeredAt - b.answeredAt) };
	});
	const body = {
		format: FORMAT_ID,
		version: FORMAT_VERSION,
		exportedAt: now.toISOString(),
		site,
		profile: { id: profile.id, name: profile.name, createdAt: profile.createdAt },
		attempts,
	} as const;
	const file: ExportFile = { ...body, checksum: await checksumOf(body) };
	// A full disk must not stop the backup, which is exactly what the learner needs then.
	await db.profiles.update(profileId, { lastBackupAt: now.getTime() }).catch(() => undefined);
	return { fileName: fileNameFor(profile.name, now), text: JSON.stringify(file, null, 1), file };
}
