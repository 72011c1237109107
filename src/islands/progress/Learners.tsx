import { useRef, useState } from 'preact/hooks';
import { NAME_MAX, cleanName } from '../../lib/progress/profiles.ts';
import type { Profile } from '../../lib/progress/records.ts';
import { profileName } from '../ProfileSwitcher.tsx';
import type { Translate } from '../strings.ts';

interface Props {
	profiles: Profile[];
	active: Profile;
	t: Translate;
	onSwitch(id: string): void;
	onCreate(name: string): Promise<void>;
	onRename(name: string): Promise<void>;
	onDelete(): Promise<void>;
}

/** Who is learning on this device: switch, add, rename, delete after a confirmation, and what is stored. */
export function Learners({ profiles, active, t, onSwitch, onCreate, onRename, onDelete }: Props) {
	const [name, setName] = useState('');
	const [newName, setNewName] = useState('');
	const [error, setError] = useState<string>();
	const [confirming, setConfirming] = useState(false);
	const confirmRef = useRef<HTMLDivElement>(null);
	const deleteRef = useRef<HTMLButtonElement>(null);

	const checkName = (value: string, except?: string) => {
		const clean = cleanName(value);
		if (!clean) return t('learners.error.empty');
		if (profiles.some((p) => p.id !== except && p.name.toLocaleLowerCase() === clean.toLocaleLowerCase())) return t('learners.error.taken', { name: clean });
		return undefined;
	};

	return (
		<section aria-labelledby="learners" class="progress-learners">
			<h2 id="learners" tabIndex={-1}>
				{t('learners.title')}
			</h2>
			<p>
				{t('learners.showing')} <strong data-profile-name>{profileName(active, t)}</strong>
			</p>
			{profiles.length > 1 && (
				<ul class="profile-list" aria-label={t('learners.switch')}>
					{profiles.map((p) => (
						<li key={p.id}>
							<button type="button" class="quiz-button quiz-button--quiet" aria-pressed={p.id === active.id} onClick={() => p.id !== active.id && onSwitch(p.id)}>
								{profileName(p, t)}
							</button>
						</li>
					))}
				</ul>
			)}
			<form
				class="progress-form"
				noValidate
				onSubmit={async (event) => {
					event.preventDefault();
					const problem = checkName(name);
					setError(problem);
					if (problem) return;
					await onCreate(name);
					setName('');
				}}
			>
				<label for="new-learner">{t('learners.addLabel')}</label>
				<p class="eyebrow" id="new-learner-hint">
					{t('learners.addHint')}
				</p>
				<span class="progress-form-row">
					<input id="new-learner" type="text" autocomplete="off" maxLength={NAME_MAX} aria-describedby="new-learner-hint learner-error" value={name} onInput={(e) => setName(e.currentTarget.value)} />
					<button type="submit" class="quiz-button">
						{t('learners.add')}
					</button>
				</span>
			</form>
			<p id="learner-error" class="quiz-note" role="alert">
				{error}
			</p>
			<details class="progress-details">
				<summary>{t('learners.rename')}</summary>
				<form
					class="progress-form"
					noValidate
					onSubmit={async (event) => {
						event.preventDefault();
						const problem = checkName(newName, active.id);
						setError(problem);
						if (problem) return;
						await onRename(newName);
						setNewName('');
					}}
				>
					<label for="rename-learner">{t('learners.renameLabel')}</label>
					<span class="progress-form-row">
						<input id="rename-learner" type="text" autocomplete="off" maxLength={NAME_MAX} value={newName} onInput={(e) => setNewName(e.currentTarget.value)} />
						<button type="submit" class="quiz-button quiz-button--quiet">
							{t('learners.renameButton')}
						</button>
					</span>
				</form>
			</details>
			<details class="progress-details">
				<summary>{t('privacy.title')}</summary>
				<p>{t('privacy.what')}</p>
				<p>{t('privacy.where')}</p>
				<p>{t('privacy.leaves')}</p>
			</details>
			{confirming ? (
				<div class="progress-confirm" role="alertdialog" aria-labelledby="confirm-delete" tabIndex={-1} ref={confirmRef}>
					<p id="confirm-delete">
						<strong>{t('learners.deleteConfirm', { name: profileName(active, t) })}</strong>
					</p>
					<p>{t('learners.deleteWarning')}</p>
					<p class="quiz-actions">
						<button
							type="button"
							class="quiz-button quiz-button--danger"
							onClick={async () => {
								setConfirming(false);
								await onDelete();
							}}
						>
							{t('learners.deleteYes')}
						</button>
						<button
							type="button"
							class="quiz-button quiz-button--quiet"
							onClick={() => {
								setConfirming(false);
								requestAnimationFrame(() => deleteRef.current?.focus());
							}}
						>
							{t('learners.deleteNo')}
						</button>
					</p>
				</div>
			) : (
				<button
					type="button"
					class="quiz-button quiz-button--quiet"
					ref={deleteRef}
					onClick={() => {
						setConfirming(true);
						requestAnimationFrame(() => confirmRef.current?.focus());
					}}
				>
					{t('learners.delete')}
				</button>
			)}
		</section>
	);
}
