import { interpolate, plural } from '../lib/i18n/plural.ts';

/** Look up an interface string an island received as a prop, filling {{placeholders}}. */
export type Translate = ((key: string, values?: Record<string, string | number>) => string) & {
	/** The plural form of a key for a count. */
	count: (key: string, count: number) => string;
};

/** A translate function over the strings an island was given at build time. */
export function translator(strings: Record<string, string>, locale: string): Translate {
	const t = ((key, values = {}) => interpolate(strings[key] ?? key, values)) as Translate;
	t.count = (key, count) => plural(strings, key, count, locale);
	return t;
}
