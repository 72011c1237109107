import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normaliseWord, stripArabicArticle, wordsWithOffsets } from '../../../src/lib/search/normalise.ts';

describe('normaliseWord', () => {
	test.each([
		['Élection', 'election'],
		['ÉLECTIONS', 'elections'],
		['constitución', 'constitucion'],
		['niño', 'nino'],
		['Ça', 'ca'],
		['naïve', 'naive'],
	])('folds accents on Latin letters: %s → %s', (word, folded) => {
		expect(normaliseWord(word)).toBe(folded);
	});

	test.each([
		['الاقْتِراعُ', 'الاقتراع', 'short vowels and sukun'],
		['سريًّا', 'سريا', 'shadda and tanwin'],
		['الانتخـــابات', 'الانتخابات', 'tatweel'],
		['أحزاب', 'احزاب', 'alef with hamza above'],
		['إعلان', 'اعلان', 'alef with hamza below'],
		['آراء', 'اراء', 'alef with madda'],
		['ٱلحق', 'الحق', 'alef wasla'],
	])('unifies Arabic spelling: %s → %s (%s)', (word, folded) => {
		expect(normaliseWord(word)).toBe(folded);
	});

	test('keeps the hamza on waw and yeh, and letters of other scripts', () => {
		expect(normaliseWord('مسؤول')).toBe('مسؤول');
		expect(normaliseWord('هيئة')).toBe('هيئة');
		expect(normaliseWord('Демократия')).toBe('демократия');
	});

	test('is idempotent on any mix of Arabic letters, marks and Latin text', () => {
		const arabic = fc.constantFrom(...'ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآؤئةىـًٌٍَُِّْٰٱ'.split(''));
		const latin = fc.constantFrom(...'aeiouéèêëàçñüÉÀ'.split(''));
		fc.assert(
			fc.property(fc.array(fc.oneof(arabic, latin), { maxLength: 12 }), (letters) => {
				const once = normaliseWord(letters.join(''));
				expect(normaliseWord(once)).toBe(once);
				expect(once).not.toMatch(/[\u064B-\u065F\u0640\u0670أإآٱ]/);
			})
		);
	});
});

describe('stripArabicArticle', () => {
	test.each([
		['الانتخابات', 'انتخابات'],
		['بالاقتراع', 'اقتراع'],
		['والحرية', 'حرية'],
		['فالقانون', 'قانون'],
		['كالمراقب', 'مراقب'],
		['للناخب', 'ناخب'],
		['الحق', 'حق'],
	])('%s → %s', (word, stripped) => {
		expect(stripArabicArticle(word)).toBe(stripped);
	});

	test('leaves a word alone when too little would remain, and leaves other scripts alone', () => {
		expect(stripArabicArticle('الف')).toBe('الف');
		expect(stripArabicArticle('alliance')).toBe('alliance');
		expect(stripArabicArticle('حزب')).toBe('حزب');
	});
});

describe('wordsWithOffsets', () => {
	test('finds words of any script where they start, keeping marks inside words', () => {
		const text = 'Vote! الاقتراعُ، 21(3) naïve';
		const words = wordsWithOffsets(text);
		expect(words.map((w) => w.word)).toEqual(['Vote', 'الاقتراعُ', '21', '3', 'naïve']);
		for (const { word, start } of words) expect(text.slice(start, start + word.length)).toBe(word);
	});
});
