import lunr from 'lunr';
import { createAnalyser, type Analyser } from './analyser.ts';
import { languageTools } from './languages.ts';
import { wordsWithOffsets } from './normalise.ts';
import { restoreIndex } from './serialise.ts';
import { closeTerms } from './spelling.ts';
import { SEARCH_INDEX_FORMAT, type SearchDocument, type SearchIndexFile } from './types.ts';

/** One page found, with the index terms it matched so that the words can be highlighted. */
export interface SearchHit {
	document: SearchDocument;
	score: number;
	/** Whether a word of this document's text is one the query matched. */
	matches(word: string): boolean;
}

/** The answer to a query: pages with most of its words, or, when none has, the pages with the most. */
export interface SearchOutcome {
	hits: SearchHit[];
	/** False when no page has every word of the query. */
	complete: boolean;
}

/** Searches one locale's pages, offline, from its search-index.json. */
export interface CourseSearch {
	locale: string;
	search(query: string): SearchOutcome;
}

/** Matches on each term count this much: the word itself, a word it starts, a word one letter away. */
const BOOST = { exact: 10, prefix: 2, fuzzy: 1 };
/** Shorter words have too many neighbours one letter away for a misspelling to be guessed. */
const FUZZY_MIN_LENGTH = 5;
/** Long words may be two letters off ("coruption", "parliment"). */
const FUZZY_TWO_LETTERS = 7;

// @types/lunr declares fromString on TokenSet instances; lunr defines it on the class.
const TokenSet = lunr.TokenSet as unknown as { fromString(pattern: string): lunr.TokenSet };

interface Segment {
	index: lunr.Index & { tokenSet: lunr.TokenSet; invertedIndex: Record<string, unknown> };
	analyser: Analyser;
	/** Every term of the index, where misspellings look for their nearest words. */
	vocabulary: string[];
}

/** Fetch a locale's search index and make it searchable; throws with a message a learner can act on. */
export async function openSearchIndex(url: string): Promise<CourseSearch> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url} answered ${response.status}`);
	return openSearch(await response.json());
}

/** Load a parsed search index file with the stemmers of the languages it holds. */
export async function openSearch(file: SearchIndexFile): Promise<CourseSearch> {
	if (file?.format !== SEARCH_INDEX_FORMAT) {
		throw new Error(`The search index has format ${String(file?.format)}, but this page reads format ${SEARCH_INDEX_FORMAT}. Reload the page to get matching files.`);
	}
	const segments: Segment[] = await Promise.all(
		Object.entries(file.indexes).map(async ([lang, json]) => {
			const index = lunr.Index.load(restoreIndex(json)) as Segment['index'];
			return { index, analyser: createAnalyser(await languageTools(lang)), vocabulary: Object.keys(index.invertedIndex) };
		})
	);
	return { locale: file.locale, search: (query) => search(segments, file.documents, query) };
}

function search(segments: Segment[], documents: SearchDocument[], query: string): SearchOutcome {
	const words = wordsWithOffsets(query).map(({ word }) => word);
	// A word no index knows may be misspelt; a word one language's index knows is not guessed at in another's.
	const known = new Set(words.filter((word) => segments.some(({ index, analyser }) => analyser.variants(word).some((t) => t in index.invertedIndex))));
	// While the learner types, the last word may be the start of a longer one, unless it is
	// already a word of the course: then "vote" does not also find "voter", "votes"….
	const unfinished = !/[\s\p{P}]$/u.test(query) && !known.has(words.at(-1) ?? '');
	const found = segments.flatMap((segment) => matchSegment(segment, documents, words, { unfinished, known }));
	// A page must have most of the words (both of two, two of three, three of four…); when none
	// has, the pages with the most of them are better than nothing, and the page says so.
	const best = Math.max(0, ...found.map((f) => f.share));
	const shown = found.some((f) => f.enough) ? found.filter((f) => f.enough) : found.filter((f) => f.share === best);
	// A page whose title is exactly what was typed ("secret ballot", "election") is almost surely the
	// one sought, often a glossary term whose definition answers the question there and then.
	const hits = shown
		.map((f) => ({ ...f, rank: f.hit.score * f.share ** 2 }))
		.sort((a, b) => Number(b.titleIsQuery) - Number(a.titleIsQuery) || b.rank - a.rank)
		.map((f) => f.hit);
	return { hits, complete: best === 1 || hits.length === 0 };
}

/** The pages of one language's index that match the query's words, with the share of the words each has. */
function matchSegment(segment: Segment, documents: SearchDocument[], words: string[], { unfinished, known }: { unfinished: boolean; known: Set<string> }) {
	const { index, analyser } = segment;
	const expansions = words
		.map((word, i) => ({ variants: analyser.variants(word), prefix: unfinished && i === words.length - 1 ? analyser.prefix(word) : undefined, misspelt: !known.has(word) }))
		.filter(({ variants, prefix }) => variants.length || prefix)
		.map(({ variants, prefix, misspelt }) => expand(segment, variants, prefix, misspelt));
	if (!expansions.some((e) => e.size > 0)) return [];
	const termsOf = (text: string[]) => text.flatMap((word) => analyser.term(word) ?? []).join(' ');
	const queryTerms = termsOf(words);
	const results = index.query((q) => {
		for (const expansion of expansions) for (const [term, boost] of expansion) q.term(term, { usePipeline: false, boost });
	});
	return results.map((result) => {
		const terms = new Set(Object.keys(result.matchData.metadata));
		const covered = expansions.filter((e) => [...e.keys()].some((t) => terms.has(t))).length;
		const hit: SearchHit = {
			document: documents[Number(result.ref)]!,
			score: result.score,
			matches: (word) => analyser.variants(word).some((t) => terms.has(t)),
		};
		return {
			hit,
			share: covered / expansions.length,
			enough: covered >= Math.ceil((expansions.length * 2) / 3),
			titleIsQuery: termsOf(wordsWithOffsets(hit.document.title).map(({ word }) => word)) === queryTerms,
		};
	});
}

/** The index terms a query word stands for, each with its boost: itself, words it starts, or near misspellings. */
function expand({ index, vocabulary }: Segment, variants: string[], prefix: string | undefined, misspelt: boolean): Map<string, number> {
	const found = new Map<string, number>();
	for (const variant of variants) if (variant in index.invertedIndex) found.set(variant, BOOST.exact);
	const term = variants[0];
	if (prefix) for (const t of index.tokenSet.intersect(TokenSet.fromString(`${prefix}*`)).toArray()) if (!found.has(t)) found.set(t, BOOST.prefix);
	if (misspelt && found.size === 0 && term && term.length >= FUZZY_MIN_LENGTH) {
		for (const t of closeTerms(vocabulary, term, term.length >= FUZZY_TWO_LETTERS ? 2 : 1)) found.set(t, BOOST.fuzzy);
	}
	return found;
}
