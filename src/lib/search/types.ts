/** The kinds of page search finds. */
export type SearchKind = 'lesson' | 'module' | 'glossary' | 'teacher';

/** What a result shows: everything the search page needs without opening the page itself. */
export interface SearchDocument {
	kind: SearchKind;
	/** The content id, shared by every locale. */
	id: string;
	/** The language the text is written in: the page locale, or the source locale for a fallback. */
	lang: string;
	title: string;
	href: string;
	/** The module a lesson or teacher guide belongs to. */
	module?: { id: string; title: string; lang: string };
	/** Text the snippet is cut from; a glossary term's definition, shown whole. */
	text: string;
}

/** The weighted text of a document, as indexed. */
export interface SearchFields {
	title: string;
	/** Glossary terms a lesson teaches. */
	keywords?: string;
	/** Summary, aim and objectives. */
	summary?: string;
	body?: string;
}

/** A document with the text it is found by, and how much it counts against others (default 1). */
export interface IndexInput {
	document: SearchDocument;
	fields: SearchFields;
	boost?: number;
}

/** Format version of search-index.json; the search page refuses a file it cannot read. */
export const SEARCH_INDEX_FORMAT = 1;

/**
 * /{locale}/search-index.json: every page of a locale and one lunr index per language its pages
 * are written in (an Arabic site indexes English fallback lessons with the English stemmer).
 * Index refs are positions in `documents`.
 */
export interface SearchIndexFile {
	format: typeof SEARCH_INDEX_FORMAT;
	locale: string;
	documents: SearchDocument[];
	indexes: Record<string, object>;
}
