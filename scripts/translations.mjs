// Translation status for ministries and translators: which units of each language are current,
// outdated (the source changed since) or missing. `--mark LOCALE [UNIT…]` records that the given
// translations (all existing ones by default) now match the current source.
import { join, resolve } from 'node:path';
import { STRINGS } from '../src/lib/i18n/strings.ts';
import { loadSiteConfig } from '../src/lib/site/config.ts';
import { readRecord, sourceUnits, translatedUnits, translationReport, writeRecord } from '../src/lib/content/translations.ts';
import { formatProblems, validateContent } from '../src/lib/content/validate.ts';

const root = process.cwd();
const contentDir = resolve(root, process.env.CIVITAS_CONTENT_DIR ?? 'content');
const site = loadSiteConfig();
const { content, problems } = validateContent(root, { sourceLocale: site.sourceLocale, locales: site.locales }, contentDir);
if (problems.length) {
	console.error(`Fix the content first:\n${formatProblems(problems)}`);
	process.exit(1);
}

const args = process.argv.slice(2);
if (args[0] === '--mark') {
	const locale = args[1];
	if (!locale || locale === site.sourceLocale || !site.locales.includes(locale)) {
		console.error(`Name a translated locale to mark: one of ${site.locales.filter((l) => l !== site.sourceLocale).join(', ')}.`);
		process.exit(1);
	}
	const source = sourceUnits(content, site.sourceLocale, STRINGS[site.sourceLocale] ?? {});
	const existing = translatedUnits(content, locale, STRINGS[locale] ?? {});
	// By default, every unit that exists in both languages (Arabic plural forms such as _two have no English source).
	const units = args.length > 2 ? args.slice(2) : [...existing].filter((unit) => source.has(unit));
	const record = readRecord(contentDir, locale);
	for (const unit of units) {
		if (!source.has(unit) || !existing.has(unit)) {
			console.error(`"${unit}" has no source and translation pair; units look like lessons/secret-ballot or strings/nav.home.`);
			process.exit(1);
		}
		record[unit] = source.get(unit);
	}
	writeRecord(contentDir, locale, record);
	console.log(`Marked ${units.length} ${locale} unit(s) as current in ${join('content', 'translations', `${locale}.yaml`)}.`);
	process.exit(0);
}

for (const { locale, statuses, summary } of translationReport({ content, contentDir, sourceLocale: site.sourceLocale, locales: site.locales, strings: STRINGS })) {
	console.log(`\n${locale}: ${statuses.filter((s) => s.state === 'current').length} of ${statuses.length} units current`);
	console.log('  collection   current  outdated  unchecked  missing');
	for (const [collection, counts] of summary) {
		console.log(`  ${collection.padEnd(11)} ${String(counts.current).padStart(8)} ${String(counts.outdated).padStart(9)} ${String(counts.unchecked).padStart(10)} ${String(counts.missing).padStart(8)}`);
	}
	for (const state of ['outdated', 'unchecked']) {
		const units = statuses.filter((s) => s.state === state).map((s) => s.unit);
		if (units.length) console.log(`  ${state}: ${units.length > 40 && !args.includes('--all') ? `${units.slice(0, 40).join(', ')} … (--all lists every one)` : units.join(', ')}`);
	}
}
