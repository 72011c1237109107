import type { QuizItem } from '../../lib/quiz/types.ts';
import type { InputProps } from './types.ts';

interface Props extends InputProps<Extract<QuizItem, { type: 'short' }>> {
	/** Called when the learner leaves the field or presses Enter: the moment the answer is given. */
	onCommit(): void;
	contentLocale: string;
}

/** A text field; Enter checks it (it sits in the item's form). */
export function ShortInput({ response, locked, idBase, t, onResponse, onCommit, contentLocale }: Props) {
	return (
		<div class="quiz-short">
			<label for={`${idBase}-text`}>{t('quiz.short.label')}</label>
			<input
				id={`${idBase}-text`}
				type="text"
				lang={contentLocale}
				dir="auto"
				autocomplete="off"
				autocapitalize="off"
				spellcheck={false}
				maxLength={200}
				value={typeof response === 'string' ? response : ''}
				disabled={locked}
				onInput={(event) => onResponse(event.currentTarget.value)}
				onChange={onCommit}
			/>
		</div>
	);
}
