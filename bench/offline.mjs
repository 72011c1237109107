// Offline pack size per language: bytes the server sent until the service worker had every page
// of a language in its caches (compressed, as transferred), and bytes stored in Cache Storage.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contextOptions } from './browser.mjs';
import { waitForOffline } from './timings.mjs';

/** Bytes held in Cache Storage (response bodies as stored) and the browser's own usage estimate. */
const cacheStorageBytes = (page) =>
	page.evaluate(async () => {
		let bytes = 0;
		let entries = 0;
		for (const key of await caches.keys()) {
			const cache = await caches.open(key);
			for (const request of await cache.keys()) {
				const response = await cache.match(request);
				bytes += (await response.blob()).size;
				entries++;
			}
		}
		const estimate = await navigator.storage?.estimate?.();
		return { bytes, entries, usage: estimate?.usage };
	});

/** Offline pack figures for each locale; without a service worker in the build, why not. */
export async function measureOffline({ browser, server, siteDir, locales }) {
	if (!existsSync(join(siteDir, 'sw.js'))) {
		return { source: 'bench/offline.mjs', locales: Object.fromEntries(locales.map((l) => [l, { available: false, reason: 'the build has no service worker (sw.js) yet' }])) };
	}
	const out = {};
	for (const locale of locales) {
		const context = await browser.newContext(contextOptions('allow'));
		const from = server.sent.length;
		try {
			const page = await context.newPage();
			await page.goto(`${server.origin}/${locale}/`, { waitUntil: 'load' });
			await waitForOffline(page);
			const sent = server.sent.slice(from);
			const stored = await cacheStorageBytes(page);
			out[locale] = { available: true, transferred: sent.reduce((n, r) => n + r.bytes, 0), requests: sent.length, stored: stored.bytes, cacheEntries: stored.entries, storageUsage: stored.usage };
		} catch (error) {
			out[locale] = { available: false, reason: `the offline download did not finish: ${error.message}` };
		} finally {
			await context.close();
		}
	}
	return { source: 'bench/offline.mjs', locales: out };
}
