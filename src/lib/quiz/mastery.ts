import { judgeStored } from './score.ts';
import type { GivenAnswer, ItemKey } from './types.ts';

/** Where a learner stands on a lesson. */
export type LessonStatus = 'not-started' | 'in-progress' | 'mastered';

/** How many items must be right in one attempt: the mastery share of the items, rounded up. */
export function masteryNeeded(share: number, itemCount: number): number {
	// 0.7 × 10 is 7.000000000000001 in floating point; the epsilon keeps it at 7.
	return Math.min(itemCount, Math.max(1, Math.ceil(share * itemCount - 1e-9)));
}

/** The mastery share that applies to a lesson: its own if it sets one, else the site's. */
export function masteryShare(site: number, lesson?: number): number {
	return lesson ?? site;
}

/** How many of a lesson's current items an attempt got right; answers to removed items do not count. */
export function scoreAttempt(items: ItemKey[], answers: GivenAnswer[]): number {
	const byItem = new Map(answers.map((a) => [a.itemId, a]));
	return items.filter((item) => {
		const answer = byItem.get(item.id);
		return answer !== undefined && judgeStored(item, answer);
	}).length;
}

/** One attempt as the status needs it: its answers, whether it was finished, and when it was last touched. */
export interface AttemptRecord {
	finished: boolean;
	lastActivity: number;
	answers: GivenAnswer[];
}

/** A lesson's standing, recomputed from the stored attempts against the lesson's current items. */
export interface LessonProgress {
	status: LessonStatus;
	/** Best score of a finished attempt, counting only current items. */
	best: number;
	total: number;
	needed: number;
	attempts: number;
	lastActivity?: number;
}

/** Work out a lesson's status: mastered once one finished attempt reaches the mastery share. */
export function lessonProgress(items: ItemKey[], share: number, attempts: AttemptRecord[]): LessonProgress {
	const total = items.length;
	const needed = masteryNeeded(share, total);
	const finished = attempts.filter((a) => a.finished);
	const best = finished.reduce((max, a) => Math.max(max, scoreAttempt(items, a.answers)), 0);
	const touched = attempts.filter((a) => a.finished || a.answers.length > 0);
	const lastActivity = touched.reduce<number | undefined>((last, a) => Math.max(last ?? 0, a.lastActivity), undefined);
	const status: LessonStatus = finished.length > 0 && best >= needed ? 'mastered' : touched.length > 0 ? 'in-progress' : 'not-started';
	return { status, best, total, needed, attempts: finished.length, lastActivity };
}
