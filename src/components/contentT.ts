import type { AstroGlobal } from 'astro';
import { useTranslations } from '../lib/i18n/index.ts';

/** Translations in the language of the content being rendered (the source language for a fallback lesson). */
export function contentT(astro: AstroGlobal) {
	const locale = astro.locals.contentLocale ?? astro.params.locale ?? 'en';
	return useTranslations(locale);
}
