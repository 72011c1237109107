/** Names of countries and territories in a language, from the platform's own region data (CLDR). */
export function countryNames(locale: string): string[] {
	const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
	const names = new Set<string>();
	for (let a = 65; a <= 90; a++) {
		for (let b = 65; b <= 90; b++) {
			const code = String.fromCharCode(a, b);
			const name = display.of(code);
			// Skip codes with no name, private-use codes and groupings such as "world" or "European Union".
			if (name && name !== code && !/^(Q[M-Z]|X[A-Z]|ZZ|EU|EZ|UN)$/.test(code)) names.add(name);
		}
	}
	return [...names];
}
