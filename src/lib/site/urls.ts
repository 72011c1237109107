/** The site's base path, always with a leading and a trailing slash ("/" or "/civics/"). */
export const BASE = normaliseBase(import.meta.env.BASE_URL);

/** Normalise a base path so that it starts and ends with exactly one slash. */
export function normaliseBase(base = '/'): string {
	const trimmed = base.replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

/** The URL of a page under a locale, honouring the base path: localeUrl('ar', 'lessons', 'x') → /base/ar/lessons/x/. */
export function localeUrl(locale: string, ...segments: string[]): string {
	return `${BASE}${[locale, ...segments].filter(Boolean).map(encodeURIComponent).join('/')}/`;
}

/** The URL of a file at the root of the site, honouring the base path. */
export function assetUrl(path: string): string {
	return `${BASE}${path.replace(/^\/+/, '')}`;
}

/** The same page in another locale: swaps the locale segment that follows the base path. */
export function switchLocale(pathname: string, from: string, to: string): string {
	const rest = pathname.startsWith(`${BASE}${from}/`) ? pathname.slice(BASE.length + from.length + 1) : '';
	return `${BASE}${to}/${rest}`;
}
