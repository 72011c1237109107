import type { QuizItem } from '../../lib/quiz/types.ts';
import { textOf, type InputProps } from './types.ts';

/** One native select per pair: keyboards, screen readers and phones already know how to use it. */
export function MatchingInput({ item, layout, response, locked, idBase, t, onResponse }: InputProps<Extract<QuizItem, { type: 'matching' }>>) {
	const matched = response && typeof response === 'object' && !Array.isArray(response) ? response : {};
	return (
		<div class="quiz-match">
			{layout.pairs.map((pairId) => (
				<div class="quiz-match-row" key={pairId}>
					<label for={`${idBase}-${pairId}`}>{textOf(item.pairs, pairId)}</label>
					<select
						id={`${idBase}-${pairId}`}
						value={matched[pairId] ?? ''}
						disabled={locked}
						onChange={(event) => onResponse({ ...matched, [pairId]: event.currentTarget.value })}
					>
						<option value="">{t('quiz.matching.choose')}</option>
						{layout.choices.map((id) => (
							<option value={id} key={id}>
								{textOf(item.choices, id)}
							</option>
						))}
					</select>
				</div>
			))}
		</div>
	);
}
