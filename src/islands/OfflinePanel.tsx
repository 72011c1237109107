import { useState } from 'preact/hooks';
import type { OfflineClient, OfflineSnapshot } from '../lib/offline/client.ts';
import { formatBytes, formatCount } from '../lib/offline/format.ts';
import { languageView, type LanguageView } from '../lib/offline/status.ts';
import { useOffline, useStorageFacts } from './OfflineState.ts';
import { translator, type Translate } from './strings.ts';
import './OfflinePanel.css';

/** A shipped language as the panel lists it. */
export interface PanelLanguage {
	code: string;
	/** Its name in the page's language. */
	name: string;
	/** Its name in itself, shown when different. */
	nativeName: string;
}

interface Props {
	locale: string;
	languages: PanelLanguage[];
	strings: Record<string, string>;
}

function stateText(view: LanguageView, t: Translate, locale: string): string {
	const counts = { saved: formatCount(view.savedFiles, locale), total: formatCount(view.files, locale) };
	switch (view.state) {
		case 'saved':
			return t('offline.stateSaved');
		case 'saving':
			return t('offline.stateSaving', counts);
		case 'partial':
			return t('offline.statePartial', counts);
		case 'update-ready':
			return t('offline.stateUpdate');
		default:
			return t('offline.stateNotSaved');
	}
}

interface CardProps {
	language: PanelLanguage;
	snapshot: OfflineSnapshot;
	client: OfflineClient | undefined;
	t: Translate;
	locale: string;
}

function LanguageCard({ language, snapshot, client, t, locale }: CardProps) {
	const view = languageView(language.code, snapshot.workers);
	const known = Boolean(client && snapshot.workers.active);
	const values = { language: language.name };
	return (
		<li class="card offline-language" data-language={language.code} data-state={known ? view.state : undefined}>
			<h3>
				{language.name}
				{language.nativeName !== language.name && (
					<>
						{' '}
						<span lang={language.code}>({language.nativeName})</span>
					</>
				)}
			</h3>
			{known ? (
				<>
					<p>{t('offline.size', { size: formatBytes(view.bytes, locale) })}</p>
					<p class="offline-language__state">{stateText(view, t, locale)}</p>
					{view.state === 'saving' && <progress max={Math.max(1, view.files)} value={view.savedFiles} aria-label={t('offlineStatus.progressLabel')} />}
					<div class="offline-language__actions">
						{(view.state === 'not-saved' || view.state === 'partial') && (
							<button type="button" disabled={snapshot.busy} onClick={() => void client?.save(language.code)}>
								{t(view.state === 'partial' ? 'offline.finishLabel' : 'offline.saveLabel', values)}
							</button>
						)}
						{view.state === 'update-ready' && (
							<button type="button" onClick={() => client?.applyUpdate()}>
								{t('offlineStatus.reload')}
							</button>
						)}
						{(view.state === 'saved' || view.state === 'partial' || view.state === 'update-ready') && (
							<button type="button" class="offline-language__remove" disabled={snapshot.busy} onClick={() => void client?.remove(language.code)}>
								{t('offline.removeLabel', values)}
							</button>
						)}
					</div>
				</>
			) : (
				// Rendered on the server too, where nothing can be checked: the names alone, until the browser answers.
				client && <p>{t('offline.checking')}</p>
			)}
		</li>
	);
}

/** The "Offline and storage" panel: each language's size and state with save and remove, and the storage used. */
export default function OfflinePanel({ locale, languages, strings }: Props) {
	const t = translator(strings, locale);
	const [snapshot, client] = useOffline(locale);
	const [storage, readStorage] = useStorageFacts(snapshot);
	const [refused, setRefused] = useState(false);
	if (snapshot.support === 'unsupported' || snapshot.support === 'insecure') {
		return <p class="notice" role="note">{t(snapshot.support === 'insecure' ? 'offline.insecure' : 'offline.unsupported')}</p>;
	}
	const askToPersist = async () => {
		setRefused(!(await navigator.storage.persist()));
		await readStorage();
	};
	return (
		<div class="offline-panel">
			<h2>{t('offline.languages')}</h2>
			<ul class="offline-panel__languages">
				{languages.map((language) => (
					<LanguageCard key={language.code} language={language} snapshot={snapshot} client={client} t={t} locale={locale} />
				))}
			</ul>
			<h2>{t('offline.storage')}</h2>
			<p data-storage-used>
				{storage.usage !== undefined && storage.quota
					? t('offline.used', { used: formatBytes(storage.usage, locale), quota: formatBytes(storage.quota, locale) })
					: t('offline.usedUnknown')}
			</p>
			{storage.persisted !== undefined && <p data-storage-persisted={String(storage.persisted)}>{t(storage.persisted ? 'offline.persistent' : 'offline.notPersistent')}</p>}
			{storage.persisted === false && (
				<p>
					<button type="button" onClick={() => void askToPersist()}>
						{t('offline.persist')}
					</button>
				</p>
			)}
			{refused && <p aria-live="polite">{t('offline.persistRefused')}</p>}
		</div>
	);
}
