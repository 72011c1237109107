/**
 * What a service worker reports about the files it precaches, and the state of each language that
 * the page shows from those reports. Pure, so the rules are tested without a browser.
 */

/** How much of a pack is in Cache Storage. */
export interface PackProgress {
	files: number;
	savedFiles: number;
	bytes: number;
	savedBytes: number;
}

/** A service worker's answer to STATUS_MESSAGE. */
export interface WorkerReport {
	/** Fingerprint of the whole manifest: two workers with equal versions serve the same files. */
	version: string;
	/** The languages this worker precaches. */
	languages: string[];
	shell: PackProgress;
	packs: Record<string, PackProgress>;
}

/** Ask a service worker for its WorkerReport. */
export const STATUS_MESSAGE = { type: 'CIVITAS_OFFLINE_STATUS' } as const;

/** Ask the active service worker to delete cached files its manifest does not list (an interrupted save). */
export const TRIM_MESSAGE = { type: 'CIVITAS_OFFLINE_TRIM' } as const;

export type LanguageState = 'saved' | 'saving' | 'partial' | 'not-saved' | 'update-ready';

/** One language as the status bar and the panel show it. */
export interface LanguageView extends PackProgress {
	locale: string;
	state: LanguageState;
}

/** What the page knows about the service workers of its registration. */
export interface Workers {
	active?: WorkerReport;
	/** A worker still downloading: a language being saved, or an update. */
	installing?: WorkerReport;
	/** A worker with another version, installed and waiting for the learner to reload. */
	update?: WorkerReport;
}

const EMPTY: PackProgress = { files: 0, savedFiles: 0, bytes: 0, savedBytes: 0 };

/** Whether every file of a pack is stored. */
export function isComplete(pack: PackProgress): boolean {
	return pack.savedFiles >= pack.files;
}

/** The state of one language, from the reports of the registration's workers. */
export function languageView(locale: string, workers: Workers): LanguageView {
	const { active, installing, update } = workers;
	const saving = installing?.languages.includes(locale) && installing.packs[locale];
	if (saving && !isComplete(saving)) return { locale, state: 'saving', ...saving };
	// A newer version has everything it keeps stored already; it only waits for the learner to reload.
	if (update?.languages.includes(locale)) return { locale, state: 'update-ready', ...(update.packs[locale] ?? EMPTY) };
	const pack = active?.packs[locale] ?? EMPTY;
	if (active?.languages.includes(locale)) return { locale, state: isComplete(pack) ? 'saved' : 'partial', ...pack };
	return { locale, state: pack.savedFiles > 0 ? 'partial' : 'not-saved', ...pack };
}

/** Files and bytes a worker has stored of everything it precaches: the shell and its languages. */
export function overallProgress(report: WorkerReport): PackProgress {
	const parts = [report.shell, ...report.languages.map((locale) => report.packs[locale] ?? EMPTY)];
	return parts.reduce((sum, p) => ({
		files: sum.files + p.files,
		savedFiles: sum.savedFiles + p.savedFiles,
		bytes: sum.bytes + p.bytes,
		savedBytes: sum.savedBytes + p.savedBytes,
	}), EMPTY);
}
