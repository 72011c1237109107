import { getCollection, type CollectionEntry } from 'astro:content';
import { loadSiteConfig } from '../site/config.ts';

export const site = loadSiteConfig();

type Name = 'modules' | 'lessons' | 'glossary' | 'teacher';

/** An entry shown under a locale: its own translation, or the source-locale entry marked as a fallback. */
export interface Localised<C extends Name> {
	entry: CollectionEntry<C>;
	/** The id shared by every locale. */
	id: string;
	/** The language the entry is written in. */
	contentLocale: string;
	isFallback: boolean;
}

const splitId = (entryId: string) => {
	const [locale, ...rest] = entryId.split('/');
	return { locale: locale!, id: rest.join('/') };
};

const built = new Map<string, Promise<Localised<Name>[]>>();

/**
 * Every entry of a collection for a locale, falling back to the source locale where no translation
 * exists. A build computes each list once: lesson pages ask for the glossary, and going through
 * every entry of every language for each page made build time per page grow with the course.
 * `astro dev` reads afresh each time, so edits show at once. Callers get their own copy to sort.
 */
export async function localised<C extends Name>(collection: C, locale: string): Promise<Localised<C>[]> {
	if (!import.meta.env.PROD) return readLocalised(collection, locale);
	const key = `${collection}/${locale}`;
	if (!built.has(key)) built.set(key, readLocalised(collection, locale));
	return [...((await built.get(key)!) as Localised<C>[])];
}

async function readLocalised<C extends Name>(collection: C, locale: string): Promise<Localised<C>[]> {
	const all = (await getCollection(collection)) as CollectionEntry<C>[];
	const byId = new Map<string, Localised<C>>();
	for (const entry of all) {
		const { locale: entryLocale, id } = splitId(entry.id);
		if (entryLocale === site.sourceLocale && !byId.has(id)) byId.set(id, { entry, id, contentLocale: entryLocale, isFallback: locale !== entryLocale });
	}
	for (const entry of all) {
		const { locale: entryLocale, id } = splitId(entry.id);
		if (entryLocale === locale && byId.has(id)) byId.set(id, { entry, id, contentLocale: locale, isFallback: false });
	}
	return [...byId.values()];
}

/** Whether a module is part of this site, as chosen in civitas.config.json. */
export function moduleIncluded(moduleId: string): boolean {
	return site.modules === 'all' || site.modules.includes(moduleId);
}

/** Modules in order with their lessons in order, for one locale. */
export async function courseFor(locale: string) {
	const modules = (await localised('modules', locale)).filter((m) => moduleIncluded(m.id));
	const lessons = (await localised('lessons', locale)).filter((l) => moduleIncluded(l.entry.data.module));
	return modules
		.sort((a, b) => a.entry.data.order - b.entry.data.order)
		.map((module) => ({
			module,
			lessons: lessons.filter((l) => l.entry.data.module === module.id).sort((a, b) => a.entry.data.order - b.entry.data.order),
		}));
}

/** getStaticPaths params for every shipped locale. */
export function localeParams() {
	return site.locales.map((locale) => ({ params: { locale } }));
}
