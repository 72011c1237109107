import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openSearch } from '../../../src/lib/search/engine.ts';
import type { SearchIndexFile } from '../../../src/lib/search/types.ts';
import { loadSiteConfig } from '../../../src/lib/site/config.ts';
import { builtSite, ROOT } from '../../sites.mjs';

/** A query set: searches written the way learners ask, each with the page it must find. */
interface QuerySet {
	find: { query: string; target: string; why: string }[];
	nothing: string[];
}

const TOP = 3;
const REQUIRED_SHARE = 0.9;
const MIN_QUERIES = 30;

const site = loadSiteConfig(join(ROOT, 'civitas.config.json'));
const querySetPath = (locale: string) => join(ROOT, 'tests', 'search-queries', `${locale}.json`);
const key = (doc: { kind: string; id: string }) => `${doc.kind}:${doc.id}`;

describe.each(site.locales)('search relevance in %s, on the built index', async (locale) => {
	const { dir } = builtSite('root');
	const file = JSON.parse(readFileSync(join(dir, locale, 'search-index.json'), 'utf8')) as SearchIndexFile;
	const search = await openSearch(file);
	const set = existsSync(querySetPath(locale)) ? (JSON.parse(readFileSync(querySetPath(locale), 'utf8')) as QuerySet) : undefined;

	test('has a query set of learner searches', () => {
		expect(set, `Write ${querySetPath(locale)}: at least ${MIN_QUERIES} searches, each with the page it should find`).toBeDefined();
		expect(set!.find.length).toBeGreaterThanOrEqual(MIN_QUERIES);
	});

	test('every page the query set expects exists in the index', () => {
		const pages = new Set(file.documents.map(key));
		expect(set!.find.filter(({ target }) => !pages.has(target))).toEqual([]);
	});

	test(`at least ${REQUIRED_SHARE * 100}% of the searches find their page in the top ${TOP}`, () => {
		const misses = set!.find.flatMap(({ query, target }) => {
			const ranked = search.search(query).hits.map((h) => key(h.document));
			const rank = ranked.indexOf(target);
			return rank >= 0 && rank < TOP ? [] : [`"${query}" → ${target}: ${rank < 0 ? 'not found' : `rank ${rank + 1}`}; top: ${ranked.slice(0, TOP).join(', ')}`];
		});
		const share = 1 - misses.length / set!.find.length;
		console.info(`search relevance (${locale}): ${set!.find.length - misses.length} of ${set!.find.length} searches (${(share * 100).toFixed(1)}%) find their page in the top ${TOP}${misses.map((m) => `\n  miss ${m}`).join('')}`);
		expect(share, misses.join('\n')).toBeGreaterThanOrEqual(REQUIRED_SHARE);
	});

	test('reaches every module with lessons written in this language', () => {
		const moduleOf = new Map(file.documents.map((doc) => [key(doc), doc.kind === 'module' ? doc.id : doc.module?.id]));
		const reached = new Set(set!.find.map(({ target }) => moduleOf.get(target)));
		const written = new Set(file.documents.filter((doc) => doc.kind === 'lesson' && doc.lang === locale).map((doc) => doc.module!.id));
		expect([...written].filter((id) => !reached.has(id)), 'modules no search of the query set leads to').toEqual([]);
	});

	test('searches with no sensible answer find nothing', () => {
		expect(set!.nothing.length).toBeGreaterThan(0);
		for (const query of set!.nothing) expect(search.search(query).hits.map((h) => key(h.document)), query).toEqual([]);
	});
});
