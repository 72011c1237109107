import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { attemptsOf, forMastery } from '../../../src/lib/progress/attempts.ts';
import { ProgressDb } from '../../../src/lib/progress/db.ts';
import { activeProfile } from '../../../src/lib/progress/profiles.ts';
import type { AnswerRecord } from '../../../src/lib/progress/records.ts';
import { LATEST_VERSION, SCHEMA, type AttemptV1 } from '../../../src/lib/progress/schema.ts';
import { lessonProgress } from '../../../src/lib/quiz/mastery.ts';
import { isRight, itemKey } from '../../../src/lib/quiz/score.ts';
import { REAL_LESSONS, rightResponse, wrongResponse } from './realCourse.ts';

let name = '';
afterEach(async () => {
	await new ProgressDb(name).delete();
});

/** Progress as the code of version 1 wrote it: attempts of real lessons, one learner, no profiles. */
async function writeVersion1(dbName: string) {
	const db = new ProgressDb(dbName, 1);
	const [first, second] = REAL_LESSONS;
	const t0 = Date.UTC(2025, 2, 1, 9);
	const attempts: AttemptV1[] = [
		{ id: 'a1', lessonId: first!.id, locale: 'en', contentHash: '0123456789abcdef', mode: 'practice', seed: null, startedAt: t0, endedAt: t0 + 300_000, score: first!.items.length, total: first!.items.length },
		{ id: 'a2', lessonId: second!.id, locale: 'ar', contentHash: 'fedcba9876543210', mode: 'check', seed: null, startedAt: t0 + 600_000 },
	];
	const answers: AnswerRecord[] = [
		...first!.items.map((item, i) => ({ attemptId: 'a1', itemId: item.id, type: item.type, response: rightResponse(item), correct: true, answeredAt: t0 + i * 1000 })),
		...second!.items.slice(0, 2).map((item, i) => ({ attemptId: 'a2', itemId: item.id, type: item.type, response: wrongResponse(item), correct: false, answeredAt: t0 + 600_000 + i * 1000, hint: true })),
	];
	await db.table('attempts').bulkAdd(attempts);
	await db.table('answers').bulkAdd(answers);
	await db.table('settings').put({ key: 'persistAsked', value: true });
	db.close();
	return { attempts, answers };
}

describe('schema versions', () => {
	test('versions are numbered in order and the site opens the newest', () => {
		expect(SCHEMA.map((v) => v.version)).toEqual(SCHEMA.map((_, i) => i + 1));
		expect(LATEST_VERSION).toBeGreaterThanOrEqual(2);
	});

	test('the real course gives the migration real lessons to work with', () => {
		expect(REAL_LESSONS.length).toBeGreaterThanOrEqual(2);
		for (const lesson of REAL_LESSONS.slice(0, 2)) for (const item of lesson.items) expect(isRight(item, rightResponse(item), 'en'), `${lesson.id}/${item.id}`).toBe(true);
	});
});

describe('upgrading a database written by version 1', () => {
	test('keeps every attempt and answer and gives them to one unnamed, active profile', async () => {
		name = 'migrate-v1';
		const written = await writeVersion1(name);
		const db = new ProgressDb(name);
		await db.open();
		expect(db.verno).toBe(LATEST_VERSION);

		const profiles = await db.profiles.toArray();
		expect(profiles).toHaveLength(1);
		expect(profiles[0]).toMatchObject({ name: '', createdAt: written.attempts[0]!.startedAt });
		expect((await activeProfile(db)).id).toBe(profiles[0]!.id);

		const attempts = await db.attempts.toArray();
		expect(attempts).toEqual(written.attempts.map((a) => ({ ...a, profileId: profiles[0]!.id, contentLocale: a.locale })));
		expect(await db.answers.toArray()).toEqual([...written.answers].sort((a, b) => (a.attemptId + a.itemId).localeCompare(b.attemptId + b.itemId)));
		expect(await db.settings.get('persistAsked')).toEqual({ key: 'persistAsked', value: true });
		db.close();
	});

	test('progress made before the upgrade still counts: mastered stays mastered, the unfinished attempt resumes', async () => {
		name = 'migrate-v1-progress';
		await writeVersion1(name);
		const db = new ProgressDb(name);
		const profile = await activeProfile(db);
		const [first, second] = REAL_LESSONS;

		const done = await attemptsOf(db, profile.id, first!.id);
		expect(lessonProgress(first!.items.map(itemKey), 0.8, done.map(forMastery))).toMatchObject({ status: 'mastered', best: first!.items.length });
		const open = await attemptsOf(db, profile.id, second!.id);
		expect(open).toHaveLength(1);
		expect(open[0]!.attempt.endedAt).toBeUndefined();
		expect(open[0]!.answers.map((a) => a.itemId).sort()).toEqual(second!.items.slice(0, 2).map((i) => i.id).sort());

		const statuses = await db.lessonStatus.where('profileId').equals(profile.id).toArray();
		expect(statuses.map((s) => [s.lessonId, s.best, s.total]).sort()).toEqual([
			[first!.id, first!.items.length, first!.items.length],
			[second!.id, 0, 0],
		].sort());
		db.close();
	});

	test('an empty version 1 database upgrades too', async () => {
		name = 'migrate-v1-empty';
		const old = new ProgressDb(name, 1);
		await old.open();
		old.close();
		const db = new ProgressDb(name);
		expect(await db.attempts.count()).toBe(0);
		expect(await db.profiles.count()).toBe(1);
		db.close();
	});
});
