// Spelling differences a learner should never have to think about when searching: accents on
// Latin letters ("election" finds "élection"), and in Arabic the short-vowel marks, the tatweel
// used to stretch words, the different alef forms, and the article ال.

/** Arabic diacritics: short vowels, tanwin, shadda, sukun, dagger alef and Quranic marks. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
/** آ أ إ ٱ and the rarer wavy-hamza forms, all written as a bare alef by many learners. */
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671-\u0673]/g;
/** Combining marks that follow a Latin letter once the text is decomposed: é → e + ´. */
const LATIN_ACCENTS = /(?<=\p{Script=Latin})\p{Mn}+/gu;
/**
 * The article ال, alone or after a one-letter prefix (و ف ب ك), and لل (ل + ال), when at least
 * two letters remain: الانتخابات → انتخابات, بالاقتراع → اقتراع, للناخب → ناخب.
 */
const ARABIC_ARTICLE = /^(?:[وفبك]?ال|لل)(?=[\u0621-\u064A]{2})/;

/** A word as it is matched: lowercase, Latin accents folded, Arabic marks, tatweel and alef forms unified. */
export function normaliseWord(word: string): string {
	return word
		.normalize('NFD')
		.replace(LATIN_ACCENTS, '')
		.normalize('NFC')
		.toLowerCase()
		.replace(ARABIC_MARKS, '')
		.replace(TATWEEL, '')
		.replace(ALEF_FORMS, '\u0627');
}

/** An Arabic word without its article or article-bearing prefix; other words are returned unchanged. */
export function stripArabicArticle(word: string): string {
	return word.replace(ARABIC_ARTICLE, '');
}

/** The words of a text with where each starts: runs of letters, marks and digits in any script. */
export function wordsWithOffsets(text: string): { word: string; start: number }[] {
	return [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({ word: m[0], start: m.index }));
}
