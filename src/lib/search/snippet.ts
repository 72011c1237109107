import { wordsWithOffsets } from './normalise.ts';

/** A piece of text to show; `mark` when it is a word the query matched. */
export interface Fragment {
	text: string;
	mark?: boolean;
}

/** A text cut into fragments, the words the query matched marked. */
export function highlight(text: string, matches: (word: string) => boolean): Fragment[] {
	const fragments: Fragment[] = [];
	let at = 0;
	for (const { word, start } of wordsWithOffsets(text)) {
		if (!matches(word)) continue;
		if (start > at) fragments.push({ text: text.slice(at, start) });
		fragments.push({ text: word, mark: true });
		at = start + word.length;
	}
	if (at < text.length) fragments.push({ text: text.slice(at) });
	return fragments;
}

const ELLIPSIS = '…';
/** Where a sentence may begin: after final punctuation (Latin and Arabic) and a space. */
const SENTENCE_END = /[.!?؟。]\s+/gu;

/**
 * The passage of a text, about `length` characters, with the most matched words close together,
 * starting at a sentence when one begins shortly before them; "…" marks where it was cut.
 */
export function excerpt(text: string, matches: (word: string) => boolean, length = 180): Fragment[] {
	const words = wordsWithOffsets(text);
	if (words.length === 0) return [];
	const matched = words.filter(({ word }) => matches(word));
	const densest = matched.reduce(
		(best, w) => {
			const count = matched.filter((m) => m.start >= w.start && m.start < w.start + length * 0.8).length;
			return count > best.count ? { start: w.start, count } : best;
		},
		{ start: 0, count: 0 }
	);
	let start = Math.max(0, densest.start - Math.round(length / 4));
	const sentence = [...text.slice(start, densest.start).matchAll(SENTENCE_END)].at(-1);
	if (sentence) start += sentence.index + sentence[0].length;
	else if (start > 0) start = words.find((w) => w.start >= start)!.start;
	const last = words.filter((w) => w.start < start + length).at(-1)!;
	const wordEnd = Math.max(last.start + last.word.length, start);
	// Keep the punctuation that closes the last word shown ("secret." rather than "secret").
	const end = wordEnd + text.slice(wordEnd).match(/^[^\s\p{L}\p{N}]*/u)![0].length;
	const fragments = highlight(text.slice(start, end), matches);
	if (start > 0) fragments.unshift({ text: ELLIPSIS });
	if (words.at(-1)!.start >= end) fragments.push({ text: ELLIPSIS });
	return fragments;
}
