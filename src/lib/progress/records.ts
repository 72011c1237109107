import type { LessonStatus } from '../quiz/mastery.ts';
import type { QuizItemType, Response } from '../quiz/types.ts';

/** A learner on this device: a name they chose and a random id; nothing else personal. */
export interface Profile {
	id: string;
	/** As the learner typed it; empty for the profile made from progress kept before profiles existed. */
	name: string;
	createdAt: number;
	/** When this profile's progress was last exported, for the backup reminder. */
	lastBackupAt?: number;
}

/** How an attempt gives feedback: after each item (practice) or at the end (check). */
export type QuizMode = 'practice' | 'check';

/** One go at a lesson's quiz. */
export interface Attempt {
	id: string;
	profileId: string;
	lessonId: string;
	/** The page locale the quiz was taken under. */
	locale: string;
	/** The language the items were written in (differs from locale for a fallback lesson). */
	contentLocale: string;
	/** The lesson's content hash when the attempt started. */
	contentHash: string;
	mode: QuizMode;
	/** Seed of the choice order; null keeps the authored order (a first attempt). */
	seed: string | null;
	startedAt: number;
	endedAt?: number;
	score?: number;
	total?: number;
}

/** One item's answer within an attempt, saved the moment it is given. */
export interface AnswerRecord {
	attemptId: string;
	itemId: string;
	type: QuizItemType;
	/** Exactly what the learner gave: choice ids, a boolean, or the text as typed. */
	response: Response;
	/** The judgement when it was given (short answers are judged in the language they were given in). */
	correct: boolean;
	answeredAt: number;
	/** Whether the learner looked at the hint first. */
	hint?: boolean;
}

/** A lesson's standing for a profile, recomputed against the current content whenever it is shown. */
export interface LessonStatusRecord {
	profileId: string;
	lessonId: string;
	status: LessonStatus;
	best: number;
	total: number;
	lastActivity?: number;
	updatedAt: number;
}

/** A device-wide setting, such as the active profile. */
export interface Setting {
	key: string;
	value: unknown;
}
