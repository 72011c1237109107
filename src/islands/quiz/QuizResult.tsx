import type { Ref } from 'preact';
import type { Translate } from '../strings.ts';

/** The outcome of a finished attempt. */
export interface Outcome {
	score: number;
	total: number;
	needed: number;
}

interface Props {
	outcome: Outcome;
	t: Translate;
	progressUrl: string;
	/** Remind the learner to save a backup file. */
	backupDue: boolean;
	onRetry(): void;
	focusRef: Ref<HTMLDivElement>;
}

/** The score of an attempt, whether it masters the lesson, and the way to try again. */
export function QuizResult({ outcome, t, progressUrl, backupDue, onRetry, focusRef }: Props) {
	const mastered = outcome.score >= outcome.needed;
	return (
		<div class="quiz-result" data-mastered={mastered} tabIndex={-1} ref={focusRef}>
			<h3>{t('quiz.resultTitle')}</h3>
			<p class="quiz-score">{t('quiz.result', { score: outcome.score, total: outcome.total })}</p>
			<p>
				<span aria-hidden="true">{mastered ? '★ ' : ''}</span>
				{mastered ? t('quiz.mastered') : t.count('quiz.needed', outcome.needed)}
			</p>
			{backupDue && (
				<p class="notice" role="note">
					{t('quiz.backupReminder')} <a href={`${progressUrl}#backup`}>{t('quiz.backupLink')}</a>
				</p>
			)}
			<p class="quiz-actions">
				<button type="button" class="quiz-button" onClick={onRetry}>
					{t('quiz.retry')}
				</button>
				<a href={progressUrl}>{t('quiz.seeProgress')}</a>
			</p>
			<p class="eyebrow">{t('quiz.retryNote')}</p>
		</div>
	);
}
