// Lab timings under the slow profile (slow 3G, 4x CPU slowdown) in headless Chromium: first and
// largest contentful paint, total blocking time, and when the quiz first answers a tap; on a first
// visit, and on a repeat visit served by the service worker with the server stopped.
import { contextOptions, throttle } from './browser.mjs';
import { openWithQuizTap } from './pages.mjs';

/** Collects paint and long-task entries from the first script on. */
const OBSERVERS = `(() => {
	const b = (window.__bench = { lcp: 0, longTasks: [] });
	const watch = (type, take) => { try { new PerformanceObserver((list) => list.getEntries().forEach(take)).observe({ type, buffered: true }); } catch {} };
	watch('largest-contentful-paint', (e) => { b.lcp = e.renderTime || e.startTime; });
	watch('longtask', (e) => { b.longTasks.push([e.startTime, e.duration]); });
})();`;

/** Total blocking time: the part of each long task over 50 ms, from first contentful paint on. */
export function totalBlockingTime(longTasks, fcp) {
	return longTasks.reduce((sum, [start, duration]) => sum + (start + duration > fcp ? Math.max(0, duration - 50) : 0), 0);
}

/** The median of a list of numbers (undefined when empty). */
export function median(values) {
	const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (!sorted.length) return undefined;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function paintMetrics(page) {
	// LCP candidates can still arrive just after load; a quiet second lets the last one land. A page
	// that keeps asking the network (a stopped server, a status poll) never goes idle, so wait 20 s at most.
	await page.waitForLoadState('networkidle', { timeout: 20_000 }).catch(() => {});
	await page.waitForTimeout(1000);
	const m = await page.evaluate(() => ({
		fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
		lcp: window.__bench.lcp || null,
		longTasks: window.__bench.longTasks,
		load: performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? null,
	}));
	return { fcp: m.fcp, lcp: m.lcp, tbt: m.fcp === null ? null : totalBlockingTime(m.longTasks, m.fcp), load: m.load };
}

/** One throttled visit of `url` in `page`: paint metrics, or (quiz) when the quiz answered a tap. */
async function visit(context, page, url, { quiz }) {
	const cdp = await throttle(context, page);
	try {
		if (!quiz) {
			await page.addInitScript(OBSERVERS);
			await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
			return await paintMetrics(page);
		}
		// The quiz is answered the moment it shows: input ends LCP, so this is a visit of its own.
		const tap = await openWithQuizTap(page, url);
		return { quizTap: tap ? tap.answeredAt : null };
	} finally {
		await cdp.detach().catch(() => {});
	}
}

/** Lab timings of a first visit: a fresh context with service workers blocked, `runs` times. */
export async function firstVisitTimings(browser, origin, path, { runs, quiz }) {
	const samples = [];
	for (let i = 0; i < runs; i++) {
		for (const mode of quiz ? [false, true] : [false]) {
			const context = await browser.newContext(contextOptions('block'));
			try {
				samples.push(await visit(context, await context.newPage(), origin + path, { quiz: mode }));
			} finally {
				await context.close();
			}
		}
	}
	return summarise(samples, runs);
}

/** Wait until the service worker controls the page and its caches stop growing; resolves to the entry count. */
export async function waitForOffline(page, { timeoutMs = 180_000 } = {}) {
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
	if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload({ waitUntil: 'load' });
	const count = () =>
		page.evaluate(async () => {
			let n = 0;
			for (const key of await caches.keys()) n += (await (await caches.open(key)).keys()).length;
			return n;
		});
	const deadline = Date.now() + timeoutMs;
	let last = -1;
	let stable = 0;
	while (Date.now() < deadline) {
		const n = await count();
		stable = n > 0 && n === last ? stable + 1 : 0;
		if (stable >= 3) return n;
		last = n;
		await page.waitForTimeout(1000);
	}
	throw new Error(`the caches were still filling after ${timeoutMs / 1000} s (${last} entries)`);
}

/**
 * Lab timings of a repeat visit with the server stopped: a first visit lets the service worker
 * fill its caches, the server stops, and the same page is opened again under the slow profile.
 */
export async function repeatVisitTimings(browser, server, path, { runs, quiz }) {
	const samples = [];
	for (let i = 0; i < runs; i++) {
		for (const mode of quiz ? [false, true] : [false]) {
			const context = await browser.newContext(contextOptions('allow'));
			try {
				const first = await context.newPage();
				await first.goto(server.origin + path, { waitUntil: 'load' });
				await waitForOffline(first);
				await first.close();
				await server.stop();
				samples.push(await visit(context, await context.newPage(), server.origin + path, { quiz: mode }));
			} finally {
				await context.close();
				await server.restart();
			}
		}
	}
	return summarise(samples, runs);
}

function summarise(samples, runs) {
	const pick = (key) => median(samples.map((s) => s[key]).filter((v) => v !== undefined && v !== null));
	const hasQuizSample = samples.some((s) => 'quizTap' in s);
	const quizAvailable = samples.some((s) => s.quizTap);
	return {
		runs,
		fcp: pick('fcp'),
		lcp: pick('lcp'),
		tbt: pick('tbt'),
		load: pick('load'),
		quizTap: quizAvailable ? pick('quizTap') : undefined,
		...(hasQuizSample && !quizAvailable ? { quizTapNote: 'the lesson page has no quiz island yet' } : {}),
	};
}
