import { KNOWN_LOCALES, type LocaleCode } from './config.ts';

/** Text direction of a locale. */
export function dirOf(locale: string): 'ltr' | 'rtl' {
	return KNOWN_LOCALES[locale as LocaleCode]?.dir ?? 'ltr';
}

/** A locale's name in its own language, for the language switcher. */
export function nativeName(locale: string): string {
	return KNOWN_LOCALES[locale as LocaleCode]?.name ?? locale;
}

/** lang and dir attributes for content whose language differs from the page's (a fallback); none otherwise. */
export function langAttrs(contentLocale: string, pageLocale: string): { lang?: string; dir?: 'ltr' | 'rtl' } {
	return contentLocale === pageLocale ? {} : { lang: contentLocale, dir: dirOf(contentLocale) };
}
