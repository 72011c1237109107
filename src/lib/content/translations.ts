import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { contentHash } from './hash.ts';
import { validateContent, type ContentSet, type ValidEntry } from './validate.ts';

/**
 * The state of one translatable unit in one locale: current (made from the source as it is now),
 * outdated (the source changed since), unchecked (translated, but no source version recorded) or missing.
 */
export type TranslationState = 'current' | 'outdated' | 'unchecked' | 'missing';

export interface UnitStatus {
	/** "lessons/secret-ballot", "strings/nav.home", … */
	unit: string;
	state: TranslationState;
	/** The source unit's hash now. */
	sourceHash: string;
}

/**
 * Which source version each translation was made from, kept in content/translations/{locale}.yaml
 * as unit → source hash. A translation whose source has changed since is outdated.
 */
export type TranslationRecord = Record<string, string>;

const COLLECTIONS = ['modules', 'lessons', 'glossary', 'teacher'] as const;

/** Every translatable unit of the source locale with its current hash. */
export function sourceUnits(content: ContentSet, sourceLocale: string, strings: Record<string, string>): Map<string, string> {
	const units = new Map<string, string>();
	for (const collection of COLLECTIONS) {
		for (const entry of content[collection] as ValidEntry<{ id: string }>[]) {
			if (entry.locale === sourceLocale) units.set(`${collection}/${entry.data.id}`, contentHash(entry.data, entry.body));
		}
	}
	for (const [key, text] of Object.entries(strings)) units.set(`strings/${key}`, contentHash(text));
	return units;
}

/** The units that exist in a locale: its content files and its interface strings. */
export function translatedUnits(content: ContentSet, locale: string, strings: Record<string, string>): Set<string> {
	const units = new Set<string>();
	for (const collection of COLLECTIONS) {
		for (const entry of content[collection] as ValidEntry<{ id: string }>[]) if (entry.locale === locale) units.add(`${collection}/${entry.data.id}`);
	}
	for (const key of Object.keys(strings)) units.add(`strings/${key}`);
	return units;
}

/** Compare a locale with the source, unit by unit (see TranslationState). */
export function translationStatus(source: Map<string, string>, translated: Set<string>, record: TranslationRecord): UnitStatus[] {
	return [...source].map(([unit, sourceHash]) => ({
		unit,
		sourceHash,
		state: !translated.has(unit) ? 'missing' : !(unit in record) ? 'unchecked' : record[unit] === sourceHash ? 'current' : 'outdated',
	}));
}

/** Counts per state and collection, for reports and the status page. */
export function summarise(statuses: UnitStatus[]) {
	const byCollection = new Map<string, Record<TranslationState, number>>();
	for (const { unit, state } of statuses) {
		const collection = unit.split('/')[0]!;
		const counts = byCollection.get(collection) ?? { current: 0, outdated: 0, unchecked: 0, missing: 0 };
		counts[state]++;
		byCollection.set(collection, counts);
	}
	return byCollection;
}

/** Read a locale's translation record; a locale without one has no unit marked current. */
export function readRecord(contentDir: string, locale: string): TranslationRecord {
	try {
		return (parse(readFileSync(join(contentDir, 'translations', `${locale}.yaml`), 'utf8')) as TranslationRecord | null) ?? {};
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
		throw new Error(`content/translations/${locale}.yaml cannot be read: ${(error as Error).message.split('\n')[0]}. Fix the YAML or delete the file and mark the translations again.`);
	}
}

/** Write a locale's translation record, units sorted so that diffs stay small. */
export function writeRecord(contentDir: string, locale: string, record: TranslationRecord): void {
	const sorted = Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
	const header = `# Source version (content hash) each ${locale} translation was made from. Update with: npm run translations -- --mark ${locale} [unit ...]\n`;
	writeFileSync(join(contentDir, 'translations', `${locale}.yaml`), header + stringify(sorted));
}

/** The translation status of every shipped locale but the source, computed from the content on disk. */
export function translationReport(options: { content: ContentSet; contentDir: string; sourceLocale: string; locales: readonly string[]; strings: Record<string, Record<string, string>> }) {
	const source = sourceUnits(options.content, options.sourceLocale, options.strings[options.sourceLocale] ?? {});
	return options.locales
		.filter((locale) => locale !== options.sourceLocale)
		.map((locale) => {
			const statuses = translationStatus(source, translatedUnits(options.content, locale, options.strings[locale] ?? {}), readRecord(options.contentDir, locale));
			return { locale, statuses, summary: summarise(statuses) };
		});
}

const builtReports = new Map<string, ReturnType<typeof translationReport>>();

/**
 * The translation report of the site being built, read from disk once per build: every locale's
 * status page shows the same report, and validating the whole course again for each of them made
 * the build slower per page the larger the course.
 */
export function siteTranslationReport(options: { root: string; contentDir: string; sourceLocale: string; locales: readonly string[]; strings: Record<string, Record<string, string>> }) {
	const key = JSON.stringify([options.root, options.contentDir, options.sourceLocale, options.locales]);
	let report = builtReports.get(key);
	if (!report) {
		const { content } = validateContent(options.root, { sourceLocale: options.sourceLocale, locales: options.locales }, options.contentDir);
		report = translationReport({ ...options, content });
		builtReports.set(key, report);
	}
	return report;
}
