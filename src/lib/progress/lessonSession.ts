import { lessonProgress, type LessonProgress } from '../quiz/mastery.ts';
import type { ItemKey } from '../quiz/types.ts';
import { attemptsOf, finishAttempt, forMastery, saveAnswer, saveLessonStatus, unfinished, type AttemptWithAnswers } from './attempts.ts';
import type { ProgressDb } from './db.ts';
import { openProgressDb, persistence, storageProblem, type StorageProblem } from './durability.ts';
import { activeProfile, listProfiles, setActiveProfile } from './profiles.ts';
import type { AnswerRecord, Attempt, Profile } from './records.ts';
import { backupDue } from './reminder.ts';

export { storageProblem };

/** The lesson a quiz belongs to, as its page knows it. */
export interface LessonInfo {
	lessonId: string;
	keys: ItemKey[];
	share: number;
}

/**
 * What the quiz island loads after it can already answer taps (see Quiz.tsx): the store seen
 * from one lesson, for the active profile. Kept in its own module so Dexie is never in the
 * first script a lesson page fetches.
 */
export interface LessonSession {
	profile: Profile;
	profiles: Profile[];
	/** The attempt left unfinished at this lesson, to resume. */
	resume?: AttemptWithAnswers;
	/** Finished attempts at this lesson: a retry shuffles the choices. */
	finishedCount: number;
	/** Where the learner stands on this lesson now. */
	progress: LessonProgress;
	save(attempt: Attempt, answer: AnswerRecord): Promise<void>;
	/** Close an attempt and recompute the lesson's status; also says whether a backup is due. */
	finish(attempt: Attempt): Promise<{ progress: LessonProgress; backupDue: boolean }>;
	switchTo(profileId: string): Promise<LessonSession>;
}

async function sessionFor(db: ProgressDb, lesson: LessonInfo): Promise<LessonSession> {
	const profile = await activeProfile(db);
	const attempts = await attemptsOf(db, profile.id, lesson.lessonId);
	const recompute = async () => {
		const all = await attemptsOf(db, profile.id, lesson.lessonId);
		const progress = lessonProgress(lesson.keys, lesson.share, all.map(forMastery));
		// The status is a convenience copy: on a full disk, showing progress matters more than keeping it.
		if (progress.status !== 'not-started') await saveLessonStatus(db, { profileId: profile.id, lessonId: lesson.lessonId, status: progress.status, best: progress.best, total: progress.total, lastActivity: progress.lastActivity, updatedAt: Date.now() }).catch(() => undefined);
		return progress;
	};
	return {
		profile,
		profiles: await listProfiles(db),
		resume: unfinished(attempts),
		finishedCount: attempts.filter((a) => a.attempt.endedAt !== undefined).length,
		progress: await recompute(),
		save: (attempt, answer) => saveAnswer(db, attempt, answer),
		async finish(attempt) {
			await finishAttempt(db, attempt);
			const progress = await recompute();
			// Asking once a quiz is finished, when keeping progress clearly matters to the learner.
			void persistence(true);
			const everything = (await attemptsOf(db, profile.id)).map((a) => a.attempt);
			const current = await db.profiles.get(profile.id);
			return { progress, backupDue: backupDue(everything, current?.lastBackupAt) };
		},
		async switchTo(profileId) {
			await setActiveProfile(db, profileId);
			return sessionFor(db, lesson);
		},
	};
}

/** Open the store for a lesson's quiz, or say why progress cannot be kept on this device. */
export async function openLessonSession(lesson: LessonInfo): Promise<LessonSession | StorageProblem> {
	const db = await openProgressDb();
	if (typeof db === 'string') return db;
	try {
		return await sessionFor(db, lesson);
	} catch (error) {
		return storageProblem(error);
	}
}
