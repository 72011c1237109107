import { describe, expect, test } from 'vitest';
import { lessonProgress, masteryNeeded, masteryShare, scoreAttempt } from '../../../src/lib/quiz/mastery.ts';
import { itemKey } from '../../../src/lib/quiz/score.ts';
import type { GivenAnswer } from '../../../src/lib/quiz/types.ts';
import { ITEMS } from './items.ts';

const keys = Object.values(ITEMS).map(itemKey);
const right: GivenAnswer[] = [
	{ itemId: 'capital', type: 'single', response: 'a', correct: true },
	{ itemId: 'rice', type: 'scenario', response: 'free', correct: true },
	{ itemId: 'reasons', type: 'multiple', response: ['a', 'c'], correct: true },
	{ itemId: 'earn-rights', type: 'truefalse', response: false, correct: true },
	{ itemId: 'cycle', type: 'ordering', response: ['registration', 'voting', 'counting'], correct: true },
	{ itemId: 'principles', type: 'matching', response: { 'all-adults': 'universal', 'one-vote': 'equal' }, correct: true },
	{ itemId: 'year', type: 'short', response: '1948', correct: true },
];

describe('the mastery rule', () => {
	test.each([
		[0.8, 5, 4],
		[0.8, 4, 4],
		[0.8, 3, 3],
		[0.8, 10, 8],
		[0.7, 10, 7],
		[0.6, 5, 3],
		[1, 7, 7],
		[0.01, 3, 1],
	])('share %d of %d items needs %d right', (share, count, needed) => {
		expect(masteryNeeded(share, count)).toBe(needed);
	});

	test("a lesson's own share overrides the site's", () => {
		expect(masteryShare(0.8)).toBe(0.8);
		expect(masteryShare(0.8, 0.6)).toBe(0.6);
	});
});

describe('lesson status, recomputed against the current items', () => {
	test('not started without answers; in progress with some; mastered with a finished attempt at the share', () => {
		expect(lessonProgress(keys, 0.8, []).status).toBe('not-started');
		expect(lessonProgress(keys, 0.8, [{ finished: false, lastActivity: 5, answers: [] }]).status).toBe('not-started');
		expect(lessonProgress(keys, 0.8, [{ finished: false, lastActivity: 5, answers: right }])).toMatchObject({ status: 'in-progress', best: 0, lastActivity: 5 });
		expect(lessonProgress(keys, 0.8, [{ finished: true, lastActivity: 9, answers: right.slice(0, 6) }])).toMatchObject({ status: 'mastered', best: 6, total: 7, needed: 6 });
		expect(lessonProgress(keys, 0.8, [{ finished: true, lastActivity: 9, answers: right.slice(0, 5) }]).status).toBe('in-progress');
	});

	test('the best attempt counts, not the sum of attempts', () => {
		const attempts = [
			{ finished: true, lastActivity: 1, answers: right.slice(0, 3) },
			{ finished: true, lastActivity: 2, answers: right.slice(3, 6) },
		];
		expect(lessonProgress(keys, 0.8, attempts)).toMatchObject({ status: 'in-progress', best: 3, attempts: 2, lastActivity: 2 });
	});

	test('an item removed from the lesson no longer counts and breaks nothing', () => {
		const fewer = keys.filter((k) => k.id !== 'cycle' && k.id !== 'year');
		expect(scoreAttempt(fewer, right)).toBe(5);
		expect(lessonProgress(fewer, 0.8, [{ finished: true, lastActivity: 1, answers: right.slice(0, 4) }])).toMatchObject({ status: 'mastered', best: 4, total: 5, needed: 4 });
	});

	test('an item added to the lesson raises the bar', () => {
		const more = [...keys, { id: 'new-item', type: 'truefalse' as const, answer: true }];
		expect(lessonProgress(more, 1, [{ finished: true, lastActivity: 1, answers: right }])).toMatchObject({ status: 'in-progress', best: 7, total: 8 });
	});
});
