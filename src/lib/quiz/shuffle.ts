import type { QuizItem } from './types.ts';

/** A 32-bit seed from any text (FNV-1a), so an attempt id always gives the same order. */
function seedOf(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
	return hash >>> 0;
}

/** mulberry32: a tiny, fast generator that is plenty for shuffling choices. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A copy of a list in an order fixed by the seed (Fisher–Yates). */
export function shuffled<T>(list: readonly T[], seed: string): T[] {
	const next = random(seedOf(seed));
	const copy = [...list];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy;
}

/** The order in which an item's choices (and a matching item's pairs) are shown in one attempt. */
export interface ItemLayout {
	choices: string[];
	pairs: string[];
}

/**
 * Lay out an item for an attempt. A first attempt (no seed) keeps the authored order, which
 * teachers refer to; a retry shuffles by its seed. Ordering items never start in the right order.
 */
export function layoutItem(item: QuizItem, seed: string | null): ItemLayout {
	const ids = 'choices' in item ? item.choices.map((c) => c.id) : [];
	const pairs = item.type === 'matching' ? item.pairs.map((p) => p.id) : [];
	const mix = <T,>(list: T[], salt: string) => (seed === null ? list : shuffled(list, `${seed}:${item.id}:${salt}`));
	let choices = mix(ids, 'choices');
	if (item.type === 'ordering' && choices.every((id, i) => id === item.answer[i])) choices = [...choices.slice(1), choices[0]!];
	return { choices, pairs: mix(pairs, 'pairs') };
}
