import { ProgressDb } from '../../../src/lib/progress/db.ts';
import { saveAnswer, finishAttempt } from '../../../src/lib/progress/attempts.ts';
import { createProfile } from '../../../src/lib/progress/profiles.ts';
import type { Attempt, Profile } from '../../../src/lib/progress/records.ts';
import { isRight } from '../../../src/lib/quiz/score.ts';
import { REAL_LESSONS, rightResponse, wrongResponse } from './realCourse.ts';

let counter = 0;

/** A fresh database with a unique name. */
export function freshDb(): ProgressDb {
	return new ProgressDb(`test-${++counter}-${Math.random().toString(36).slice(2)}`);
}

/** Take a real lesson's quiz as a learner would: answer each item in turn, right or wrong, maybe finish. */
export async function takeQuiz(db: ProgressDb, profile: Profile, lessonIndex: number, opts: { right: number; finish: boolean; id: string; startedAt: number }) {
	const lesson = REAL_LESSONS[lessonIndex % REAL_LESSONS.length]!;
	const attempt: Attempt = { id: opts.id, profileId: profile.id, lessonId: lesson.id, locale: 'en', contentLocale: 'en', contentHash: '0011223344556677', mode: 'practice', seed: null, startedAt: opts.startedAt };
	let score = 0;
	for (const [i, item] of lesson.items.entries()) {
		const response = i < opts.right ? rightResponse(item) : wrongResponse(item);
		const correct = isRight(item, response, 'en');
		if (correct) score++;
		await saveAnswer(db, attempt, { attemptId: attempt.id, itemId: item.id, type: item.type, response, correct, answeredAt: opts.startedAt + (i + 1) * 1000, ...(i === 0 ? { hint: true } : {}) });
	}
	if (opts.finish) await finishAttempt(db, { ...attempt, endedAt: opts.startedAt + 60_000, score, total: lesson.items.length });
	return lesson;
}

/** A device with two learners and some real progress each. */
export async function twoLearners(db: ProgressDb) {
	const t0 = Date.UTC(2025, 4, 1, 8);
	const amina = await createProfile(db, 'Amina');
	const sam = await createProfile(db, '<b>Sam</b>');
	await takeQuiz(db, amina, 0, { right: 99, finish: true, id: 'amina-1', startedAt: t0 });
	await takeQuiz(db, amina, 1, { right: 1, finish: false, id: 'amina-2', startedAt: t0 + 100_000 });
	await takeQuiz(db, sam, 2, { right: 2, finish: true, id: 'sam-1', startedAt: t0 + 200_000 });
	return { amina, sam, t0 };
}
