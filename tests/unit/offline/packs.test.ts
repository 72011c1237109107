import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { groupByPack, languagesOf, localesOf, packOf, requestPath, serviceWorkerUrl, SHELL, versionSource, type PackEntry } from '../../../src/lib/offline/packs.ts';

const LOCALES = ['en', 'ar'];
const entry = (url: string, pack: string, revision: string | null = 'r1'): PackEntry => ({ url, revision, integrity: `sha256-${url}`, bytes: 10, pack });

describe('packOf', () => {
	test.each([
		['en/lessons/secret-ballot/index.html', 'en'],
		['ar/search-index.json', 'ar'],
		['en/teacher/elections/print/index.html', 'en'],
		['ar/404/index.html', 'ar'],
		['_astro/client.abc.js', SHELL],
		['index.html', SHELL],
		['404.html', SHELL],
		['icons/icon-192.png', SHELL],
		// Every language can show its offline pages and be installed, saved or not.
		['ar/offline/index.html', SHELL],
		['ar/offline/unsaved/index.html', SHELL],
		['en/manifest.webmanifest', SHELL],
		// A folder that only looks like a locale belongs to nobody's pack.
		['fr/lessons/x/index.html', SHELL],
	])('%s → %s', (path, pack) => expect(packOf(path, LOCALES)).toBe(pack));
});

test('a built file is requested at its folder, the home page at the base', () => {
	expect(requestPath('en/lessons/x/index.html')).toBe('en/lessons/x/');
	expect(requestPath('index.html')).toBe('./');
	expect(requestPath('en/search-index.json')).toBe('en/search-index.json');
	expect(requestPath('404.html')).toBe('404.html');
});

test('groupByPack keeps build order and lists every locale, even one without files', () => {
	const entries = [entry('en/', 'en'), entry('_astro/a.js', SHELL), entry('en/glossary/', 'en')];
	expect(groupByPack(entries, ['en', 'ar', 'fr'])).toEqual({
		shell: [entries[1]],
		byLocale: { en: [entries[0], entries[2]], ar: [], fr: [] },
	});
	expect(localesOf(entries)).toEqual(['en']);
});

describe('the service worker URL names the saved languages', () => {
	test('under a base path, sorted and without repeats', () => {
		expect(serviceWorkerUrl('/civics/', ['en', 'ar', 'en'])).toBe('/civics/sw.js?languages=ar,en');
		expect(serviceWorkerUrl('/', [])).toBe('/sw.js?languages=');
	});

	test('reading it back gives the same languages, whatever the order asked', () => {
		fc.assert(
			fc.property(fc.subarray(['en', 'ar', 'fr', 'es']), fc.constantFrom('/', '/civics/'), (languages, base) => {
				expect(languagesOf(`https://example.org${serviceWorkerUrl(base, languages)}`, ['en', 'ar', 'fr', 'es'])).toEqual([...languages].sort());
			}),
		);
	});

	test('unknown or hostile values are dropped', () => {
		expect(languagesOf('/sw.js?languages=en,../x,zz,,ar', LOCALES)).toEqual(['ar', 'en']);
		expect(languagesOf('/sw.js', LOCALES)).toEqual([]);
	});
});

test('the version changes exactly when a file would be served differently', () => {
	const before = [entry('en/', 'en'), entry('_astro/a.js', SHELL, null)];
	expect(versionSource(before)).toBe(versionSource(before.map((e) => ({ ...e, bytes: 99 }))));
	expect(versionSource(before)).not.toBe(versionSource([{ ...before[0]!, revision: 'r2' }, before[1]!]));
	expect(versionSource(before)).not.toBe(versionSource([before[0]!, { ...before[1]!, integrity: 'sha256-other' }]));
});
