import type { AttemptRecord } from '../quiz/mastery.ts';
import type { ProgressDb } from './db.ts';
import type { AnswerRecord, Attempt, LessonStatusRecord } from './records.ts';

/** An attempt with its answers. */
export interface AttemptWithAnswers {
	attempt: Attempt;
	answers: AnswerRecord[];
}

/** Every attempt of a profile at one lesson (or at all lessons), with their answers, oldest first. */
export async function attemptsOf(db: ProgressDb, profileId: string, lessonId?: string): Promise<AttemptWithAnswers[]> {
	return db.transaction('r', db.attempts, db.answers, async () => {
		const attempts = lessonId
			? await db.attempts.where('[profileId+lessonId]').equals([profileId, lessonId]).toArray()
			: await db.attempts.where('profileId').equals(profileId).toArray();
		const answers = await db.answers.where('attemptId').anyOf(attempts.map((a) => a.id)).toArray();
		// Map.groupBy would be shorter, but Chrome 109 (old Android phones) lacks it.
		const byAttempt = new Map<string, AnswerRecord[]>();
		for (const answer of answers) byAttempt.set(answer.attemptId, [...(byAttempt.get(answer.attemptId) ?? []), answer]);
		return attempts.sort((a, b) => a.startedAt - b.startedAt).map((attempt) => ({ attempt, answers: byAttempt.get(attempt.id) ?? [] }));
	});
}

/** The attempt a learner left unfinished at a lesson, to resume where they were. */
export function unfinished(attempts: AttemptWithAnswers[]): AttemptWithAnswers | undefined {
	return attempts.filter((a) => a.attempt.endedAt === undefined).at(-1);
}

/** An attempt as the mastery rule sees it. */
export function forMastery({ attempt, answers }: AttemptWithAnswers): AttemptRecord {
	const lastAnswer = answers.reduce((last, a) => Math.max(last, a.answeredAt), attempt.startedAt);
	return { finished: attempt.endedAt !== undefined, lastActivity: Math.max(lastAnswer, attempt.endedAt ?? 0), answers };
}

/** Save one answer the moment it is given, with its attempt, in one transaction. */
export async function saveAnswer(db: ProgressDb, attempt: Attempt, answer: AnswerRecord): Promise<void> {
	await db.transaction('rw', db.attempts, db.answers, async () => {
		if (!(await db.attempts.get(attempt.id))) await db.attempts.add(attempt);
		await db.answers.put(answer);
	});
}

/** Close an attempt with its score. */
export async function finishAttempt(db: ProgressDb, attempt: Attempt): Promise<void> {
	await db.attempts.put(attempt);
}

/** Keep a lesson's recomputed status, so that other pages can show it. */
export async function saveLessonStatus(db: ProgressDb, record: LessonStatusRecord): Promise<void> {
	await saveLessonStatuses(db, [record]);
}

const sameStatus = (a: LessonStatusRecord, b: LessonStatusRecord) => a.status === b.status && a.best === b.best && a.total === b.total && a.lastActivity === b.lastActivity;

/**
 * Keep lesson statuses, writing only those that changed: opening a page recomputes them all, and a
 * write that changes nothing would still cost the disk (and could fail when it is full).
 */
export async function saveLessonStatuses(db: ProgressDb, records: LessonStatusRecord[]): Promise<void> {
	if (records.length === 0) return;
	const stored = await db.lessonStatus.bulkGet(records.map((r) => [r.profileId, r.lessonId]));
	const changed = records.filter((record, i) => !stored[i] || !sameStatus(stored[i], record));
	if (changed.length) await db.lessonStatus.bulkPut(changed);
}
