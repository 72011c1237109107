// Page weight on a first visit: bytes of HTML, CSS and JavaScript, raw and gzipped, and requests,
// per page type and language; and the JavaScript a lesson page fetches until its quiz answers a tap.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contextOptions } from './browser.mjs';

/** The page types the benchmark measures in every language, and where each is built. */
export const PAGE_TYPES = ['home', 'module', 'lesson', 'glossary', 'search', 'progress', 'teacher', 'about', 'offline'];

const FIXED = { home: '', glossary: 'glossary/', search: 'search/', progress: 'progress/', teacher: 'teacher/', about: 'about/', offline: 'offline/' };

/** The first link in a page's HTML whose path matches a pattern. */
export function firstHref(html, pattern) {
	for (const [, href] of html.matchAll(/href="([^"]+)"/g)) if (pattern.test(href)) return href;
	return undefined;
}

/**
 * The pages to measure in a built site (served at "/"): the language picker, then each page type
 * per locale. The module is the first one linked from the home page, the lesson the first one
 * linked from that module. Types not built (yet) are listed in `missing`.
 */
export function pageTargets(siteDir, locales) {
	const html = (path) => {
		const file = join(siteDir, path, 'index.html');
		return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
	};
	const targets = [];
	const missing = [];
	if (html('')) targets.push({ type: 'picker', locale: '', path: '/' });
	else missing.push({ type: 'picker', locale: '' });
	for (const locale of locales) {
		const module = firstHref(html(`${locale}/`) ?? '', new RegExp(`^/${locale}/modules/[^/]+/$`));
		const lesson = module && firstHref(html(module) ?? '', new RegExp(`^/${locale}/lessons/[^/]+/$`));
		const paths = { ...Object.fromEntries(Object.entries(FIXED).map(([type, rest]) => [type, `/${locale}/${rest}`])), module, lesson };
		for (const type of PAGE_TYPES) {
			const path = paths[type];
			if (path && html(path)) targets.push({ type, locale, path });
			else missing.push({ type, locale });
		}
	}
	return { targets, missing };
}

const KIND = { document: 'html', stylesheet: 'css', script: 'js', image: 'image', font: 'font' };

/** Raw (decoded body) and transferred (gzip body as sent) bytes of a finished response. */
async function sizes(response) {
	let raw = 0;
	try {
		raw = (await response.body()).length;
	} catch {
		// Redirects and aborted responses have no body to read.
	}
	const length = Number((await response.allHeaders())['content-length']);
	return { raw, gzip: Number.isFinite(length) ? length : raw };
}

/** Add up responses by kind (html, css, js, image, font, other). */
export function tally(entries) {
	const total = () => ({ raw: 0, gzip: 0, requests: 0 });
	const out = { html: total(), css: total(), js: total(), image: total(), font: total(), other: total(), all: total(), withoutImages: total() };
	for (const { kind, raw, gzip } of entries) {
		for (const key of [kind, 'all', ...(kind === 'image' ? [] : ['withoutImages'])]) {
			out[key].raw += raw;
			out[key].gzip += gzip;
			out[key].requests += 1;
		}
	}
	return out;
}

/** Record each response of a page with its kind and sizes; resolves them all when asked. */
function recordResponses(page) {
	const pending = [];
	page.on('response', (response) => {
		const request = response.request();
		if (request.url().startsWith('data:')) return;
		const kind = KIND[request.resourceType()] ?? 'other';
		pending.push(sizes(response).then((s) => ({ url: new URL(request.url()).pathname, kind, ...s })));
	});
	return () => Promise.all(pending);
}

/** A page's own first visit: fresh context, service workers blocked, until the network is idle. */
export async function measureFirstVisit(browser, origin, path) {
	const context = await browser.newContext(contextOptions('block'));
	try {
		const page = await context.newPage();
		const responses = recordResponses(page);
		await page.goto(origin + path, { waitUntil: 'load' });
		await page.waitForLoadState('networkidle');
		const entries = await responses();
		return { ...tally(entries), files: entries };
	} finally {
		await context.close();
	}
}

/** Whether a page carries the quiz island (src/islands/Quiz.tsx). */
export const hasQuiz = (page) => page.locator('astro-island[component-url*="Quiz"]').count().then((n) => n > 0);

/**
 * In-page script: the moment the quiz shows its first item, answer it as a quick learner would
 * (the first option, or "1" typed, or the second option of each list), then press its Check button;
 * record when the tap happened and when the feedback showed, in ms since navigation start.
 * Tapping from inside the page, at once, measures what the quiz needs to answer, without the
 * bench's own delays deciding whether idle-time downloads came before the tap or after it.
 */
export const QUIZ_TAP_SCRIPT = `(() => {
	const q = (window.__quizTap = { tappedAt: 0, answeredAt: 0 });
	new MutationObserver((_, observer) => {
		if (!q.tappedAt) {
			const item = document.querySelector('.quiz-app .quiz-item');
			if (!item) return;
			q.tappedAt = performance.now();
			item.querySelector('.quiz-choice input')?.click();
			for (const text of item.querySelectorAll('input[type="text"], textarea')) { text.value = '1'; text.dispatchEvent(new Event('input', { bubbles: true })); }
			for (const select of item.querySelectorAll('select')) { select.selectedIndex = 1; select.dispatchEvent(new Event('change', { bubbles: true })); }
			// Check once the choice has rendered, as a second tap would.
			setTimeout(() => item.querySelector('form')?.requestSubmit(), 0);
		} else if (document.querySelector('.quiz-app .quiz-item[data-result]')) {
			q.answeredAt = performance.now();
			observer.disconnect();
		}
	}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-result'] });
})();`;

/** Open a lesson page whose quiz is answered at once (QUIZ_TAP_SCRIPT); resolves to the tap's timings, or undefined without a quiz. */
export async function openWithQuizTap(page, url, timeout = 180_000) {
	await page.addInitScript(QUIZ_TAP_SCRIPT);
	await page.goto(url, { waitUntil: 'load', timeout });
	if (!(await hasQuiz(page))) return undefined;
	await page.waitForFunction(() => window.__quizTap.answeredAt > 0, null, { timeout });
	return page.evaluate(() => window.__quizTap);
}

/**
 * JavaScript a lesson page fetches until its quiz answers a tap, and after the tap (the progress
 * store, loaded at idle or on the first answer), from the page's own Resource Timing entries.
 * Without the quiz island, says so.
 */
export async function measureQuizTap(browser, origin, path) {
	const context = await browser.newContext(contextOptions('block'));
	try {
		const page = await context.newPage();
		const tap = await openWithQuizTap(page, origin + path);
		if (!tap) return { available: false, reason: 'the lesson page has no quiz island (src/islands/Quiz*.tsx) yet' };
		await page.waitForLoadState('networkidle');
		const scripts = await page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.filter((e) => /\.m?js(\?|$)/.test(new URL(e.name).pathname))
				.map((e) => ({ url: new URL(e.name).pathname, startTime: e.startTime, raw: e.decodedBodySize, gzip: e.encodedBodySize }))
		);
		const phaseOf = (s) => (s.startTime < tap.tappedAt ? 'before' : 'after');
		const sum = (phase) => tally(scripts.filter((s) => phaseOf(s) === phase).map((s) => ({ ...s, kind: 'js' }))).js;
		return { available: true, tappedAt: tap.tappedAt, answeredAt: tap.answeredAt, before: sum('before'), after: sum('after'), files: scripts.map((s) => ({ url: s.url, phase: phaseOf(s), gzip: s.gzip })) };
	} finally {
		await context.close();
	}
}
