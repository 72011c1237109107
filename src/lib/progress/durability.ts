import { ProgressDb } from './db.ts';

/** Why progress cannot be kept: no IndexedDB (or it is blocked), the device is full, or another failure. */
export type StorageProblem = 'unavailable' | 'full' | 'failed';

const UNAVAILABLE = new Set(['MissingAPIError', 'InvalidStateError', 'SecurityError', 'OpenFailedError', 'DatabaseClosedError', 'UnknownError', 'VersionError']);

/** Say what kind of problem a storage error is, looking inside Dexie's wrapped errors. */
export function storageProblem(error: unknown): StorageProblem {
	for (let e = error as { name?: string; inner?: unknown } | undefined, depth = 0; e && depth < 5; e = e.inner as typeof e, depth++) {
		if (e.name === 'QuotaExceededError') return 'full';
		if (e.name && UNAVAILABLE.has(e.name)) return 'unavailable';
	}
	return 'failed';
}

/** Open the progress database, or say why it cannot be used (private browsing, blocked storage). */
export async function openProgressDb(): Promise<ProgressDb | StorageProblem> {
	try {
		const db = new ProgressDb();
		await db.open();
		return db;
	} catch (error) {
		return storageProblem(error);
	}
}

/** Whether the browser promised to keep this site's data when space runs low. */
export type Persistence = 'persisted' | 'not-persisted' | 'unsupported';

/**
 * Ask the browser to keep progress even when the phone runs short of space (or only check, when
 * ask is false). Plain HTTP on a local address has no navigator.storage: that is 'unsupported'.
 */
export async function persistence(ask: boolean): Promise<Persistence> {
	const storage = globalThis.navigator?.storage;
	if (typeof storage?.persist !== 'function') return 'unsupported';
	try {
		if (await storage.persisted()) return 'persisted';
		if (!ask) return 'not-persisted';
		return (await storage.persist()) ? 'persisted' : 'not-persisted';
	} catch {
		return 'unsupported';
	}
}
