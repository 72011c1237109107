import type { QuizItem } from '../content/schema.ts';

/** The right answer of an item as readable text, for answer keys; true/false use the given labels. */
export function answerText(item: QuizItem, labels: { true: string; false: string }): string[] {
	const textOf = (id: string) => ('choices' in item ? (item.choices.find((c) => c.id === id)?.text ?? id) : id);
	switch (item.type) {
		case 'single':
		case 'scenario':
			return [textOf(item.answer)];
		case 'multiple':
		case 'ordering':
			return item.answer.map(textOf);
		case 'truefalse':
			return [item.answer ? labels.true : labels.false];
		case 'matching':
			return item.pairs.map((pair) => `${pair.text} → ${textOf(item.answer[pair.id]!)}`);
		case 'short':
			return item.accept;
	}
}
