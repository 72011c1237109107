// lunr serialises, for every term, every field, even those the term never appears in:
// {"_index":7,"title":{},"keywords":{},"summary":{},"body":{"12":{}}}. Leaving the empty ones out
// makes search-index.json about a sixth smaller; they are put back before lunr loads the index.

type Posting = Record<string, object> & { _index: number };
interface SerialisedIndex {
	fields: string[];
	invertedIndex: [string, Posting][];
}

/** The serialised lunr index without the empty field entries of its postings. */
export function compactIndex<T extends object>(index: T): T {
	const { invertedIndex } = index as unknown as SerialisedIndex;
	for (const [, posting] of invertedIndex) {
		for (const field of Object.keys(posting)) if (field !== '_index' && Object.keys(posting[field]!).length === 0) delete posting[field];
	}
	return index;
}

/** A compacted index made whole again, as lunr.Index.load expects every field in every posting. */
export function restoreIndex<T extends object>(index: T): T {
	const { fields, invertedIndex } = index as unknown as SerialisedIndex;
	for (const [, posting] of invertedIndex) for (const field of fields) posting[field] ??= {};
	return index;
}
