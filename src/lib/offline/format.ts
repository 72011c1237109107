const UNITS = [
	['gigabyte', 1e9],
	['megabyte', 1e6],
	['kilobyte', 1e3],
] as const;

/**
 * A size for people, in the learner's language: "410 kilobytes", "1.2 megabytes". Unit names are
 * written out because abbreviations such as Arabic "م.ب" mean little to a twelve-year-old.
 */
export function formatBytes(bytes: number, locale: string): string {
	const [unit, size] = UNITS.find(([, size]) => bytes >= size) ?? ['byte', 1];
	const value = bytes / size;
	// One decimal only where it says something ("1.2 megabytes"); "410.3 kilobytes" is noise on a phone.
	const digits = unit === 'byte' || unit === 'kilobyte' || value >= 100 ? 0 : 1;
	return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: digits }).format(value);
}

/** A count in the learner's digits, as plural() writes {{count}}. */
export function formatCount(count: number, locale: string): string {
	return count.toLocaleString(locale);
}

/** A language's name in the interface language: "Arabic" on an English page, "الإنجليزية" on an Arabic one. */
export function languageName(code: string, inLocale: string): string {
	return new Intl.DisplayNames([inLocale], { type: 'language' }).of(code) ?? code;
}
