import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { loadCourseProgress } from '../../../src/lib/progress/courseProgress.ts';
import { ProgressDb } from '../../../src/lib/progress/db.ts';
import { setActiveProfile } from '../../../src/lib/progress/profiles.ts';
import { readLessonStatuses } from '../../../src/lib/progress/readStatuses.ts';
import { DB_NAME } from '../../../src/lib/progress/schema.ts';
import { itemKey } from '../../../src/lib/quiz/score.ts';
import { twoLearners } from './fixtures.ts';
import { REAL_LESSONS } from './realCourse.ts';

// The module and home pages read lesson statuses without Dexie, from the site's own database.
afterEach(async () => {
	await new ProgressDb(DB_NAME).delete();
});

describe('reading lesson statuses without Dexie', () => {
	test('gives the active profile’s statuses as the progress page kept them', async () => {
		const db = new ProgressDb(DB_NAME);
		const { amina, sam } = await twoLearners(db);
		const course = REAL_LESSONS.map((l) => ({ id: l.id, keys: l.items.map(itemKey), share: 0.8 }));
		await loadCourseProgress(db, amina.id, course);
		await loadCourseProgress(db, sam.id, course);
		await setActiveProfile(db, amina.id);
		db.close();
		expect(Object.fromEntries(await readLessonStatuses())).toEqual({ [REAL_LESSONS[0]!.id]: 'mastered', [REAL_LESSONS[1]!.id]: 'in-progress' });
	});

	test('never creates the database on a device without progress', async () => {
		expect((await readLessonStatuses()).size).toBe(0);
		expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
	});

	test('a database from before lesson statuses existed gives no status and no error', async () => {
		const old = new ProgressDb(DB_NAME, 1);
		await old.open();
		old.close();
		expect((await readLessonStatuses()).size).toBe(0);
	});
});
