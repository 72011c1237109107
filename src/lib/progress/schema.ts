import type { Transaction } from 'dexie';
import { randomId } from './ids.ts';
import type { Attempt, LessonStatusRecord, Profile } from './records.ts';

/**
 * The versions of the progress database, oldest first. A version is never changed once released:
 * a change to the stores or the records is a new version with an upgrade from the one before,
 * and tests open a database written by each earlier version's code and upgrade it.
 */
export interface SchemaVersion {
	version: number;
	stores: Record<string, string | null>;
	upgrade?: (tx: Transaction) => Promise<void>;
}

export { DB_NAME } from './dbName.ts';

/** An attempt as version 1 stored it: one learner per device, so no profile. */
export type AttemptV1 = Omit<Attempt, 'profileId' | 'contentLocale'>;

/** Version 2 adds profiles: progress kept so far becomes an unnamed profile, which becomes active. */
async function upgradeToProfiles(tx: Transaction): Promise<void> {
	const attempts = (await tx.table('attempts').toArray()) as AttemptV1[];
	const profile: Profile = { id: randomId(), name: '', createdAt: Math.min(Date.now(), ...attempts.map((a) => a.startedAt)) };
	await tx.table('profiles').add(profile);
	await tx.table('settings').put({ key: 'activeProfile', value: profile.id });
	await tx.table('attempts').toCollection().modify((attempt: Attempt) => {
		attempt.profileId = profile.id;
		attempt.contentLocale = attempt.locale;
	});
	// A first lesson status from the stored scores; each page recomputes it against its current content.
	const byLesson = new Map<string, LessonStatusRecord>();
	for (const a of attempts) {
		const row = byLesson.get(a.lessonId) ?? { profileId: profile.id, lessonId: a.lessonId, status: 'in-progress', best: 0, total: a.total ?? 0, updatedAt: Date.now() };
		if (a.endedAt !== undefined && (a.score ?? 0) >= row.best) Object.assign(row, { best: a.score ?? 0, total: a.total ?? row.total });
		row.lastActivity = Math.max(row.lastActivity ?? 0, a.endedAt ?? a.startedAt);
		byLesson.set(a.lessonId, row);
	}
	await tx.table('lessonStatus').bulkAdd([...byLesson.values()]);
}

export const SCHEMA: SchemaVersion[] = [
	{
		version: 1,
		stores: {
			attempts: 'id, lessonId',
			answers: '[attemptId+itemId], attemptId',
			settings: 'key',
		},
	},
	{
		version: 2,
		stores: {
			profiles: 'id',
			attempts: 'id, lessonId, [profileId+lessonId], profileId',
			answers: '[attemptId+itemId], attemptId',
			lessonStatus: '[profileId+lessonId], profileId',
			settings: 'key',
		},
		upgrade: upgradeToProfiles,
	},
];

/** The newest version, which the site opens. */
export const LATEST_VERSION = SCHEMA[SCHEMA.length - 1]!.version;
