import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { excerpt, highlight, type Fragment } from '../../../src/lib/search/snippet.ts';

const text = (fragments: Fragment[]) => fragments.map((f) => f.text).join('');
const marked = (fragments: Fragment[]) => fragments.filter((f) => f.mark).map((f) => f.text);
const matchesAny = (...words: string[]) => (word: string) => words.includes(word.toLowerCase());

describe('highlight', () => {
	test('marks the matched words and keeps everything else as it was', () => {
		const fragments = highlight('Why the ballot is secret: secret ballots.', matchesAny('ballot', 'ballots', 'secret'));
		expect(marked(fragments)).toEqual(['ballot', 'secret', 'secret', 'ballots']);
		expect(text(fragments)).toBe('Why the ballot is secret: secret ballots.');
	});

	test('marks whole Arabic words with their marks', () => {
		const fragments = highlight('لماذا يكون الاقتراعُ سريًّا؟', (w) => w.startsWith('الاقتراع'));
		expect(marked(fragments)).toEqual(['الاقتراعُ']);
	});

	test('never loses or changes text, whatever is matched', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 80 }), fc.array(fc.string({ minLength: 1, maxLength: 4 })), (input, words) => {
				expect(text(highlight(input, (w) => words.includes(w)))).toBe(input);
			})
		);
	});
});

describe('excerpt', () => {
	const long = [
		'Elections let people choose their leaders.',
		'Many things make an election fair, and this passage talks about several of them at length so that it is long.',
		'The vote must be secret.',
		'No one may know how you voted, and the secret ballot protects voters from pressure.',
		'The count, however, happens in public, with observers watching.',
	].join(' ');

	test('starts at the sentence where the matched words are, with an ellipsis where text was cut', () => {
		const fragments = excerpt(long, matchesAny('secret', 'ballot'), 120);
		expect(fragments[0]).toEqual({ text: '…' });
		expect(text(fragments)).toMatch(/^…The vote must be secret\. No one may know/);
		expect(marked(fragments)).toEqual(['secret', 'secret', 'ballot']);
		expect(fragments.at(-1)).toEqual({ text: '…' });
	});

	test('starts at the beginning when nothing in the text matched (a title-only match)', () => {
		const fragments = excerpt(long, () => false, 60);
		expect(text(fragments)).toMatch(/^Elections let people choose their leaders\./);
		expect(fragments.at(-1)).toEqual({ text: '…' });
	});

	test('shows a short text whole, without ellipses', () => {
		expect(excerpt('A short definition.', matchesAny('short'))).toEqual([{ text: 'A ' }, { text: 'short', mark: true }, { text: ' definition.' }]);
	});

	test('never cuts a word in half', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom('vote', 'ballot', 'secret', 'count', 'observer', 'election'), { minLength: 1, maxLength: 80 }), fc.integer({ min: 20, max: 200 }), (words, length) => {
				const source = words.join(' ');
				const shown = text(excerpt(source, matchesAny('secret'), length)).replace(/…/g, '');
				for (const word of shown.split(' ').filter(Boolean)) expect(words).toContain(word);
			})
		);
	});
});
