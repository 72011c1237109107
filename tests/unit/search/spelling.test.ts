import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { closeTerms, editDistance } from '../../../src/lib/search/spelling.ts';

/** The textbook dynamic programme, without the early exit, to check the fast one against. */
function reference(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
		}
	}
	return d[a.length]![b.length]!;
}

describe('editDistance', () => {
	test.each([
		['corrupt', 'corupt', 1],
		['parliament', 'parliment', 1],
		['ballot', 'balot', 1],
		['ballot', 'ballto', 1],
		['corrupt', 'coruppt', 2],
		['vote', 'vote', 0],
		['انتخاب', 'انتحاب', 1],
	])('%s ↔ %s: %i', (a, b, distance) => {
		expect(editDistance(a, b)).toBe(distance);
	});

	test('agrees with the textbook algorithm, and never undercounts when it gives up early', () => {
		const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 8 });
		fc.assert(
			fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, limit) => {
				const exact = reference(a, b);
				expect(editDistance(a, b)).toBe(exact);
				const bounded = editDistance(a, b, limit);
				if (exact <= limit) expect(bounded).toBe(exact);
				else expect(bounded).toBeGreaterThan(limit);
			})
		);
	});
});

describe('closeTerms', () => {
	test('finds the vocabulary within the distance, and nothing for a word far from all', () => {
		const vocabulary = ['corrupt', 'court', 'parliament', 'party', 'ballot'];
		expect(closeTerms(vocabulary, 'coruppt', 2)).toEqual(['corrupt']);
		expect(closeTerms(vocabulary, 'parti', 1)).toEqual(['party']);
		expect(closeTerms(vocabulary, 'xylophon', 2)).toEqual([]);
	});
});
