import { lessonProgress, type LessonProgress } from '../quiz/mastery.ts';
import type { ItemKey } from '../quiz/types.ts';
import { attemptsOf, forMastery, saveLessonStatuses, type AttemptWithAnswers } from './attempts.ts';
import type { ProgressDb } from './db.ts';

/** A lesson as the progress page knows it from the current content: its items' keys and mastery share. */
export interface LessonKeys {
	id: string;
	keys: ItemKey[];
	share: number;
}

/** Every lesson's progress for one profile, recomputed against the current content. */
export function courseProgress(lessons: LessonKeys[], attempts: AttemptWithAnswers[]): Map<string, LessonProgress> {
	return new Map(
		lessons.map((lesson) => [lesson.id, lessonProgress(lesson.keys, lesson.share, attempts.filter((a) => a.attempt.lessonId === lesson.id).map(forMastery))])
	);
}

/** Load a profile's progress on every lesson and keep each status, so other pages can show it. */
export async function loadCourseProgress(db: ProgressDb, profileId: string, lessons: LessonKeys[]): Promise<Map<string, LessonProgress>> {
	const progress = courseProgress(lessons, await attemptsOf(db, profileId));
	const now = Date.now();
	const rows = [...progress].filter(([, p]) => p.status !== 'not-started').map(([lessonId, p]) => ({ profileId, lessonId, status: p.status, best: p.best, total: p.total, lastActivity: p.lastActivity, updatedAt: now }));
	// The statuses are a convenience for other pages; a full disk must not stop this page from showing progress.
	await saveLessonStatuses(db, rows).catch(() => undefined);
	return progress;
}
