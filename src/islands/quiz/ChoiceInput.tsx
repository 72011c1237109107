import type { QuizItem } from '../../lib/quiz/types.ts';
import { textOf, type InputProps } from './types.ts';

type ChoiceItem = Extract<QuizItem, { type: 'single' | 'scenario' | 'multiple' | 'truefalse' }>;

/** Radio buttons (one answer, true/false) or checkboxes (several answers), all native controls. */
export function ChoiceInput({ item, layout, response, locked, idBase, t, onResponse }: InputProps<ChoiceItem>) {
	if (item.type === 'truefalse') {
		const options = [
			{ value: true, text: t('quiz.true') },
			{ value: false, text: t('quiz.false') },
		];
		return (
			<div class="quiz-choices">
				{options.map((o) => (
					<label class="quiz-choice" key={String(o.value)}>
						<input type="radio" name={idBase} checked={response === o.value} disabled={locked} onChange={() => onResponse(o.value)} />
						<span>{o.text}</span>
					</label>
				))}
			</div>
		);
	}
	const many = item.type === 'multiple';
	const chosen = Array.isArray(response) ? (response as string[]) : [];
	// The boxes as the browser shows them when one changes: two quick taps before the next render
	// would otherwise both start from the same earlier answer, and the first would be lost.
	const toggle = (box: HTMLInputElement) => {
		const ticked = new Set(Array.from(box.closest('.quiz-choices')!.querySelectorAll<HTMLInputElement>('input:checked'), (input) => input.value));
		onResponse(layout.choices.filter((c) => ticked.has(c)));
	};
	return (
		<div class="quiz-choices">
			{layout.choices.map((id) => (
				<label class="quiz-choice" key={id}>
					<input
						type={many ? 'checkbox' : 'radio'}
						name={idBase}
						value={id}
						checked={many ? chosen.includes(id) : response === id}
						disabled={locked}
						onChange={(event) => (many ? toggle(event.currentTarget) : onResponse(id))}
					/>
					<span>{textOf(item.choices, id)}</span>
				</label>
			))}
		</div>
	);
}
