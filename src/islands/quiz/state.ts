import { randomId } from '../../lib/progress/ids.ts';
import type { AttemptWithAnswers } from '../../lib/progress/attempts.ts';
import type { AnswerRecord, Attempt, QuizMode } from '../../lib/progress/records.ts';
import type { Response } from '../../lib/quiz/types.ts';
import type { Outcome } from './QuizResult.tsx';

/** An attempt before it is saved: the profile is known only once the store is open. */
export type Draft = Omit<Attempt, 'profileId'>;

/** Everything the quiz shows about the attempt under way. */
export interface QuizState {
	attempt: Draft;
	responses: Record<string, Response>;
	/** Items whose feedback is shown. */
	checked: Record<string, boolean>;
	hints: Record<string, boolean>;
	notes: Record<string, string>;
	outcome?: Outcome;
	/** Numbers of the items left unanswered when the learner asked for the result. */
	unanswered?: number[];
	/** The attempt was left unfinished earlier and has been brought back. */
	resumed?: boolean;
}

/** A new attempt at a lesson: seed null keeps the authored order of choices, a seed shuffles them. */
export function freshAttempt(lesson: Omit<Draft, 'id' | 'mode' | 'seed' | 'startedAt'>, seed: string | null, mode: QuizMode): QuizState {
	return { attempt: { ...lesson, id: randomId(), mode, seed, startedAt: Date.now() }, responses: {}, checked: {}, hints: {}, notes: {} };
}

/** An unfinished attempt as it was left: every answer given, with its feedback in practice mode. */
export function resumedAttempt({ attempt: stored, answers }: AttemptWithAnswers): QuizState {
	const { profileId: _, ...attempt } = stored;
	const byItem = <T,>(pick: (a: AnswerRecord) => T) => Object.fromEntries(answers.map((a) => [a.itemId, pick(a)]));
	return {
		attempt,
		responses: byItem((a) => a.response),
		checked: attempt.mode === 'practice' ? byItem(() => true) : {},
		hints: byItem((a) => !!a.hint),
		notes: {},
		resumed: answers.length > 0,
	};
}
