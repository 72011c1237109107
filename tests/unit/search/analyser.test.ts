import { describe, expect, test } from 'vitest';
import { createAnalyser } from '../../../src/lib/search/analyser.ts';
import { hasStemmer, languageTools } from '../../../src/lib/search/languages.ts';

const analyser = async (lang: string) => createAnalyser(await languageTools(lang));

/** Every word of a group must share at least one index term with the first. */
async function expectSameTerm(lang: string, words: string[]) {
	const a = await analyser(lang);
	const [first, ...rest] = words.map((w) => a.variants(w));
	expect(first!.length, `${words[0]} has a term`).toBeGreaterThan(0);
	for (const [i, variants] of rest.entries()) expect(variants.some((t) => first!.includes(t)), `${words[i + 1]} ~ ${words[0]}`).toBe(true);
}

describe('English', () => {
	test.each([
		[['election', 'elections', 'Elections', 'Élections']],
		[['vote', 'votes', 'voting', 'voted']],
		[['party', 'parties']],
	])('inflected and accented forms meet: %j', (words) => expectSameTerm('en', words));

	test('drops stop words and one-letter words', async () => {
		const en = await analyser('en');
		expect(en.terms('Why is the ballot a secret?')).toEqual(['ballot', 'secret']);
	});
});

describe('Arabic', () => {
	test.each([
		[['الاقتراع', 'اقتراع', 'الاقْتِراعُ', 'الإقتراع', 'بالاقتراع', 'والاقتراع'], 'with or without ال, prefixes, short vowels and alef forms'],
		[['الانتخابات', 'انتخابات', 'الانتخـــابات', 'للانتخابات', 'انتخاب'], 'tatweel, لل and the plural'],
		[['المراقبون', 'مراقب', 'المراقبين', 'مراقبين'], 'sound plurals'],
		[['الأحزاب', 'احزاب', 'حزب'], 'bare alef and the singular'],
		[['يصوّت', 'يصوت', 'صوت'], 'shadda and verb prefix'],
	])('%j meet (%s)', (words) => expectSameTerm('ar', words));

	test('keeps words lunr-languages lists as stop words but that carry meaning in a civics course', async () => {
		const ar = await analyser('ar');
		expect(ar.terms('الاقتراع العام')).toEqual(['اقتراع', 'عام']);
		expect(ar.terms('هو في')).toEqual([]);
	});
});

describe('languages registered by their lunr-languages plugin', () => {
	test.each([
		['fr', ['élection', 'election', 'élections', 'ELECTIONS']],
		['es', ['constitución', 'constitucion', 'constituciones', 'Constitución']],
		['es', ['elección', 'eleccion', 'elecciones']],
	])('%s: unaccented spellings and plurals meet: %j', (lang, words) => expectSameTerm(lang, words));

	test('a language without a stemmer still searches by whole words, accents folded', async () => {
		expect(hasStemmer('sw')).toBe(false);
		const sw = await analyser('sw');
		expect(sw.terms('Uchaguzi huru, uchaguzi wa haki')).toEqual(['uchaguzi', 'huru', 'uchaguzi', 'wa', 'haki']);
		expect(sw.variants('Démocratie')).toEqual(['democratie']);
	});

	test('English, Arabic, French and Spanish have stemmers', () => {
		for (const lang of ['en', 'ar', 'fr', 'es']) expect(hasStemmer(lang), lang).toBe(true);
	});
});

describe('prefix', () => {
	test('is the folded word without its article, from three letters on', async () => {
		const ar = await analyser('ar');
		expect(ar.prefix('الانتخ')).toBe('انتخ');
		const en = await analyser('en');
		expect(en.prefix('Élec')).toBe('elec');
		expect(en.prefix('el')).toBeUndefined();
		expect(en.prefix('the')).toBeUndefined();
	});
});
