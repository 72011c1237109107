import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { StorageProblem } from '../lib/progress/durability.ts';
import { randomId } from '../lib/progress/ids.ts';
import { DB_NAME } from '../lib/progress/dbName.ts';
import type { LessonSession } from '../lib/progress/lessonSession.ts';
import type { AnswerRecord, QuizMode } from '../lib/progress/records.ts';
import type { LessonProgress } from '../lib/quiz/mastery.ts';
import { masteryNeeded } from '../lib/quiz/mastery.ts';
import { isAnswered, isRight, itemKey } from '../lib/quiz/score.ts';
import { layoutItem } from '../lib/quiz/shuffle.ts';
import type { QuizItem, Response } from '../lib/quiz/types.ts';
import { QuizItemView } from './quiz/QuizItemView.tsx';
import { freshAttempt, resumedAttempt, type QuizState } from './quiz/state.ts';
import { translator } from './strings.ts';
import './islands.css';

interface Props {
	lessonId: string;
	/** The lesson's content hash, recorded with each attempt. */
	contentHash: string;
	/** The language the items are written in; differs from locale for a fallback lesson. */
	contentLocale: string;
	/** lang and dir for the item text where it differs from the page's (a fallback lesson). */
	contentAttrs: { lang?: string; dir?: 'ltr' | 'rtl' };
	locale: string;
	items: QuizItem[];
	/** The site's mastery share (civitas.config.json) and the lesson's own, if it sets one. */
	siteMastery: number;
	lessonMastery?: number;
	strings: Record<string, string>;
	progressUrl: string;
}

type PerItem = 'responses' | 'checked' | 'hints' | 'notes';

type Loaded = { module: typeof import('../lib/progress/lessonSession.ts'); opened: LessonSession | StorageProblem };
type Later = typeof import('./quiz/later.ts');

const STANDING = { 'in-progress': 'quiz.standing.inProgress', mastered: 'quiz.standing.mastered' } as const;
const PROBLEM = { unavailable: 'quiz.store.unavailable', full: 'quiz.store.full', failed: 'quiz.store.failed' } as const;
const MODE = { practice: 'quiz.mode.practice', check: 'quiz.mode.check' } as const;

const whenIdle = (work: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(work, { timeout: 3000 }) : setTimeout(work, 500));

/**
 * A lesson's quiz. It answers taps with only Preact and the quiz logic loaded; the progress store
 * (Dexie) is imported at idle or on the first answer, then resumes an unfinished attempt and saves
 * each answer as it is given. If the store cannot be used, the quiz still works for the visit.
 */
export default function Quiz(props: Props) {
	const { items, contentLocale, contentAttrs, locale, strings } = props;
	const t = useMemo(() => translator(strings, locale), [strings, locale]);
	const share = props.lessonMastery ?? props.siteMastery;
	const lesson = { lessonId: props.lessonId, locale, contentLocale, contentHash: props.contentHash };
	const fresh = (seed: string | null, mode: QuizMode) => freshAttempt(lesson, seed, mode);

	const [mounted, setMounted] = useState(false);
	const [state, setState] = useState<QuizState>(() => fresh(null, 'practice'));
	const [session, setSession] = useState<LessonSession>();
	const [standing, setStanding] = useState<LessonProgress>();
	const [problem, setProblem] = useState<StorageProblem>();
	const [backupDue, setBackupDue] = useState(false);
	const [announcement, setAnnouncement] = useState('');
	const [later, setLater] = useState<Later>();
	const root = useRef<HTMLDivElement>(null);
	const resultRef = useRef<HTMLDivElement>(null);
	const store = useRef<Promise<Loaded>>();
	const current = useRef<LessonSession>();

	const adopt = (next: LessonSession, switched: boolean) => {
		current.current = next;
		setSession(next);
		setStanding(next.progress);
		setState((s) => {
			const untouched = Object.keys(s.responses).length === 0 && !s.outcome;
			if (!switched && !untouched) return s;
			if (next.resume) return resumedAttempt(next.resume);
			return fresh(next.finishedCount > 0 ? randomId() : null, s.attempt.mode);
		});
	};

	const loadStore = () => {
		if (store.current) return store.current;
		void import('./quiz/later.ts').then(setLater);
		store.current = import('../lib/progress/lessonSession.ts').then(async (module) => {
			const opened = await module.openLessonSession({ lessonId: props.lessonId, keys: items.map(itemKey), share });
			if (typeof opened === 'string') setProblem(opened);
			else adopt(opened, false);
			return { module, opened };
		});
		return store.current;
	};

	/** Run a write once the store is ready; a failure is shown and loses nothing already kept. */
	const persist = (work: (s: LessonSession) => Promise<void>) =>
		loadStore().then(async ({ module }) => {
			const s = current.current;
			if (!s) return;
			try {
				await work(s);
				setProblem(undefined);
			} catch (error) {
				setProblem(module.storageProblem(error));
			}
		});

	useEffect(() => {
		setMounted(true);
		// The list rendered without JavaScript stays for readers without it; this island replaces it.
		root.current?.closest('.quiz')?.querySelector('.quiz-list')?.setAttribute('hidden', '');
		// A learner with progress on this device gets it back at once (resume, standing, profile);
		// a first visit loads the store with the first answer, so Dexie is not in the first scripts.
		if (typeof indexedDB === 'undefined') setProblem('unavailable');
		else if (!('databases' in indexedDB)) whenIdle(() => void loadStore());
		else
			indexedDB.databases().then(
				(list) => list.some((db) => db.name === DB_NAME) && whenIdle(() => void loadStore()),
				() => whenIdle(() => void loadStore())
			);
	}, []);

	// The result takes focus once it is shown, which may wait for its part of the code.
	useEffect(() => {
		if (state.outcome && later) resultRef.current?.focus();
	}, [state.outcome, later]);

	const layouts = useMemo(() => Object.fromEntries(items.map((item) => [item.id, layoutItem(item, state.attempt.seed)])), [items, state.attempt.seed]);
	const responseOf = (item: QuizItem) => state.responses[item.id];

	const give = (item: QuizItem, response: Response, hint = state.hints[item.id]) => {
		const answer: AnswerRecord = { attemptId: state.attempt.id, itemId: item.id, type: item.type, response, correct: isRight(item, response, contentLocale), answeredAt: Date.now() };
		if (hint) answer.hint = true;
		const attempt = state.attempt;
		void persist((s) => s.save({ ...attempt, profileId: s.profile.id }, answer));
	};

	const update = (item: QuizItem, change: Partial<{ [K in PerItem]: QuizState[K][string] | undefined }>) =>
		setState((s) => {
			const next: QuizState = { ...s, unanswered: undefined };
			for (const key of Object.keys(change) as PerItem[]) next[key] = { ...s[key], [item.id]: change[key] } as never;
			return next;
		});

	const respond = (item: QuizItem, response: Response) => {
		if (state.checked[item.id] || state.outcome) return;
		update(item, { responses: response, notes: undefined });
		// In check mode an answer is given as soon as it is chosen; a typed answer when the field is left.
		if (state.attempt.mode === 'check' && item.type !== 'short') give(item, response);
	};

	const check = (item: QuizItem) => {
		if (state.checked[item.id] || state.outcome) return;
		const response = responseOf(item) ?? (item.type === 'ordering' ? layouts[item.id]!.choices : undefined);
		if (!isAnswered(item, response)) {
			update(item, { notes: t(item.type === 'short' ? 'quiz.needText' : 'quiz.needAnswer') });
			return;
		}
		update(item, { responses: response, checked: true, notes: undefined });
		give(item, response!);
		void loadStore();
	};

	const commit = (item: QuizItem) => {
		const response = responseOf(item);
		if (state.attempt.mode === 'check' && !state.outcome && isAnswered(item, response)) give(item, response!);
	};

	const finish = (anyway: boolean) => {
		const missing = items.map((item, i) => (isAnswered(item, responseOf(item)) ? 0 : i + 1)).filter(Boolean);
		if (missing.length > 0 && !anyway) {
			setState((s) => ({ ...s, unanswered: missing }));
			return;
		}
		const score = items.filter((item) => isAnswered(item, responseOf(item)) && isRight(item, responseOf(item)!, contentLocale)).length;
		const outcome = { score, total: items.length, needed: masteryNeeded(share, items.length) };
		const attempt = { ...state.attempt, endedAt: Date.now(), score, total: items.length };
		setState((s) => ({ ...s, attempt, outcome, unanswered: undefined, checked: Object.fromEntries(items.map((i) => [i.id, true])) }));
		void persist(async (s) => {
			const { progress, backupDue: due } = await s.finish({ ...attempt, profileId: s.profile.id });
			setStanding(progress);
			setBackupDue(due);
		});
	};

	const retry = () => {
		setState(fresh(randomId(), state.attempt.mode));
		requestAnimationFrame(() => root.current?.querySelector<HTMLElement>('.quiz-start')?.focus());
	};

	const switchProfile = async (id: string) => {
		const s = current.current;
		if (!s) return;
		try {
			adopt(await s.switchTo(id), true);
		} catch (error) {
			setProblem((await loadStore()).module.storageProblem(error));
		}
	};

	if (!mounted) return <div class="quiz-app" ref={root} />;
	const started = Object.keys(state.responses).length > 0 || !!state.outcome;
	return (
		<div class="quiz-app" ref={root}>
			<p class="visually-hidden" role="status">
				{announcement}
			</p>
			<div class="quiz-start" tabIndex={-1}>
				{session && later && <later.ProfileSwitcher profiles={session.profiles} activeId={session.profile.id} t={t} onSwitch={switchProfile} manageUrl={props.progressUrl} />}
				{standing && standing.status !== 'not-started' && (
					<p class="quiz-standing" data-status={standing.status}>
						{t(STANDING[standing.status], { best: standing.best, total: standing.total })}
					</p>
				)}
				{problem && (
					<p class="notice quiz-problem" role="alert">
						{t(PROBLEM[problem])}
					</p>
				)}
				{state.resumed && <p class="notice">{t('quiz.resumed')}</p>}
				{!started && (
					<fieldset class="quiz-mode">
						<legend>{t('quiz.mode.label')}</legend>
						{(Object.keys(MODE) as QuizMode[]).map((mode) => (
							<label class="quiz-choice" key={mode}>
								<input type="radio" name="quiz-mode" checked={state.attempt.mode === mode} onChange={() => setState((s) => ({ ...s, attempt: { ...s.attempt, mode } }))} />
								<span>{t(MODE[mode])}</span>
							</label>
						))}
					</fieldset>
				)}
			</div>
			<ol class="quiz-items">
				{items.map((item, i) => {
					const checked = !!state.checked[item.id];
					const response = responseOf(item);
					return (
						<QuizItemView
							key={`${state.attempt.id}-${item.id}`}
							item={item}
							number={i + 1}
							layout={layouts[item.id]!}
							response={response}
							locked={checked || !!state.outcome}
							idBase={`quiz-${item.id}`}
							t={t}
							contentAttrs={contentAttrs}
							contentLocale={contentLocale}
							feedback={checked ? { right: isAnswered(item, response) && isRight(item, response!, contentLocale) } : undefined}
							checkable={state.attempt.mode === 'practice'}
							hintShown={!!state.hints[item.id]}
							note={state.notes[item.id]}
							announce={setAnnouncement}
							onResponse={(r) => respond(item, r)}
							onHint={() => update(item, { hints: !state.hints[item.id] })}
							onCheck={() => check(item)}
							onCommit={() => commit(item)}
						/>
					);
				})}
			</ol>
			{state.outcome ? (
				later && <later.QuizResult outcome={state.outcome} t={t} progressUrl={props.progressUrl} backupDue={backupDue} onRetry={retry} focusRef={resultRef} />
			) : (
				<div class="quiz-finish">
					{state.unanswered && (
						<p class="notice" role="alert">
							{t.count('quiz.unanswered', state.unanswered.length)} {t('quiz.unansweredList', { numbers: state.unanswered.join(t('quiz.answerSeparator')) })}
						</p>
					)}
					<button type="button" class="quiz-button" onClick={() => finish(!!state.unanswered)}>
						{t(state.unanswered ? 'quiz.finishAnyway' : 'quiz.finish')}
					</button>
				</div>
			)}
		</div>
	);
}
