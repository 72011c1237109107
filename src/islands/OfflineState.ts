import { useEffect, useState } from 'preact/hooks';
import type { OfflineClient, OfflineSnapshot } from '../lib/offline/client.ts';

const CHECKING: OfflineSnapshot = { support: 'checking', workers: {}, languages: [], busy: false, askFirst: false };

/**
 * The page's offline client and its state, followed as it changes. The client is imported in the
 * browser only: workbox-window has no server build, and the islands render on the server first.
 */
export function useOffline(locale: string): [OfflineSnapshot, OfflineClient | undefined] {
	const [snapshot, setSnapshot] = useState(CHECKING);
	const [client, setClient] = useState<OfflineClient>();
	useEffect(() => {
		let stop = () => {};
		void import('../lib/offline/client.ts').then(({ offlineClient }) => {
			const shared = offlineClient();
			setClient(shared);
			const unsubscribe = shared.subscribe(setSnapshot);
			stop = () => void unsubscribe();
			void shared.start(locale);
		});
		return () => stop();
	}, [locale]);
	return [snapshot, client];
}

/** What the browser says about this site's storage: bytes used, the quota, and whether it may be evicted. */
export interface StorageFacts {
	usage?: number;
	quota?: number;
	persisted?: boolean;
}

/** The storage facts, read again whenever `when` changes (a language saved or removed). */
export function useStorageFacts(when: unknown): [StorageFacts, () => Promise<void>] {
	const [facts, setFacts] = useState<StorageFacts>({});
	const read = async () => {
		const [estimate, persisted] = await Promise.all([
			navigator.storage?.estimate?.().catch(() => undefined),
			navigator.storage?.persisted?.().catch(() => undefined),
		]);
		setFacts({ usage: estimate?.usage, quota: estimate?.quota, persisted });
	};
	useEffect(() => {
		void read();
	}, [when]);
	return [facts, read];
}
