import { answerText } from '../../lib/quiz/answerKey.ts';
import { INSTRUCTION_KEY, type QuizItem } from '../../lib/quiz/types.ts';
import { ChoiceInput } from './ChoiceInput.tsx';
import { MatchingInput } from './MatchingInput.tsx';
import { OrderingInput } from './OrderingInput.tsx';
import { ShortInput } from './ShortInput.tsx';
import type { InputProps } from './types.ts';


interface Props extends InputProps {
	number: number;
	/** lang and dir of the item's text where it differs from the page (a fallback lesson). */
	contentAttrs: { lang?: string; dir?: 'ltr' | 'rtl' };
	contentLocale: string;
	/** Feedback is shown: right or wrong, the explanation and its source. */
	feedback?: { right: boolean };
	/** Practice mode: the item has its own Check button. */
	checkable: boolean;
	hintShown: boolean;
	/** A message under the item, such as "choose an answer first". */
	note?: string;
	onHint(): void;
	onCheck(): void;
	/** The answer was given (check mode saves it then). */
	onCommit(): void;
}

/** One quiz item as a labelled group: prompt, input, hint, Check button and feedback. */
export function QuizItemView(props: Props) {
	const { item, number, t, idBase, contentAttrs, feedback, checkable, hintShown, note, locked, onHint, onCheck, onCommit } = props;
	const input = (() => {
		switch (item.type) {
			case 'ordering':
				return <OrderingInput {...props} item={item} />;
			case 'matching':
				return <MatchingInput {...props} item={item} />;
			case 'short':
				return <ShortInput {...props} item={item} onCommit={onCommit} />;
			default:
				return <ChoiceInput {...props} item={item} />;
		}
	})();
	const rightAnswer = answerText(item, { true: t('quiz.true'), false: t('quiz.false') });
	return (
		<li class="quiz-item" data-item={item.id} data-type={item.type} data-result={feedback ? (feedback.right ? 'right' : 'wrong') : undefined}>
			<form
				noValidate
				onSubmit={(event) => {
					event.preventDefault();
					if (checkable) onCheck();
					else onCommit();
				}}
			>
				<fieldset>
					<legend>
						<span class="eyebrow">
							{t('quiz.questionNumber', { number })} · {t(INSTRUCTION_KEY[item.type])}
						</span>
						{item.type === 'scenario' && (
							<span class="quiz-scenario" {...contentAttrs}>
								{item.scenario}
							</span>
						)}
						<span class="quiz-prompt" {...contentAttrs}>
							{item.prompt}
						</span>
					</legend>
					<div {...contentAttrs}>{input}</div>
				</fieldset>
				{item.hint && !locked && (
					<div class="quiz-hint">
						<button type="button" class="quiz-link" aria-expanded={hintShown} aria-controls={`${idBase}-hint`} onClick={onHint}>
							{t(hintShown ? 'quiz.hint.hide' : 'quiz.hint.show')}
						</button>
						<p id={`${idBase}-hint`} hidden={!hintShown} {...contentAttrs}>
							{item.hint}
						</p>
					</div>
				)}
				{checkable && (
					<button type="submit" class="quiz-button" aria-disabled={locked}>
						{t('quiz.check')}
					</button>
				)}
				<div class="quiz-feedback" aria-live="polite" id={`${idBase}-feedback`}>
					{note && <p class="quiz-note">{note}</p>}
					{feedback && (
						<>
							<p class="quiz-verdict">
								<span aria-hidden="true">{feedback.right ? '✓' : '✗'}</span> {t(feedback.right ? 'quiz.right' : 'quiz.wrong')}
							</p>
							{!feedback.right && (
								<p>
									{t('quiz.rightAnswer')}{' '}
									<span {...contentAttrs}>{rightAnswer.join(item.type === 'ordering' ? ' → ' : t('quiz.answerSeparator'))}</span>
								</p>
							)}
							<p {...contentAttrs}>{item.explanation}</p>
							<p class="quiz-source">
								{t('quiz.source')} <span {...contentAttrs}>{item.source}</span>
							</p>
						</>
					)}
				</div>
			</form>
		</li>
	);
}
