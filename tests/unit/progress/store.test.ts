import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { attemptsOf, unfinished } from '../../../src/lib/progress/attempts.ts';
import { loadCourseProgress } from '../../../src/lib/progress/courseProgress.ts';
import type { ProgressDb } from '../../../src/lib/progress/db.ts';
import { activeProfile, cleanName, createProfile, deleteProfile, listProfiles, renameProfile, setActiveProfile } from '../../../src/lib/progress/profiles.ts';
import { backupDue, lessonsSinceBackup } from '../../../src/lib/progress/reminder.ts';
import { itemKey } from '../../../src/lib/quiz/score.ts';
import { freshDb, takeQuiz, twoLearners } from './fixtures.ts';
import { REAL_LESSONS, rightResponse, wrongResponse } from './realCourse.ts';

let db: ProgressDb;
afterEach(async () => {
	await db.delete();
});

const course = REAL_LESSONS.map((l) => ({ id: l.id, keys: l.items.map(itemKey), share: 0.8 }));

describe('profiles', () => {
	test('a first, unnamed profile is made when the device has none', async () => {
		db = freshDb();
		const first = await activeProfile(db);
		expect(first.name).toBe('');
		expect((await activeProfile(db)).id).toBe(first.id);
		expect(await listProfiles(db)).toHaveLength(1);
	});

	test('names are kept as typed, trimmed, at most 40 characters; each profile has a random id', async () => {
		db = freshDb();
		const a = await createProfile(db, '  Nour \n  Al-Huda ');
		const b = await createProfile(db, 'x'.repeat(60));
		expect(a.name).toBe('Nour Al-Huda');
		expect(b.name).toHaveLength(40);
		expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
		expect(a.id).not.toBe(b.id);
		expect(cleanName('\u0000a\tb')).toBe('a b');
		await renameProfile(db, a.id, ' Nour ');
		expect((await db.profiles.get(a.id))!.name).toBe('Nour');
	});

	test('two learners on one device keep separate progress', async () => {
		db = freshDb();
		const { amina, sam } = await twoLearners(db);
		const aminas = await loadCourseProgress(db, amina.id, course);
		const sams = await loadCourseProgress(db, sam.id, course);
		expect(aminas.get(REAL_LESSONS[0]!.id)!.status).toBe('mastered');
		expect(aminas.get(REAL_LESSONS[1]!.id)!.status).toBe('in-progress');
		expect(aminas.get(REAL_LESSONS[2]!.id)!.status).toBe('not-started');
		expect(sams.get(REAL_LESSONS[0]!.id)!.status).toBe('not-started');
		expect(sams.get(REAL_LESSONS[2]!.id)).toMatchObject({ status: 'in-progress', best: 2 });
		expect(await db.lessonStatus.where('profileId').equals(amina.id).count()).toBe(2);
	});

	test('switching makes another profile active', async () => {
		db = freshDb();
		const { amina, sam } = await twoLearners(db);
		expect((await activeProfile(db)).id).toBe(sam.id);
		await setActiveProfile(db, amina.id);
		expect((await activeProfile(db)).id).toBe(amina.id);
	});

	test("deleting a profile removes all of its data and nothing of anyone else's", async () => {
		db = freshDb();
		const { amina, sam } = await twoLearners(db);
		const samAnswersBefore = (await attemptsOf(db, sam.id)).flatMap((a) => a.answers).length;
		await deleteProfile(db, sam.id);
		expect(await db.profiles.get(sam.id)).toBeUndefined();
		expect(await attemptsOf(db, sam.id)).toEqual([]);
		expect(await db.answers.where('attemptId').equals('sam-1').count()).toBe(0);
		expect(samAnswersBefore).toBeGreaterThan(0);
		expect((await attemptsOf(db, amina.id)).length).toBe(2);
		expect((await activeProfile(db)).id).toBe(amina.id);
	});
});

describe('answers saved as they are given', () => {
	test('an unfinished attempt is found again with every answer exactly as given', async () => {
		db = freshDb();
		const profile = await activeProfile(db);
		const lesson = await takeQuiz(db, profile, 1, { right: 1, finish: false, id: 'open', startedAt: Date.UTC(2025, 0, 1) });
		const open = unfinished(await attemptsOf(db, profile.id, lesson.id));
		expect(open?.attempt.id).toBe('open');
		expect(open?.answers).toHaveLength(lesson.items.length);
		const given = new Map(lesson.items.map((item, i) => [item.id, i < 1 ? rightResponse(item) : wrongResponse(item)]));
		for (const answer of open!.answers) expect(answer.response, answer.itemId).toEqual(given.get(answer.itemId));
	});

	test('a finished attempt is not resumed', async () => {
		db = freshDb();
		const profile = await activeProfile(db);
		const lesson = await takeQuiz(db, profile, 0, { right: 9, finish: true, id: 'done', startedAt: Date.UTC(2025, 0, 1) });
		expect(unfinished(await attemptsOf(db, profile.id, lesson.id))).toBeUndefined();
	});
});

describe('the backup reminder', () => {
	const attempt = (lessonId: string, endedAt?: number) => ({ id: `${lessonId}${endedAt}`, profileId: 'p', lessonId, locale: 'en', contentLocale: 'en', contentHash: 'x', mode: 'practice' as const, seed: null, startedAt: 1, endedAt });

	test('comes after three lessons completed since the last backup, and not for unfinished ones', () => {
		const attempts = [attempt('a', 10), attempt('a', 11), attempt('b', 12), attempt('c'), attempt('d', 20)];
		expect(lessonsSinceBackup(attempts)).toBe(3);
		expect(backupDue(attempts)).toBe(true);
		expect(backupDue(attempts, 11)).toBe(false);
		expect(lessonsSinceBackup(attempts, 11)).toBe(2);
	});
});
