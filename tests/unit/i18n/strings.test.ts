import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, test } from 'vitest';
import { SEOUL_CODES } from '../../../src/lib/content/codes.ts';
import { plural } from '../../../src/lib/i18n/plural.ts';
import { STRINGS } from '../../../src/lib/i18n/strings.ts';
import { loadSiteConfig } from '../../../src/lib/site/config.ts';
import { ROOT } from '../../sites.mjs';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string) => key.replace(PLURAL, '');
const site = loadSiteConfig(join(ROOT, 'civitas.config.json'));

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? sourceFiles(path) : /\.(astro|ts|tsx)$/.test(name) ? [path] : [];
	});
}

describe('interface strings', () => {
	const source = STRINGS[site.sourceLocale]!;
	const keys = [...new Set(Object.keys(source).map(baseKey))];

	test.each(site.locales)('%s has every key of the source language, with every plural form it needs', (locale) => {
		const strings = STRINGS[locale]!;
		expect(strings, `src/i18n/${locale}.json is missing`).toBeDefined();
		for (const key of keys) {
			const isPlural = !(key in source);
			if (!isPlural) expect(strings[key], `${locale}: "${key}"`).toBeTruthy();
			else {
				const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
				for (const category of categories) expect(strings[`${key}_${category}`], `${locale}: "${key}_${category}"`).toBeTruthy();
			}
		}
		const extra = Object.keys(strings).filter((k) => !keys.includes(baseKey(k)));
		expect(extra, `${locale} has keys the source language does not`).toEqual([]);
	});

	test('every key is used by the interface', () => {
		const code = sourceFiles(join(ROOT, 'src')).map((f) => readFileSync(f, 'utf8')).join('\n');
		// Keys built from data: one per Seoul Plan code.
		const derived = new Set(SEOUL_CODES.map((c) => `seoul.${c}`));
		const unused = keys.filter((key) => !derived.has(key) && !code.includes(`'${key}'`) && !code.includes(`"${key}"`));
		expect(unused).toEqual([]);
	});

	test('the islands’ plural picker agrees with i18next in every shipped language', async () => {
		const i18n = i18next.createInstance();
		await i18n.init({ resources: Object.fromEntries(Object.entries(STRINGS).map(([l, t]) => [l, { translation: t }])), fallbackLng: 'en', keySeparator: false, nsSeparator: false, interpolation: { escapeValue: false } });
		const pluralKeys = keys.filter((k) => !(k in source));
		expect(pluralKeys.length).toBeGreaterThan(0);
		for (const locale of site.locales) {
			for (const key of pluralKeys) {
				for (const count of [0, 1, 2, 3, 5, 11, 12, 99, 100, 101, 102]) {
					const expected = i18n.getFixedT(locale)(key, { count }).replace(/\d+/g, (n) => Number(n).toLocaleString(locale));
					expect(plural(STRINGS[locale]!, key, count, locale), `${locale} ${key} ${count}`).toBe(expected);
				}
			}
		}
	});
});
