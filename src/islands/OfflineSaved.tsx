import { languageView } from '../lib/offline/status.ts';
import { useOffline } from './OfflineState.ts';
import { translator } from './strings.ts';
import './OfflinePanel.css';

interface Props {
	locale: string;
	/** Every shipped language: its code, its own name and its home page. */
	languages: { code: string; nativeName: string; home: string }[];
	strings: Record<string, string>;
}

/** On the offline page: links to the languages saved on this device, and a way to try the page again. */
export default function OfflineSaved({ locale, languages, strings }: Props) {
	const t = translator(strings, locale);
	const [snapshot] = useOffline(locale);
	const saved = languages.filter(({ code }) => ['saved', 'update-ready'].includes(languageView(code, snapshot.workers).state));
	return (
		<div class="offline-saved">
			<h2>{t('offline.savedHere')}</h2>
			{snapshot.workers.active &&
				(saved.length > 0 ? (
					<ul class="offline-saved__list">
						{saved.map(({ code, nativeName, home }) => (
							<li key={code}>
								<a href={home} lang={code} hreflang={code}>
									{nativeName}
								</a>
							</li>
						))}
					</ul>
				) : (
					<p>{t('offline.nothingSaved')}</p>
				))}
			<p>
				<button type="button" onClick={() => window.location.reload()}>
					{t('offlineStatus.retry')}
				</button>
			</p>
		</div>
	);
}
