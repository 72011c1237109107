import type { QuizItem, Response } from '../../lib/quiz/types.ts';
import type { ItemLayout } from '../../lib/quiz/shuffle.ts';
import type { Translate } from '../strings.ts';

/** What every item input receives: the item, how it is laid out, the response so far. */
export interface InputProps<I extends QuizItem = QuizItem> {
	item: I;
	layout: ItemLayout;
	response: Response | undefined;
	/** Answers can no longer change: practice feedback was shown or the attempt is over. */
	locked: boolean;
	/** Prefix for element ids, unique on the page. */
	idBase: string;
	t: Translate;
	onResponse(response: Response): void;
	/** Say something to screen readers through the quiz's live region. */
	announce(message: string): void;
}

/** The text of a choice (or pair) by id. */
export function textOf(list: { id: string; text: string }[], id: string): string {
	return list.find((c) => c.id === id)?.text ?? id;
}
