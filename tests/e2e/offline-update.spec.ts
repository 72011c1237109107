// A new version of the course reaches a learner who saved it: "New lessons are available", only the
// changed files are downloaded, after reloading every saved file is the new version, and the
// learner's progress is untouched.
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures.ts';
import { indexedDbContents, packEntries, startSwitchableSite, strings, takeQuiz } from './offline-helpers.ts';
import type { PackEntry } from '../../src/lib/offline/packs.ts';
import { builtSite, UPDATED_LESSON } from '../sites.mjs';

test.use({ serviceWorkers: 'allow' });

const { locale } = UPDATED_LESSON;
const lessonPath = `${locale}/lessons/${UPDATED_LESSON.id}/`;

/** Files of the saved packs whose content differs between two builds (or that only the newer one has). */
function changedFiles(before: PackEntry[], after: PackEntry[]): PackEntry[] {
	const saved = (e: PackEntry) => e.pack === 'shell' || e.pack === locale;
	const old = new Map(before.filter(saved).map((e) => [e.url, e.integrity]));
	return after.filter(saved).filter((e) => old.get(e.url) !== e.integrity);
}

/** Each saved file as the service worker serves it, checked against the build's integrity. */
function filesNotMatching(page: Page, entries: PackEntry[], siteUrl: string): Promise<string[]> {
	return page.evaluate(
		async ({ entries, siteUrl }) => {
			const wrong: string[] = [];
			for (const entry of entries) {
				const body = await (await fetch(new URL(entry.url, siteUrl))).arrayBuffer();
				const digest = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', body))));
				if (`sha256-${digest}` !== entry.integrity) wrong.push(entry.url);
			}
			return wrong;
		},
		{ entries, siteUrl },
	);
}

/** Leave a record in IndexedDB the way any feature keeps data, so an update that cleared storage would show. */
function keepSomething(page: Page): Promise<void> {
	return page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('civitas-update-check', 1);
				open.onupgradeneeded = () => open.result.createObjectStore('notes', { keyPath: 'id' });
				open.onsuccess = () => {
					const tx = open.result.transaction('notes', 'readwrite');
					tx.objectStore('notes').put({ id: 'before-update', savedAt: 1 });
					tx.oncomplete = () => (open.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			}),
	);
}

test('an update is offered, downloads only the changed files, switches every page at once and keeps progress', async ({ page }) => {
	test.slow();
	const before = builtSite('root');
	const after = builtSite('update');
	const changed = changedFiles(packEntries(before.dir), packEntries(after.dir));
	expect(changed.map((e) => e.url), 'the updated build changes the edited lesson').toContain(lessonPath);
	const t = strings(locale);
	const server = await startSwitchableSite(before.dir, before.base);
	try {
		await page.goto(server.url(lessonPath));
		await expect(page.getByText(t['offlineStatus.available']!, { exact: true })).toBeVisible({ timeout: 60_000 });
		await expect(page.getByText(UPDATED_LESSON.sentence)).toHaveCount(0);
		expect(await takeQuiz(page, t), 'the lesson has a quiz to take').toBe(true);
		await keepSomething(page);
		const progress = await indexedDbContents(page);

		server.serve(after.dir);
		server.log.length = 0;
		// Any navigation makes the browser look for a newer sw.js.
		await page.goto(server.url(`${locale}/`));
		const prompt = page.getByText(t['offlineStatus.update']!, { exact: true });
		await expect(prompt).toBeVisible({ timeout: 60_000 });
		expect(await axeViolations(page), 'axe with the update prompt showing').toEqual([]);

		const workerChecks = server.log.filter((line) => /\/sw\.js\?/.test(line));
		const fetched = server.log.filter((line) => !workerChecks.includes(line));
		expect(workerChecks.length, 'the service worker is fetched to find the update').toBeGreaterThan(0);
		expect(fetched.sort(), 'files fetched for the update').toEqual(changed.map((e) => `GET ${new URL(e.url, server.url()).pathname}`).sort());

		await page.getByRole('button', { name: t['offlineStatus.reload'], exact: true }).click();
		await expect(prompt).toBeHidden({ timeout: 30_000 });
		await page.goto(server.url(lessonPath));
		await expect(page.getByText(UPDATED_LESSON.sentence)).toBeVisible();

		// Every saved file the worker serves is the new version's, with the server down so nothing can hide a mix.
		server.down();
		const saved = packEntries(after.dir).filter((e) => e.pack === 'shell' || e.pack === locale);
		expect(await filesNotMatching(page, saved, server.url()), 'files still from the earlier version').toEqual([]);

		// Every record kept before is still there. Records derived from the lessons (a lesson's status)
		// are recomputed against the new content and note when; the learner's own data must not change.
		const now = await indexedDbContents(page);
		const learnersData = (records: unknown[] = []) => records.map((record) => ({ ...(record as object), updatedAt: undefined }));
		for (const [database, stores] of Object.entries(progress)) {
			for (const [store, records] of Object.entries(stores)) {
				expect(learnersData(now[database]?.[store]), `${database}.${store}`).toEqual(expect.arrayContaining(learnersData(records)));
			}
		}
	} finally {
		await server.close();
	}
});
