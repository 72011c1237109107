/**
 * Terms of the index within `distance` edits of a misspelt term, where an edit adds, removes or
 * changes a letter or swaps two neighbours ("corupt" → "corrupt"). A plain scan of the vocabulary
 * takes about a millisecond, where lunr's fuzzy automaton took tens for a long word.
 */
export function closeTerms(vocabulary: readonly string[], term: string, distance: number): string[] {
	return vocabulary.filter((candidate) => Math.abs(candidate.length - term.length) <= distance && editDistance(term, candidate, distance) <= distance);
}

// Three reused rows of the distance table: two rows back (for swaps), the last row and this one.
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** Optimal string alignment distance between two words, giving up once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
	if (rows[0]!.length <= b.length) rows = rows.map(() => new Int32Array(b.length * 2 + 1));
	let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
	for (let j = 0; j <= b.length; j++) previous[j] = j;
	for (let i = 1; i <= a.length; i++) {
		current[0] = i;
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
			let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) d = Math.min(d, before[j - 2]! + 1);
			current[j] = d;
			if (d < best) best = d;
		}
		if (best > limit) return best;
		[before, previous, current] = [previous, current, before];
	}
	return previous[b.length]!;
}
