import type { QuizItem, QuizItemType } from '../content/schema.ts';

export type { QuizItem, QuizItemType };

/**
 * What a learner gave for an item, exactly as given: choice ids, never choice text.
 * single and scenario: a choice id; multiple and ordering: choice ids; truefalse: a boolean;
 * matching: pair id → choice id; short: the text as typed.
 */
export type Response = string | string[] | boolean | Record<string, string>;

/** What the progress page needs of an item to judge stored answers again: no text, only ids. */
export type ItemKey =
	| { id: string; type: 'single' | 'scenario'; answer: string }
	| { id: string; type: 'multiple' | 'ordering'; answer: string[] }
	| { id: string; type: 'truefalse'; answer: boolean }
	| { id: string; type: 'matching'; answer: Record<string, string> }
	| { id: string; type: 'short' };

/** An answer as stored: the response as given and the judgement made when it was given. */
export interface GivenAnswer {
	itemId: string;
	type: QuizItemType;
	response: Response;
	correct: boolean;
}

/** The interface string that tells a learner how to answer each item type, in the island and in the list without JavaScript. */
export const INSTRUCTION_KEY: Record<QuizItemType, string> = {
	single: 'quiz.chooseOne',
	scenario: 'quiz.chooseOne',
	multiple: 'quiz.chooseMany',
	truefalse: 'quiz.trueOrFalse',
	ordering: 'quiz.putInOrder',
	matching: 'quiz.matchEach',
	short: 'quiz.typeAnswer',
};
