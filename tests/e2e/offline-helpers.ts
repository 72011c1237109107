// Helpers for the offline tests: a server that can switch builds or go down, the precache manifest
// of a build, and what Cache Storage and IndexedDB hold in the page.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createSiteServer } from '../../scripts/serve.mjs';
import { ROOT } from '../sites.mjs';
import type { PackEntry } from '../../src/lib/offline/packs.ts';

/** A site on a fixed origin whose server can be swapped for another build, or for one that is down. */
export interface SwitchableSite {
	origin: string;
	base: string;
	url(path?: string): string;
	/** "GET /path?query" of every request that reached the server since the last clear. */
	log: string[];
	/** Serve another build at the same origin, as a host does when it publishes a new version. */
	serve(dir: string): void;
	/** Answer 503 to everything, like a server that is down or a captive portal. */
	down(): void;
	close(): Promise<void>;
}

/** Start a SwitchableSite serving `dir` under `base`. */
export async function startSwitchableSite(dir: string, base: string): Promise<SwitchableSite> {
	type Handler = (req: IncomingMessage, res: ServerResponse) => void;
	const serving = (folder: string): Handler => {
		const site = createSiteServer({ dir: folder, base });
		return (req, res) => site.emit('request', req, res);
	};
	const unavailable: Handler = (_req, res) => res.writeHead(503, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end('Service unavailable');
	let handle = serving(dir);
	const log: string[] = [];
	const server = createServer((req, res) => {
		log.push(`${req.method} ${req.url}`);
		handle(req, res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		origin,
		base,
		url: (path = '') => `${origin}${base}${path.replace(/^\//, '')}`,
		log,
		serve: (folder) => {
			handle = serving(folder);
		},
		down: () => {
			handle = unavailable;
		},
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

/** The precache manifest a build wrote next to its sw.js. */
export function packEntries(dir: string): PackEntry[] {
	return (JSON.parse(readFileSync(join(dir, 'offline-packs.json'), 'utf8')) as { entries: PackEntry[] }).entries;
}

/** The key Workbox stores an entry under in Cache Storage. */
export function cacheKey(entry: PackEntry, siteUrl: string): string {
	const url = new URL(entry.url, siteUrl);
	if (entry.revision) url.searchParams.set('__WB_REVISION__', entry.revision);
	return url.href;
}

/** Every request URL stored in the page's Cache Storage, across all caches. */
export function cachedUrls(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const urls: string[] = [];
		for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
		return urls;
	});
}

/** Interface strings of a shipped language, to find controls by their visible names. */
export function strings(locale: string): Record<string, string> {
	return JSON.parse(readFileSync(join(ROOT, 'src', 'i18n', `${locale}.json`), 'utf8'));
}

/** Everything in every IndexedDB database of the page, to show that an update left progress untouched. */
export function indexedDbContents(page: Page): Promise<Record<string, Record<string, unknown[]>>> {
	return page.evaluate(async () => {
		const read = <T,>(request: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const out: Record<string, Record<string, unknown[]>> = {};
		for (const { name } of await indexedDB.databases()) {
			if (!name) continue;
			const db = await read(indexedDB.open(name));
			const stores = [...db.objectStoreNames];
			out[name] = {};
			if (stores.length) {
				const tx = db.transaction(stores, 'readonly');
				for (const store of stores) out[name][store] = await read(tx.objectStore(store).getAll());
			}
			db.close();
		}
		return out;
	});
}

/**
 * Answer the lesson's quiz and ask for the result, as a learner would: pick the first choice of
 * each question that has choices, then "See my result". Returns false when the page has no quiz.
 */
export async function takeQuiz(page: Page, t: Record<string, string>): Promise<boolean> {
	const island = page.locator('astro-island[component-url*="Quiz"]');
	if ((await island.count()) === 0) return false;
	// The island hydrates when the browser is idle; until then its buttons do nothing.
	await page.locator('astro-island[component-url*="Quiz"]:not([ssr])').first().waitFor();
	const finish = page.getByRole('button', { name: t['quiz.finish'], exact: true });
	if ((await finish.count()) === 0) return false;
	for (const group of await page.locator('.quiz-items fieldset').all()) {
		const choice = group.locator('input[type=radio], input[type=checkbox]').first();
		if ((await choice.count()) > 0) await choice.check();
	}
	await finish.click();
	const anyway = page.getByRole('button', { name: t['quiz.finishAnyway'], exact: true });
	const result = page.getByRole('heading', { name: t['quiz.resultTitle'] });
	await anyway.or(result).first().waitFor();
	if (await anyway.isVisible()) await anyway.click();
	await result.waitFor();
	return true;
}

/** Search on the search page as a learner types: the links of the results, or undefined without a search box. */
export async function search(page: Page, t: Record<string, string>, query: string): Promise<string[] | undefined> {
	const box = page.getByRole('searchbox', { name: t['search.label'] });
	if ((await box.count()) === 0) return undefined;
	await box.fill(query);
	const results = page.locator('.search-results a[data-result]');
	await results.first().waitFor();
	return Promise.all((await results.all()).map(async (link) => (await link.getAttribute('href')) ?? ''));
}
