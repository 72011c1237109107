import type { Persistence } from '../../lib/progress/durability.ts';
import type { Translate } from '../strings.ts';

const SAYS: Record<Persistence, string> = {
	persisted: 'storage.persisted',
	'not-persisted': 'storage.notPersisted',
	unsupported: 'storage.unsupported',
};

/** Whether the browser promised to keep progress when space runs low, and a way to ask it to. */
export function StorageStatus({ persistence, t, onAsk }: { persistence?: Persistence; t: Translate; onAsk(): void }) {
	if (!persistence) return null;
	return (
		<section aria-labelledby="storage-title" class="progress-storage">
			<h2 id="storage-title">{t('storage.title')}</h2>
			<p data-persistence={persistence}>{t(SAYS[persistence])}</p>
			{persistence === 'not-persisted' && (
				<button type="button" class="quiz-button quiz-button--quiet" onClick={onAsk}>
					{t('storage.ask')}
				</button>
			)}
		</section>
	);
}
