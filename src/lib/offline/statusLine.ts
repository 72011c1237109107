/**
 * The one line the status bar shows on every page, chosen from the offline state: an update to
 * apply, a download in progress, a stopped save, a question, or whether this language is offline.
 */
import type { OfflineSnapshot } from './client.ts';
import { formatBytes, formatCount } from './format.ts';
import { isComplete, overallProgress } from './status.ts';

export type StatusKind = 'hidden' | 'update' | 'saving' | 'problem' | 'ask' | 'available' | 'not-saved';

export interface StatusLine {
	kind: StatusKind;
	text: string;
	/** Files saved of files to save, while saving. */
	progress?: { value: number; max: number };
	/** What the button does, where there is one. */
	action?: 'reload' | 'retry' | 'save';
	actionLabel?: string;
	/** A second, declining button. */
	dismissLabel?: string;
}

const PROBLEM_TEXT = { offline: 'offlineStatus.problemOffline', network: 'offlineStatus.problemNetwork', space: 'offlineStatus.problemSpace' } as const;

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The status line for a page in `locale`, whose language is called `language` in the interface. */
export function statusLine(snapshot: OfflineSnapshot, locale: string, language: string, t: Translate): StatusLine {
	const { workers, problem } = snapshot;
	if (snapshot.support !== 'ok' || !workers.active) return { kind: 'hidden', text: '' };
	if (workers.update) return { kind: 'update', text: t('offlineStatus.update'), action: 'reload', actionLabel: t('offlineStatus.reload') };
	if (snapshot.busy && workers.installing) {
		const { files, savedFiles, savedBytes } = overallProgress(workers.installing);
		const text = t('offlineStatus.saving', { saved: formatCount(savedFiles, locale), total: formatCount(files, locale), size: formatBytes(savedBytes, locale) });
		return { kind: 'saving', text, progress: { value: savedFiles, max: files } };
	}
	const pack = workers.active.packs[locale];
	const size = formatBytes(pack?.bytes ?? 0, locale);
	if (problem) return { kind: 'problem', text: t(PROBLEM_TEXT[problem]), action: 'retry', actionLabel: t('offlineStatus.retry') };
	if (snapshot.askFirst) {
		return { kind: 'ask', text: t('offlineStatus.ask', { language, size }), action: 'save', actionLabel: t('offlineStatus.save'), dismissLabel: t('offlineStatus.notNow') };
	}
	if (snapshot.busy) return { kind: 'hidden', text: '' };
	if (snapshot.languages.includes(locale) && pack && isComplete(pack)) return { kind: 'available', text: t('offlineStatus.available') };
	return { kind: 'not-saved', text: t('offlineStatus.notSaved', { language }), action: 'save', actionLabel: t('offlineStatus.saveSize', { size }) };
}
