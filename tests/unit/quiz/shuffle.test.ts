import { describe, expect, test } from 'vitest';
import { layoutItem, shuffled } from '../../../src/lib/quiz/shuffle.ts';
import { ITEMS } from './items.ts';

describe('shuffling choices for a retry', () => {
	const list = Array.from({ length: 8 }, (_, i) => `c${i}`);

	test('the same seed always gives the same order, and no id is lost', () => {
		expect(shuffled(list, 'attempt-1')).toEqual(shuffled(list, 'attempt-1'));
		expect([...shuffled(list, 'attempt-1')].sort()).toEqual(list);
	});

	test('different seeds give different orders', () => {
		const orders = new Set(Array.from({ length: 20 }, (_, i) => shuffled(list, `seed-${i}`).join()));
		expect(orders.size).toBeGreaterThan(15);
	});

	test('a first attempt keeps the authored order; a retry shuffles choices and pairs', () => {
		expect(layoutItem(ITEMS.multiple, null).choices).toEqual(['a', 'b', 'c']);
		const layouts = Array.from({ length: 10 }, (_, i) => layoutItem(ITEMS.matching, `retry-${i}`));
		expect(new Set(layouts.map((l) => l.choices.join())).size).toBeGreaterThan(1);
		expect(new Set(layouts.map((l) => l.pairs.join())).size).toBe(2);
	});

	test('an ordering item never starts in the right order', () => {
		const inOrder = { ...ITEMS.ordering, choices: ITEMS.ordering.answer.map((id) => ({ id, text: id })) };
		expect(layoutItem(inOrder, null).choices).not.toEqual(inOrder.answer);
		for (let i = 0; i < 50; i++) expect(layoutItem(inOrder, `s${i}`).choices).not.toEqual(inOrder.answer);
	});
});
