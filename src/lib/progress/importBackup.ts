import type { ProgressDb } from './db.ts';
import type { ExportFile } from './format.ts';
import { readBackup, type ReadResult } from './readBackup.ts';
import type { AnswerRecord, Attempt } from './records.ts';

/** What importing a backup would do, shown to the learner before anything changes. */
export interface ImportPreview {
	profileId: string;
	/** The name in the file. */
	name: string;
	/** The name of the same profile on this device, if it is here already. */
	localName?: string;
	newAttempts: number;
	/** Attempts already on this device (merged by attempt id), which are left as they are. */
	knownAttempts: number;
	/** Lessons that gain attempts, in the order of the file. */
	lessons: string[];
}

async function plan(db: ProgressDb, file: ExportFile) {
	const existing = new Set(await db.attempts.where('id').anyOf(file.attempts.map((a) => a.id)).primaryKeys());
	const fresh = file.attempts.filter((a) => !existing.has(a.id));
	const local = await db.profiles.get(file.profile.id);
	const preview: ImportPreview = {
		profileId: file.profile.id,
		name: file.profile.name,
		localName: local?.name,
		newAttempts: fresh.length,
		knownAttempts: file.attempts.length - fresh.length,
		lessons: [...new Set(fresh.map((a) => a.lessonId))],
	};
	return { preview, fresh, local };
}

/** Say what importing a checked backup would add, without changing anything. */
export async function previewImport(db: ProgressDb, file: ExportFile): Promise<ImportPreview> {
	return db.transaction('r', db.attempts, db.profiles, async () => (await plan(db, file)).preview);
}

/**
 * Merge a checked backup into this device: its profile (made if it is not here), and every
 * attempt whose id is not here yet, with its answers. All in one transaction, so a failure
 * (such as a full disk) leaves everything as it was; importing the same file twice adds nothing.
 */
export async function applyImport(db: ProgressDb, file: ExportFile): Promise<ImportPreview> {
	return db.transaction('rw', [db.profiles, db.attempts, db.answers, db.settings], async () => {
		const { preview, fresh, local } = await plan(db, file);
		if (!local) await db.profiles.add({ ...file.profile });
		const attempts: Attempt[] = [];
		const answers: AnswerRecord[] = [];
		for (const { answers: given, ...attempt } of fresh) {
			attempts.push({ ...attempt, profileId: file.profile.id });
			for (const answer of given) answers.push({ ...answer, attemptId: attempt.id });
		}
		await db.attempts.bulkAdd(attempts);
		await db.answers.bulkAdd(answers);
		await db.settings.put({ key: 'activeProfile', value: file.profile.id });
		return preview;
	});
}

/** Check a backup file and, only if every check passes, merge it; what was refused changes nothing. */
export async function importBackup(db: ProgressDb, content: string): Promise<ReadResult | { ok: true; preview: ImportPreview }> {
	const read = await readBackup(content);
	if (!read.ok) return read;
	return { ok: true, preview: await applyImport(db, read.file) };
}
