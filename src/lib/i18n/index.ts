import i18next, { type TFunction } from 'i18next';
import { STRINGS } from './strings.ts';

const instance = i18next.createInstance();
await instance.init({
	resources: Object.fromEntries(Object.entries(STRINGS).map(([lng, translation]) => [lng, { translation }])),
	fallbackLng: 'en',
	keySeparator: false,
	nsSeparator: false,
	interpolation: { escapeValue: false },
	returnEmptyString: false,
});

/** A translate function for one locale, resolved at build time so i18next never ships to the browser. */
export function useTranslations(locale: string): TFunction {
	return instance.getFixedT(locale);
}

/** Every string a client island needs for a locale, picked by key prefix, with plural forms included. */
export function pickStrings(locale: string, prefixes: string[]): Record<string, string> {
	const strings = { ...STRINGS.en, ...STRINGS[locale] };
	return Object.fromEntries(Object.entries(strings).filter(([key]) => prefixes.some((p) => key.startsWith(p))));
}
