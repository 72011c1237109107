import lunr from 'lunr';
import type { LanguageTools } from './languages.ts';
import { normaliseWord, stripArabicArticle, wordsWithOffsets } from './normalise.ts';

/**
 * Turns words into index terms for one language. The index is built, queried and highlighted
 * through the same analyser, so a word always meets itself: "Élections" and "elections" both
 * become "elect", "الاقتراعُ" and "اقتراع" both become "اقتراع".
 */
export interface Analyser {
	lang: string;
	/** The index term of a word, or undefined for a stop word or a word too short to search. */
	term(word: string): string | undefined;
	/**
	 * Every term a word is indexed and searched under: its term, and, where a stemmer needs the
	 * accents to see a suffix (Spanish "constitución" → "constitu"), the stem of the accented word.
	 */
	variants(word: string): string[];
	/** The form a partly typed word is matched by, as the start of index terms. */
	prefix(word: string): string | undefined;
	/** The index terms of a text, in order, stop words left out. */
	terms(text: string): string[];
}

/** Build the analyser of a language from its lunr tools; results are memoised, as texts repeat words. */
export function createAnalyser(tools: LanguageTools): Analyser {
	const { lang, stemmer, stopWordFilter } = tools;
	const isStopWord = (word: string) => !!stopWordFilter && !stopWordFilter(new lunr.Token(word, {}));
	const stem = (form: string) => (stemmer ? stemmer(new lunr.Token(form, {}))?.toString() || form : form);
	// Arabic words lose their article in every language's index: an Arabic site also indexes
	// English fallback lessons by the Arabic names of their key terms.
	const fold = (word: string) => stripArabicArticle(normaliseWord(word));
	const memo = new Map<string, string[]>();
	const variants = (word: string): string[] => {
		let found = memo.get(word);
		if (!found) {
			const folded = fold(word);
			found = folded.length < 2 || isStopWord(word.toLowerCase()) || isStopWord(folded) ? [] : [...new Set([stem(folded), fold(stem(word.toLowerCase()))])];
			memo.set(word, found);
		}
		return found;
	};
	return {
		lang,
		term: (word) => variants(word)[0],
		variants,
		prefix: (word) => {
			const form = variants(word).length ? fold(word) : undefined;
			// Two letters match too much of the index to help.
			return form && form.length >= 3 ? form : undefined;
		},
		terms: (text) => wordsWithOffsets(text).flatMap(({ word }) => variants(word)),
	};
}
