import { normaliseAnswer } from './normalise.ts';
import type { GivenAnswer, ItemKey, QuizItem, Response } from './types.ts';

const isStringList = (value: Response): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');
const isRecord = (value: Response): value is Record<string, string> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a response fits an item's type and says something: a chosen id, a typed word, every pair matched. */
export function isAnswered(item: QuizItem | ItemKey, response: Response | undefined): boolean {
	if (response === undefined) return false;
	switch (item.type) {
		case 'single':
		case 'scenario':
			return typeof response === 'string' && response !== '';
		case 'short':
			return typeof response === 'string' && response.trim() !== '';
		case 'truefalse':
			return typeof response === 'boolean';
		case 'multiple':
		case 'ordering':
			return isStringList(response) && response.length > 0;
		case 'matching':
			return isRecord(response) && Object.keys(item.answer).every((pair) => typeof response[pair] === 'string' && response[pair] !== '');
	}
}

/** Whether a response is right for an item; short answers are compared in the item's language. */
export function isRight(item: QuizItem | ItemKey, response: Response, locale: string): boolean {
	switch (item.type) {
		case 'single':
		case 'scenario':
		case 'truefalse':
			return response === item.answer;
		case 'multiple':
			return isStringList(response) && response.length === item.answer.length && item.answer.every((id) => response.includes(id));
		case 'ordering':
			return isStringList(response) && response.length === item.answer.length && item.answer.every((id, i) => response[i] === id);
		case 'matching': {
			const expected = Object.entries(item.answer);
			return isRecord(response) && Object.keys(response).length === expected.length && expected.every(([pair, choice]) => response[pair] === choice);
		}
		case 'short': {
			if (typeof response !== 'string' || !('accept' in item)) return false;
			const given = normaliseAnswer(response, locale);
			return given !== '' && item.accept.some((accepted) => normaliseAnswer(accepted, locale) === given);
		}
	}
}

/**
 * Judge a stored answer against the item as it is now, so that an edited answer key counts.
 * A short answer keeps the judgement made when it was given, because it was compared in the
 * language the learner answered in; an answer to an item whose type changed counts as wrong.
 */
export function judgeStored(item: ItemKey, answer: GivenAnswer): boolean {
	if (answer.type !== item.type) return false;
	if (item.type === 'short') return answer.correct;
	return isRight(item, answer.response, '');
}

/** The answer key of an item: its id, type and answer, without any text. */
export function itemKey(item: QuizItem): ItemKey {
	if (item.type === 'short') return { id: item.id, type: 'short' };
	return { id: item.id, type: item.type, answer: item.answer } as ItemKey;
}
