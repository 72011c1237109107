/**
 * Plural-aware lookup for islands, which receive their strings as props instead of shipping
 * i18next: picks key_{category} by Intl.PluralRules, as i18next does, and fills {{count}}.
 */
export function plural(strings: Record<string, string>, key: string, count: number, locale: string): string {
	const category = new Intl.PluralRules(locale).select(count);
	const template = strings[`${key}_${count === 0 && `${key}_zero` in strings ? 'zero' : category}`] ?? strings[`${key}_other`] ?? key;
	return interpolate(template, { count: count.toLocaleString(locale) });
}

/** Fill {{name}} placeholders in a string. */
export function interpolate(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
