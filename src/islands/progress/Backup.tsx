import { useState } from 'preact/hooks';
import type { ProgressDb } from '../../lib/progress/db.ts';
import { storageProblem } from '../../lib/progress/durability.ts';
import { exportProfile } from '../../lib/progress/exportProfile.ts';
import { MAX_FILE_BYTES, type ExportFile } from '../../lib/progress/format.ts';
import { applyImport, previewImport, type ImportPreview } from '../../lib/progress/importBackup.ts';
import { readBackup, type Rejection } from '../../lib/progress/readBackup.ts';
import type { Profile } from '../../lib/progress/records.ts';
import { profileName } from '../ProfileSwitcher.tsx';
import type { Translate } from '../strings.ts';

const REFUSED: Record<Rejection | 'full' | 'failed' | 'unavailable', string> = {
	'too-large': 'backup.error.tooLarge',
	'not-json': 'backup.error.notJson',
	'hostile-key': 'backup.error.hostileKey',
	'wrong-format': 'backup.error.wrongFormat',
	'newer-version': 'backup.error.newerVersion',
	'bad-checksum': 'backup.error.badChecksum',
	invalid: 'backup.error.invalid',
	full: 'backup.error.full',
	failed: 'backup.error.failed',
	unavailable: 'backup.error.failed',
};

interface Props {
	db: ProgressDb;
	profile: Profile;
	site: { name: string; version: string };
	t: Translate;
	locale: string;
	/** Lessons completed since the last backup have reached the reminder's threshold. */
	due: boolean;
	onImported(profileId: string): Promise<void>;
	onExported(): Promise<void>;
}

/** Save a profile's progress to a file, and bring a file back after a check and a preview. */
export function Backup({ db, profile, site, t, locale, due, onImported, onExported }: Props) {
	const [pending, setPending] = useState<{ file: ExportFile; preview: ImportPreview }>();
	const [message, setMessage] = useState<{ text: string; detail?: string; bad?: boolean }>();
	const [inputKey, setInputKey] = useState(0);
	const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

	const save = async () => {
		try {
			const backup = await exportProfile(db, profile.id, site);
			const url = URL.createObjectURL(new Blob([backup.text], { type: 'application/json' }));
			const link = Object.assign(document.createElement('a'), { href: url, download: backup.fileName });
			document.body.append(link);
			link.click();
			link.remove();
			setTimeout(() => URL.revokeObjectURL(url), 10_000);
			setMessage({ text: t('backup.saved', { file: backup.fileName }) });
			await onExported();
		} catch (error) {
			setMessage({ text: t(REFUSED[storageProblem(error)]), bad: true });
		}
	};

	const choose = async (input: HTMLInputElement) => {
		const chosen = input.files?.[0];
		setPending(undefined);
		if (!chosen) return;
		// Refused before reading, so a huge file cannot freeze the phone.
		const text = chosen.size > MAX_FILE_BYTES ? undefined : await chosen.text().catch(() => '');
		const read = text === undefined ? ({ ok: false, reason: 'too-large' } as const) : await readBackup(text);
		if (!read.ok) {
			setMessage({ text: t(REFUSED[read.reason]), detail: read.reason === 'invalid' ? read.where : undefined, bad: true });
			setInputKey((k) => k + 1);
			return;
		}
		setMessage(undefined);
		setPending({ file: read.file, preview: await previewImport(db, read.file) });
	};

	const confirm = async () => {
		if (!pending) return;
		try {
			const done = await applyImport(db, pending.file);
			setPending(undefined);
			setInputKey((k) => k + 1);
			setMessage({ text: t.count('backup.imported', done.newAttempts) });
			await onImported(done.profileId);
		} catch (error) {
			setMessage({ text: t(REFUSED[storageProblem(error)]), bad: true });
		}
	};

	const preview = pending?.preview;
	return (
		<section aria-labelledby="backup" class="progress-backup">
			<h2 id="backup" tabIndex={-1}>
				{t('backup.title')}
			</h2>
			{due && (
				<p class="notice" role="note">
					{t('backup.reminder')}
				</p>
			)}
			<p>{t('backup.why')}</p>
			<p>
				<button type="button" class="quiz-button" onClick={save}>
					{t('backup.save', { name: profileName(profile, t) })}
				</button>
			</p>
			<p class="eyebrow" data-last-backup>
				{profile.lastBackupAt ? t('backup.last', { date: date.format(profile.lastBackupAt) }) : t('backup.never')}
			</p>
			<h3>{t('backup.importTitle')}</h3>
			<label for="import-file">{t('backup.choose')}</label>
			<input key={inputKey} id="import-file" type="file" accept=".json,application/json" onChange={(e) => void choose(e.currentTarget)} />
			<div aria-live="polite" class="progress-import-result">
				{message && (
					<div class={message.bad ? 'notice progress-error' : 'notice'} role={message.bad ? 'alert' : undefined}>
						<p>{message.text}</p>
						{message.detail && (
							<p>
								{t('backup.where')} <code dir="ltr">{message.detail}</code>
							</p>
						)}
					</div>
				)}
				{preview && (
					<div class="progress-confirm" data-import-preview data-new-attempts={preview.newAttempts}>
						<p>
							<strong>{t('backup.previewOf', { name: preview.name || t('profile.unnamed') })}</strong>
						</p>
						<p>{t.count('backup.previewNew', preview.newAttempts)}</p>
						{preview.knownAttempts > 0 && <p>{t.count('backup.previewKnown', preview.knownAttempts)}</p>}
						<p>{preview.localName !== undefined ? t('backup.previewMerge', { name: preview.localName || t('profile.unnamed') }) : t('backup.previewNewLearner')}</p>
						<p class="quiz-actions">
							<button type="button" class="quiz-button" onClick={confirm}>
								{t('backup.confirm')}
							</button>
							<button
								type="button"
								class="quiz-button quiz-button--quiet"
								onClick={() => {
									setPending(undefined);
									setInputKey((k) => k + 1);
								}}
							>
								{t('backup.cancel')}
							</button>
						</p>
					</div>
				)}
			</div>
		</section>
	);
}
