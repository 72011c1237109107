/// <reference lib="webworker" />
/**
 * The service worker: Workbox precaches the app shell and the languages named in this script's URL
 * (sw.js?languages=ar,en), serves them, and falls back to the offline page for anything else when
 * the network fails. The build injects the manifest (src/integrations/service-worker.ts).
 */
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler, setDefaultHandler } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';
import { groupByPack, languagesOf, localesOf, versionSource, type PackEntry } from '../lib/offline/packs.ts';
import { STATUS_MESSAGE, TRIM_MESSAGE, type PackProgress, type WorkerReport } from '../lib/offline/status.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: PackEntry[] };

const manifest = self.__WB_MANIFEST;
const locales = localesOf(manifest);
const { shell, byLocale } = groupByPack(manifest, locales);
const languages = languagesOf(self.location.href, locales);

setCacheNameDetails({ prefix: 'civitas' });

// One precache for the shell and the saved languages: Workbox downloads only files whose revision
// changed, serves them, and on activation deletes what the manifest no longer lists.
const kept = [...shell, ...languages.flatMap((locale) => byLocale[locale] ?? [])];
const precache = new PrecacheController();
precache.addToCacheList(kept);

// Workbox installs one file at a time. Where each request waits a second or two for the network,
// that makes a language take minutes, so six controllers over the same cache share the install, as
// a browser fetches a page's files six at a time. The shell still comes first: every share starts with it.
const PARALLEL_DOWNLOADS = 6;
const installers = Array.from({ length: PARALLEL_DOWNLOADS }, (_, share) => {
	const installer = new PrecacheController();
	installer.addToCacheList(kept.filter((_, i) => i % PARALLEL_DOWNLOADS === share));
	return installer;
});
self.addEventListener('install', (event) => {
	for (const installer of installers) void installer.install(event);
});
self.addEventListener('activate', (event) => {
	// A newer worker may already be downloading other languages into the same cache: cleaning up is
	// its job once it activates, or files it just stored would be deleted.
	if (!self.registration.installing && !self.registration.waiting) void precache.activate(event);
});
clientsClaim();

// Cache keys of every file of every language, saved or not, to report what is stored.
const catalogue = new PrecacheController();
catalogue.addToCacheList(manifest);

// Pages never vary by query: "/en/search/?q=vote" is the saved search page.
registerRoute(new PrecacheRoute(precache, { ignoreURLParametersMatching: [/./] }));

// A captive portal or a server that is down answers with an error page: for a page the learner
// asked for, the offline page with links to what is saved helps more.
const serverTroubleIsOffline: WorkboxPlugin = {
	fetchDidSucceed: async ({ request, response }) => {
		if (request.mode === 'navigate' && response.status >= 500) throw new Error(`The server answered ${response.status}.`);
		return response;
	},
};
setDefaultHandler(new NetworkOnly({ plugins: [serverTroubleIsOffline] }));

/** The language of the offline page for a URL: its own when it names one, else the first saved one. */
function offlinePageLocale(url: URL): string {
	const first = url.pathname.slice(new URL(self.registration.scope).pathname.length).split('/')[0] ?? '';
	return locales.includes(first) ? first : (languages[0] ?? locales[0] ?? '');
}

setCatchHandler(async ({ request, url }) => {
	if (request.mode !== 'navigate') return Response.error();
	return (await precache.matchPrecache(`${offlinePageLocale(url)}/offline/unsaved/`)) ?? Response.error();
});

const version = crypto.subtle.digest('SHA-256', new TextEncoder().encode(versionSource(manifest))).then((digest) =>
	[...new Uint8Array(digest).slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join(''),
);

/** What is stored of each pack, counted in Cache Storage itself. */
async function report(): Promise<WorkerReport> {
	const cache = await caches.open(precache.strategy.cacheName);
	const stored = new Set((await cache.keys()).map((request) => request.url));
	const progress = (entries: PackEntry[]): PackProgress => {
		const saved = entries.filter((entry) => stored.has(catalogue.getCacheKeyForURL(entry.url) ?? ''));
		const sum = (list: PackEntry[]) => list.reduce((total, entry) => total + entry.bytes, 0);
		return { files: entries.length, savedFiles: saved.length, bytes: sum(entries), savedBytes: sum(saved) };
	};
	return {
		version: await version,
		languages,
		shell: progress(shell),
		packs: Object.fromEntries(locales.map((locale) => [locale, progress(byLocale[locale] ?? [])])),
	};
}

self.addEventListener('message', (event) => {
	const type: unknown = event.data?.type;
	const reply = (answer: Promise<unknown>) => event.waitUntil(answer.then((value) => event.ports[0]?.postMessage(value)));
	// workbox-window's messageSkipWaiting() sends this when the learner asks to reload into an update.
	if (type === 'SKIP_WAITING') event.waitUntil(self.skipWaiting());
	else if (type === STATUS_MESSAGE.type) reply(report());
	else if (type === TRIM_MESSAGE.type) reply(precache.activate(event));
});
