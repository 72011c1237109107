import type { LessonProgress, LessonStatus } from '../../lib/quiz/mastery.ts';
import type { Translate } from '../strings.ts';
import type { CourseModule } from './types.ts';

const STATUS: Record<LessonStatus, { key: string; icon: string }> = {
	mastered: { key: 'progress.status.mastered', icon: '★' },
	'in-progress': { key: 'progress.status.inProgress', icon: '◐' },
	'not-started': { key: 'progress.status.notStarted', icon: '○' },
};

interface Props {
	modules: CourseModule[];
	progress: Map<string, LessonProgress>;
	t: Translate;
	locale: string;
}

/** Totals, then each module's lessons as bars a child reads at a glance: status in words and icon, best score, last activity. */
export function LessonBars({ modules, progress, t, locale }: Props) {
	const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
	const all = [...progress.values()];
	const count = (status: LessonStatus) => all.filter((p) => p.status === status).length;
	return (
		<>
			<section aria-labelledby="totals-title" class="progress-totals">
				<h2 id="totals-title">{t('progress.totals')}</h2>
				<p class="progress-total-line">{t('progress.masteredOf', { mastered: count('mastered'), total: all.length })}</p>
				<div class="progress-bar progress-bar--total" aria-hidden="true">
					<span style={{ inlineSize: `${all.length ? (100 * count('mastered')) / all.length : 0}%` }} />
				</div>
				<p>
					{t.count('progress.inProgressCount', count('in-progress'))} {t.count('progress.notStartedCount', count('not-started'))}
				</p>
			</section>
			{modules.map((module) => (
				<section key={module.id} aria-labelledby={`module-${module.id}`} class="progress-module">
					<h2 id={`module-${module.id}`}>
						<a href={module.url} {...module.attrs}>
							{module.title}
						</a>
					</h2>
					<ul class="progress-lessons">
						{module.lessons.map((lesson) => {
							const p = progress.get(lesson.id)!;
							const share = p.total ? p.best / p.total : 0;
							return (
								<li key={lesson.id} data-lesson={lesson.id} data-status={p.status}>
									<a href={lesson.url} {...lesson.attrs}>
										{lesson.title}
									</a>
									<p class="progress-status">
										<span aria-hidden="true">{STATUS[p.status].icon} </span>
										{t(STATUS[p.status].key)}
									</p>
									<div class="progress-bar" aria-hidden="true">
										<span style={{ inlineSize: `${100 * share}%` }} />
										<i style={{ insetInlineStart: `${(100 * p.needed) / Math.max(1, p.total)}%` }} />
									</div>
									<p class="eyebrow">
										{p.attempts > 0 ? t('progress.best', { best: p.best, total: p.total }) : t('progress.noResult')}
										{p.lastActivity !== undefined && ` · ${t('progress.lastActivity', { date: date.format(p.lastActivity) })}`}
									</p>
								</li>
							);
						})}
					</ul>
				</section>
			))}
		</>
	);
}
