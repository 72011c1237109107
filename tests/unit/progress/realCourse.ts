import { readContent } from '../../../src/lib/content/files.ts';
import type { Lesson } from '../../../src/lib/content/schema.ts';
import type { QuizItem, Response } from '../../../src/lib/quiz/types.ts';
import { ROOT } from '../../sites.mjs';

/** The real course's English lessons with their quiz items, so the store is tested on real data. */
export const REAL_LESSONS = readContent(ROOT)
	.entries.filter((e) => e.collection === 'lessons' && e.locale === 'en' && e.data)
	.map((e) => ({ id: e.fileId, items: (e.data as Lesson).quiz.items }))
	.sort((a, b) => a.id.localeCompare(b.id));

/** The right response to an item, as the quiz island would give it. */
export function rightResponse(item: QuizItem): Response {
	return item.type === 'short' ? ` ${item.accept[0]}. ` : item.answer;
}

/** A wrong response to an item, of the right shape. */
export function wrongResponse(item: QuizItem): Response {
	switch (item.type) {
		case 'single':
		case 'scenario':
			return item.choices.find((c) => c.id !== item.answer)!.id;
		case 'multiple':
			return item.choices.filter((c) => !item.answer.includes(c.id)).map((c) => c.id);
		case 'truefalse':
			return !item.answer;
		case 'ordering':
			return [...item.answer].reverse();
		case 'matching':
			return Object.fromEntries(item.pairs.map((p) => [p.id, item.choices[(item.choices.findIndex((c) => c.id === item.answer[p.id]) + 1) % item.choices.length]!.id]));
		case 'short':
			return 'not this';
	}
}
