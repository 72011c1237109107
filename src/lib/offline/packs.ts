/**
 * Offline packs: the files a service worker precaches, split into the app shell (shared by every
 * language) and one pack per language. The build, the service worker and the page all use these
 * rules, so they always agree on what belongs where.
 */

/** The name of the pack that holds what every language needs. */
export const SHELL = 'shell';

/** One file in the precache manifest: Workbox's entry, plus its size and the pack it belongs to. */
export interface PackEntry {
	/** Relative to the service worker, which sits at the base path: "en/lessons/secret-ballot/", "_astro/x.js", "./". */
	url: string;
	/** Workbox's revision; null for files whose name already changes with their content. */
	revision: string | null;
	/** Subresource integrity, so a file that does not match the build is never stored. */
	integrity: string;
	/** Size in bytes as stored on the device. */
	bytes: number;
	/** SHELL or a locale. */
	pack: string;
}

/** A manifest split by pack, each in build order. */
export interface Packs<E extends PackEntry = PackEntry> {
	shell: E[];
	/** Every shipped locale, even one without files, so callers can list them all. */
	byLocale: Record<string, E[]>;
}

/** The pages every language needs even when it is not saved: where to manage offline use, and what to show offline. */
const SHELL_PAGES_IN_LOCALE = new Set(['offline', 'manifest.webmanifest']);

/** Which pack a built file belongs to: the locale whose folder holds it, or the shell. */
export function packOf(path: string, locales: readonly string[]): string {
	const [first, second] = path.split('/');
	if (!first || !locales.includes(first)) return SHELL;
	return second !== undefined && SHELL_PAGES_IN_LOCALE.has(second) ? SHELL : first;
}

/** The URL a built file is requested at: folders for pages ("en/lessons/x/index.html" → "en/lessons/x/"), "./" for the home page. */
export function requestPath(file: string): string {
	if (file === 'index.html') return './';
	return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** Split a manifest into the shell and one pack per locale. */
export function groupByPack<E extends PackEntry>(entries: readonly E[], locales: readonly string[]): Packs<E> {
	const byLocale: Record<string, E[]> = Object.fromEntries(locales.map((locale) => [locale, []]));
	const shell: E[] = [];
	for (const entry of entries) (entry.pack === SHELL ? shell : (byLocale[entry.pack] ??= [])).push(entry);
	return { shell, byLocale };
}

/** The locales of a manifest, in the order their packs first appear. */
export function localesOf(entries: readonly PackEntry[]): string[] {
	return [...new Set(entries.map((e) => e.pack).filter((pack) => pack !== SHELL))];
}

const LANGUAGES_PARAM = 'languages';

/**
 * The service worker script for a set of saved languages: "/base/sw.js?languages=ar,en". The choice
 * lives in the script URL, so changing it installs a new service worker and Workbox's own install
 * and activate steps download a language or free its space.
 */
export function serviceWorkerUrl(base: string, languages: readonly string[]): string {
	return `${base}sw.js?${LANGUAGES_PARAM}=${[...new Set(languages)].sort().join(',')}`;
}

/** The saved languages a service worker script URL asks for, keeping only known locales. */
export function languagesOf(scriptUrl: string, known: readonly string[]): string[] {
	const list = new URL(scriptUrl, 'http://localhost/').searchParams.get(LANGUAGES_PARAM) ?? '';
	return [...new Set(list.split(','))].filter((code) => known.includes(code)).sort();
}

/** The text a manifest's version is computed from: it changes exactly when a file would be served differently. */
export function versionSource(entries: readonly PackEntry[]): string {
	return entries.map((e) => `${e.url} ${e.revision ?? ''} ${e.integrity}`).join('\n');
}
