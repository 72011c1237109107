/**
 * Short answers are compared after normalising both the learner's text and each accepted answer,
 * so that "  Nineteen forty-eight. " and "1948" are judged by meaning, not by typing habits.
 * Shared rules apply to every language; a language may add its own (see LANGUAGE_RULES).
 */

const LATIN_DIACRITICS = /(\p{Script=Latin})[\u0300-\u036f]+/gu;
const EDGE_PUNCTUATION = /^[\p{P}\p{Z}\s]+|[\p{P}\p{Z}\s]+$/gu;
const INNER_SPACE = /[\p{Z}\s]+/gu;
const ANY_DIGIT = /\p{Nd}/u;
const DIGIT = /\p{Nd}/gu;

/** Arabic short vowels and other marks (tanwin, shadda, sukun, dagger alef, Quranic marks) and tatweel. */
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const ARABIC_ALEF = /[\u0622\u0623\u0625\u0671\u0672\u0673]/g;

/** Extra rules per language, applied after the shared ones; keyed by the primary language subtag. */
const LANGUAGE_RULES: Record<string, (text: string) => string> = {
	ar: (text) => text.replace(ARABIC_MARKS, '').replace(ARABIC_ALEF, '\u0627').replace(/\u0649/g, '\u064a').replace(/\u0629/g, '\u0647'),
};

/** The value 0–9 of a decimal digit of any script: Unicode keeps each script's digits as a run 0…9. */
function digitValue(digit: string): string {
	const code = digit.codePointAt(0)!;
	let offset = 0;
	while (offset < 60 && ANY_DIGIT.test(String.fromCodePoint(code - offset - 1))) offset++;
	return String(offset % 10);
}

/** Normalise a short answer for comparison, with the rules of the language it is written in. */
export function normaliseAnswer(text: string, locale: string): string {
	let result = text.normalize('NFKC').toUpperCase().toLowerCase();
	result = result.normalize('NFD').replace(LATIN_DIACRITICS, '$1').normalize('NFC');
	result = result.replace(DIGIT, digitValue);
	const languageRule = LANGUAGE_RULES[locale.split('-')[0]!.toLowerCase()];
	if (languageRule) result = languageRule(result);
	return result.replace(EDGE_PUNCTUATION, '').replace(INNER_SPACE, ' ');
}
