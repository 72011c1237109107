import { describe, expect, test } from 'vitest';
import { isAnswered, isRight, itemKey, judgeStored } from '../../../src/lib/quiz/score.ts';
import { QUIZ_ITEM_TYPES } from '../../../src/lib/content/schema.ts';
import { ITEMS } from './items.ts';

describe('scoring each item type', () => {
	test('the fixtures cover every type of the content model', () => {
		expect(Object.keys(ITEMS).sort()).toEqual([...QUIZ_ITEM_TYPES].sort());
	});

	test('single and scenario: only the answer id is right', () => {
		expect(isRight(ITEMS.single, 'a', 'en')).toBe(true);
		expect(isRight(ITEMS.single, 'b', 'en')).toBe(false);
		expect(isRight(ITEMS.single, ['a'], 'en')).toBe(false);
		expect(isRight(ITEMS.scenario, 'free', 'en')).toBe(true);
		expect(isRight(ITEMS.scenario, 'paid', 'en')).toBe(false);
	});

	test('multiple: exactly the right set, in any order', () => {
		expect(isRight(ITEMS.multiple, ['c', 'a'], 'en')).toBe(true);
		expect(isRight(ITEMS.multiple, ['a'], 'en')).toBe(false);
		expect(isRight(ITEMS.multiple, ['a', 'b', 'c'], 'en')).toBe(false);
		expect(isRight(ITEMS.multiple, ['a', 'a'], 'en')).toBe(false);
		expect(isRight(ITEMS.multiple, 'a', 'en')).toBe(false);
	});

	test('truefalse: a boolean, not the words', () => {
		expect(isRight(ITEMS.truefalse, false, 'en')).toBe(true);
		expect(isRight(ITEMS.truefalse, true, 'en')).toBe(false);
		expect(isRight(ITEMS.truefalse, 'false', 'en')).toBe(false);
	});

	test('ordering: every id in the right place', () => {
		expect(isRight(ITEMS.ordering, ['registration', 'voting', 'counting'], 'en')).toBe(true);
		expect(isRight(ITEMS.ordering, ['voting', 'registration', 'counting'], 'en')).toBe(false);
		expect(isRight(ITEMS.ordering, ['registration', 'voting'], 'en')).toBe(false);
	});

	test('matching: every pair matched to its choice, nothing extra', () => {
		expect(isRight(ITEMS.matching, { 'one-vote': 'equal', 'all-adults': 'universal' }, 'en')).toBe(true);
		expect(isRight(ITEMS.matching, { 'one-vote': 'secret', 'all-adults': 'universal' }, 'en')).toBe(false);
		expect(isRight(ITEMS.matching, { 'all-adults': 'universal' }, 'en')).toBe(false);
		expect(isRight(ITEMS.matching, { 'one-vote': 'equal', 'all-adults': 'universal', extra: 'secret' }, 'en')).toBe(false);
	});

	test('short: compared after normalising, never empty', () => {
		expect(isRight(ITEMS.short, ' 1948. ', 'en')).toBe(true);
		expect(isRight(ITEMS.short, '١٩٤٨', 'ar')).toBe(true);
		expect(isRight(ITEMS.short, '1949', 'en')).toBe(false);
		expect(isRight({ ...ITEMS.short, accept: ['.'] }, '', 'en')).toBe(false);
	});

	test('an answer counts as given only when it fits the type and says something', () => {
		expect(isAnswered(ITEMS.single, undefined)).toBe(false);
		expect(isAnswered(ITEMS.single, '')).toBe(false);
		expect(isAnswered(ITEMS.short, '   ')).toBe(false);
		expect(isAnswered(ITEMS.truefalse, false)).toBe(true);
		expect(isAnswered(ITEMS.multiple, [])).toBe(false);
		expect(isAnswered(ITEMS.matching, { 'all-adults': 'universal' })).toBe(false);
		expect(isAnswered(ITEMS.matching, { 'all-adults': 'universal', 'one-vote': 'secret' })).toBe(true);
	});
});

describe('judging stored answers against the current content', () => {
	test('an edited answer key is applied to answers given before', () => {
		const key = itemKey({ ...ITEMS.single, answer: 'b' });
		expect(judgeStored(key, { itemId: 'capital', type: 'single', response: 'a', correct: true })).toBe(false);
		expect(judgeStored(key, { itemId: 'capital', type: 'single', response: 'b', correct: false })).toBe(true);
	});

	test('a short answer keeps the judgement made in the language it was given in', () => {
		const key = itemKey(ITEMS.short);
		expect(key).toEqual({ id: 'year', type: 'short' });
		expect(judgeStored(key, { itemId: 'year', type: 'short', response: 'ألف وتسعمائة', correct: true })).toBe(true);
	});

	test('an item whose type changed counts as wrong', () => {
		expect(judgeStored(itemKey(ITEMS.multiple), { itemId: 'reasons', type: 'single', response: 'a', correct: true })).toBe(false);
	});
});

describe('the item types the browser checks backups against', () => {
	test('are exactly those of the content model', async () => {
		const { QUIZ_TYPES } = await import('../../../src/lib/progress/quizTypes.ts');
		expect([...QUIZ_TYPES].sort()).toEqual([...QUIZ_ITEM_TYPES].sort());
	});
});
