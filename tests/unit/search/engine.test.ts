import { describe, expect, test } from 'vitest';
import { buildSearchIndex } from '../../../src/lib/search/build.ts';
import { openSearch, type SearchOutcome } from '../../../src/lib/search/engine.ts';
import type { IndexInput, SearchDocument } from '../../../src/lib/search/types.ts';

const input = (kind: SearchDocument['kind'], id: string, lang: string, title: string, body: string, boost?: number): IndexInput => ({
	document: { kind, id, lang, title, href: `/x/${id}/`, text: body },
	fields: { title, body },
	boost,
});

const COURSE = [
	input('lesson', 'secret-ballot', 'en', 'Why the ballot is secret', 'No one may know how you voted. The secret ballot protects voters from pressure and vote buying.'),
	input('lesson', 'free-elections', 'en', 'What makes an election free and fair?', 'Elections are held regularly. Every adult citizen may vote, and every vote counts the same.'),
	input('lesson', 'parties', 'en', 'Political parties', 'Parties put forward candidates. People are free to form and join parties.'),
	input('glossary', 'secret-ballot', 'en', 'secret ballot', 'A way of voting in which no one can see how a voter voted.', 0.8),
	input('lesson', 'corruption', 'en', 'What corruption is', 'Corruption takes money away from schools and hospitals. A bribe is one form of corruption.'),
];

const ids = (outcome: SearchOutcome) => outcome.hits.map((h) => `${h.document.kind}:${h.document.id}`);

describe('searching an English course', async () => {
	const search = await openSearch(JSON.parse(JSON.stringify(await buildSearchIndex('en', COURSE))));

	test('finds a lesson by inflected words, and highlights the words of its text that matched', () => {
		const outcome = search.search('voting secretly?');
		expect(ids(outcome)).toContain('lesson:secret-ballot');
		const hit = outcome.hits.find((h) => h.document.id === 'secret-ballot')!;
		expect(['voted', 'secret', 'ballot', 'protects'].filter(hit.matches)).toEqual(['voted', 'secret']);
	});

	test('a page whose title is exactly the query comes first', () => {
		expect(ids(search.search('secret ballot'))[0]).toBe('glossary:secret-ballot');
	});

	test('pages must have the words of a two-word query, not just one of them', () => {
		const outcome = search.search('free parties');
		expect(ids(outcome)).toEqual(['lesson:parties']);
		expect(outcome.complete).toBe(true);
	});

	test('when no page has every word, the pages with the most of them are shown and marked partial', () => {
		const outcome = search.search('secret pizza');
		expect(ids(outcome)).toEqual(expect.arrayContaining(['lesson:secret-ballot', 'glossary:secret-ballot']));
		expect(outcome.complete).toBe(false);
	});

	test('the word being typed matches the words it starts', () => {
		expect(ids(search.search('cor'))).toEqual(['lesson:corruption']);
		// Once followed by a space the word is finished, and "cor" is no word of the course.
		expect(ids(search.search('cor '))).toEqual([]);
	});

	test('finds words misspelt by a letter or two', () => {
		expect(ids(search.search('ballto'))).toContain('lesson:secret-ballot');
		expect(ids(search.search('coruption '))).toEqual(['lesson:corruption']);
	});

	test('finds nothing for words the course does not have, or for stop words alone', () => {
		for (const query of ['photosynthesis', 'pizza recipe', 'what is the', '   ', '?!']) {
			const outcome = search.search(query);
			expect(outcome.hits, query).toEqual([]);
			expect(outcome.complete, query).toBe(true);
		}
	});
});

describe('an Arabic site', async () => {
	const file = await buildSearchIndex('ar', [
		input('lesson', 'secret-ballot', 'ar', 'لماذا يكون الاقتراع سريًّا؟', 'لا يستطيع أحد أن يعرف لمن صوّتَّ. تُفرَز الأصوات أمام الجميع.'),
		input('glossary', 'polling-station', 'ar', 'مركز الاقتراع', 'المكان الذي يذهب إليه الناس للتصويت يوم الانتخابات.'),
		// A lesson not yet translated, shown to Arabic learners in English.
		input('lesson', 'parties', 'en', 'Political parties', 'Parties put forward candidates. People are free to form and join parties.'),
	]);
	const search = await openSearch(file);

	test('holds one index per language its pages are written in', () => {
		expect(Object.keys(file.indexes).sort()).toEqual(['ar', 'en']);
	});

	test.each(['الاقتراع', 'اقتراع', 'الاقْتِراعُ', 'الإقتراع', 'بالاقتراع'])('finds the lesson for %s', (query) => {
		expect(ids(search.search(query))).toContain('lesson:secret-ballot');
	});

	test('highlights the word as written in the text, marks and all', () => {
		const hit = search.search('سري ').hits[0]!;
		expect(hit.matches('سريًّا')).toBe(true);
		expect(hit.matches('الأصوات')).toBe(false);
	});

	test('finds English fallback lessons with the English stemmer', () => {
		const outcome = search.search('forming a party');
		expect(ids(outcome)).toEqual(['lesson:parties']);
		expect(outcome.hits[0]!.document.lang).toBe('en');
	});
});

describe('languages added by registration only', async () => {
	const search = await openSearch(
		await buildSearchIndex('fr', [
			input('lesson', 'elections', 'fr', 'Des élections libres et régulières', 'Chaque électeur vote en secret. Le dépouillement est public.'),
			input('lesson', 'partis', 'fr', 'Les partis politiques', 'Les citoyens peuvent créer des partis.'),
		])
	);

	test('French: accents do not matter, plurals meet', () => {
		for (const query of ['election', 'élection', 'Electeurs', 'depouillement']) expect(ids(search.search(`${query} `)), query).toEqual(['lesson:elections']);
	});
});

describe('a file from another version', () => {
	test('is refused with a message that says what to do', async () => {
		await expect(openSearch({ format: 99 } as never)).rejects.toThrow(/format 99.*Reload the page/);
	});
});

describe('the serialised index', () => {
	test('leaves out the fields a term never appears in, and loads the same', async () => {
		const file = await buildSearchIndex('en', COURSE);
		const json = JSON.stringify(file);
		expect(json).not.toContain('"title":{}');
		const search = await openSearch(JSON.parse(json));
		expect(ids(search.search('secret ballot'))).toEqual(['glossary:secret-ballot', 'lesson:secret-ballot']);
	});
});
