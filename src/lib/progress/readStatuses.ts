import type { LessonStatus } from '../quiz/mastery.ts';
import type { LessonStatusRecord, Setting } from './records.ts';
import { DB_NAME } from './schema.ts';

const request = <T>(r: IDBRequest<T>) =>
	new Promise<T>((resolve, reject) => {
		r.onsuccess = () => resolve(r.result);
		r.onerror = () => reject(r.error);
	});

/**
 * The active profile's lesson statuses, read with the plain IndexedDB API so that a module or home
 * page can show them without loading Dexie. Never creates the database: a device without progress
 * (or a browser that cannot list databases) gets an empty map, and any failure is an empty map too.
 */
export async function readLessonStatuses(): Promise<Map<string, LessonStatus>> {
	const statuses = new Map<string, LessonStatus>();
	try {
		if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return statuses;
		if (!(await indexedDB.databases()).some((d) => d.name === DB_NAME)) return statuses;
		const open = indexedDB.open(DB_NAME);
		const db = await request(open);
		try {
			const tx = db.transaction(['settings', 'lessonStatus'], 'readonly');
			const active = (await request(tx.objectStore('settings').get('activeProfile'))) as Setting | undefined;
			if (typeof active?.value !== 'string') return statuses;
			const rows = (await request(tx.objectStore('lessonStatus').index('profileId').getAll(active.value))) as LessonStatusRecord[];
			for (const row of rows) statuses.set(row.lessonId, row.status);
		} finally {
			// Closing at once lets the quiz's store upgrade the database without waiting for this page.
			db.close();
		}
	} catch {
		// An older database without these stores, or storage turned off: show no status.
	}
	return statuses;
}
