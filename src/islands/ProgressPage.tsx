import { useEffect, useMemo, useState } from 'preact/hooks';
import { attemptsOf } from '../lib/progress/attempts.ts';
import { loadCourseProgress } from '../lib/progress/courseProgress.ts';
import type { ProgressDb } from '../lib/progress/db.ts';
import { openProgressDb, persistence as checkPersistence, storageProblem, type Persistence, type StorageProblem } from '../lib/progress/durability.ts';
import { activeProfile, createProfile, deleteProfile, listProfiles, renameProfile, setActiveProfile } from '../lib/progress/profiles.ts';
import type { Profile } from '../lib/progress/records.ts';
import { backupDue } from '../lib/progress/reminder.ts';
import type { LessonProgress } from '../lib/quiz/mastery.ts';
import { Backup } from './progress/Backup.tsx';
import { Learners } from './progress/Learners.tsx';
import { LessonBars } from './progress/LessonBars.tsx';
import { StorageStatus } from './progress/StorageStatus.tsx';
import type { CourseModule } from './progress/types.ts';
import { translator } from './strings.ts';
import './islands.css';

interface Props {
	modules: CourseModule[];
	locale: string;
	strings: Record<string, string>;
	site: { name: string; version: string };
}

interface Loaded {
	profiles: Profile[];
	active: Profile;
	progress: Map<string, LessonProgress>;
	due: boolean;
}

const PROBLEM = { unavailable: 'quiz.store.unavailable', full: 'quiz.store.full', failed: 'quiz.store.failed' } as const;

/**
 * The progress page: the active learner's status on every lesson, recomputed against the current
 * content, with learners, backup and import, and what the browser promised about keeping data.
 */
export default function ProgressPage({ modules, locale, strings, site }: Props) {
	const t = useMemo(() => translator(strings, locale), [strings, locale]);
	const lessons = useMemo(() => modules.flatMap((m) => m.lessons), [modules]);
	const [db, setDb] = useState<ProgressDb>();
	const [data, setData] = useState<Loaded>();
	const [problem, setProblem] = useState<StorageProblem>();
	const [persistence, setPersistence] = useState<Persistence>();

	const load = async (store: ProgressDb) => {
		try {
			const active = await activeProfile(store);
			const [profiles, progress, attempts] = await Promise.all([listProfiles(store), loadCourseProgress(store, active.id, lessons), attemptsOf(store, active.id)]);
			setData({ profiles, active, progress, due: backupDue(attempts.map((a) => a.attempt), active.lastBackupAt) });
			setProblem(undefined);
		} catch (error) {
			setProblem(storageProblem(error));
		}
	};

	/** Run a change, then show the data again; a failure is shown and loses nothing already kept. */
	const change = (work: (store: ProgressDb) => Promise<unknown>) => async () => {
		if (!db) return;
		try {
			await work(db);
		} catch (error) {
			setProblem(storageProblem(error));
			return;
		}
		await load(db);
	};

	useEffect(() => {
		void openProgressDb().then(async (opened) => {
			if (typeof opened === 'string') return setProblem(opened);
			setDb(opened);
			await load(opened);
			setPersistence(await checkPersistence(false));
		});
	}, []);

	if (problem === 'unavailable' || !db || !data) {
		return <div class="civitas-island progress-app">{problem && <p class="notice" role="alert">{t(PROBLEM[problem])}</p>}</div>;
	}
	return (
		<div class="civitas-island progress-app">
			{problem && (
				<p class="notice" role="alert">
					{t(PROBLEM[problem])}
				</p>
			)}
			<Learners
				profiles={data.profiles}
				active={data.active}
				t={t}
				onSwitch={(id) => void change((s) => setActiveProfile(s, id))()}
				onCreate={(name) => change((s) => createProfile(s, name))()}
				onRename={(name) => change((s) => renameProfile(s, data.active.id, name))()}
				onDelete={() => change((s) => deleteProfile(s, data.active.id))()}
			/>
			<LessonBars modules={modules} progress={data.progress} t={t} locale={locale} />
			<Backup db={db} profile={data.active} site={site} t={t} locale={locale} due={data.due} onImported={() => load(db)} onExported={() => load(db)} />
			<StorageStatus persistence={persistence} t={t} onAsk={() => void checkPersistence(true).then(setPersistence)} />
		</div>
	);
}
