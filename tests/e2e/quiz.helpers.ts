import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QuizItem } from '../../src/lib/content/schema.ts';
import { QUIZ_ITEM_TYPES } from '../../src/lib/content/schema.ts';
import { builtSite } from '../sites.mjs';
import { builtPages, expect } from './fixtures.ts';

/** A lesson of the built course as a locale shows it: the items in the language they are written in. */
export interface BuiltLesson {
	id: string;
	locale: string;
	path: string;
	module: string;
	items: QuizItem[];
}

/** Decode Astro's serialised island props: [0, value] for plain values and objects, [1, list] for arrays. */
function revive([type, value]: [number, unknown]): unknown {
	if (type === 1) return (value as [number, unknown][]).map(revive);
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v as [number, unknown])]));
	return value;
}

const unescapeHtml = (text: string) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * Every lesson built under a locale, with its quiz exactly as the built page ships it to the
 * island (read from the page, not from content/, which writers may be editing while tests run).
 */
export function builtLessons(locale: string): BuiltLesson[] {
	const { dir } = builtSite('root');
	return builtPages('root')
		.filter((p) => p.startsWith(`${locale}/lessons/`))
		.map((path) => {
			const html = readFileSync(join(dir, path, 'index.html'), 'utf8');
			const island = html.match(/<astro-island[^>]*component-url="[^"]*Quiz[^"]*"[^>]*>/)?.[0] ?? '';
			const props = revive([0, JSON.parse(unescapeHtml(island.match(/ props="([^"]*)"/)?.[1] ?? '{}'))]) as { items: QuizItem[] };
			const module = html.match(/\/modules\/([a-z0-9-]+)\//)?.[1] ?? '';
			return { id: path.split('/')[2]!, locale, path, module, items: props.items };
		});
}

/** As few lessons as cover every item type, so a test exercises each type without taking every quiz. */
export function coveringEveryType(lessons: BuiltLesson[]): BuiltLesson[] {
	const chosen: BuiltLesson[] = [];
	const missing = new Set(QUIZ_ITEM_TYPES);
	while (missing.size > 0) {
		const best = [...lessons].sort((a, b) => newTypes(b) - newTypes(a) || a.items.length - b.items.length)[0];
		if (!best || newTypes(best) === 0) break;
		chosen.push(best);
		for (const item of best.items) missing.delete(item.type);
	}
	return chosen;
	function newTypes(lesson: BuiltLesson) {
		return new Set(lesson.items.map((i) => i.type).filter((t) => missing.has(t))).size;
	}
}

/** The quiz item's element in the island. */
export const itemIn = (page: Page, item: QuizItem) => page.locator(`.quiz-app li.quiz-item[data-item="${item.id}"]`);

/** Wait until the quiz island has replaced the list shown without JavaScript. */
export async function quizReady(page: Page) {
	await expect(page.locator('.quiz-app .quiz-items')).toBeVisible();
	await expect(page.locator('.quiz-list')).toBeHidden();
}

/** Focus an element and press a key: keyboard only, no pointer. */
async function press(target: Locator, key: string) {
	await target.focus();
	await target.page().keyboard.press(key);
}

/** Give the right answer to an item with the keyboard alone, as a learner without a pointer would. */
export async function answerByKeyboard(page: Page, item: QuizItem) {
	const li = itemIn(page, item);
	switch (item.type) {
		case 'single':
		case 'scenario':
			await press(li.locator(`input[value="${item.answer}"]`), 'Space');
			break;
		case 'truefalse':
			await press(li.locator('input[type=radio]').nth(item.answer ? 0 : 1), 'Space');
			break;
		case 'multiple':
			for (const id of item.answer) await press(li.locator(`input[value="${id}"]`), 'Space');
			break;
		case 'ordering':
			for (let i = 0; i < item.answer.length; i++) {
				const id = item.answer[i]!;
				const order = await li.locator('.quiz-order li').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.choice));
				// Both keyboard ways, in turn: the numbered place (a select, arrow keys) and the Move up button.
				// Each move shows before the next key, as a learner sees a row move before pressing again.
				for (let k = order.indexOf(id); k > i; k--) {
					if (i % 2) await press(li.locator(`#quiz-${item.id}-${id}-position`), 'ArrowUp');
					else await press(li.locator(`#quiz-${item.id}-${id}-up`), 'Enter');
					await expect(li.locator('.quiz-order li').nth(k - 1)).toHaveAttribute('data-choice', id);
				}
			}
			await expect(li.locator('.quiz-order li').first()).toHaveAttribute('data-choice', item.answer[0]!);
			break;
		case 'matching':
			for (const [pair, choice] of Object.entries(item.answer)) {
				const select = li.locator(`#quiz-${item.id}-${pair}`);
				const values = await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
				for (let k = 0; k < values.indexOf(choice); k++) await press(select, 'ArrowDown');
				await expect(select).toHaveValue(choice);
			}
			break;
		case 'short':
			await li.locator('input[type=text]').focus();
			await page.keyboard.type(item.accept[0]!);
			break;
	}
}

/** Check an item in practice mode with the keyboard and expect it to be judged right. */
export async function checkByKeyboard(page: Page, item: QuizItem) {
	const li = itemIn(page, item);
	if (item.type === 'short') await page.keyboard.press('Enter');
	else await press(li.locator('form > button[type=submit]'), 'Enter');
	await expect(li).toHaveAttribute('data-result', 'right');
}

/** Ask for the result with the keyboard. */
export async function finishByKeyboard(page: Page) {
	await press(page.locator('.quiz-finish button'), 'Enter');
	await expect(page.locator('.quiz-result')).toBeFocused();
}

/** Everything in the browser's progress database, as text to compare before and after. */
export async function storedProgress(page: Page): Promise<string> {
	return page.evaluate(
		async () =>
			(await indexedDB.databases()).every((d) => d.name !== 'civitas-progress')
				? '{}'
				: new Promise<string>((resolve, reject) => {
				const open = indexedDB.open('civitas-progress');
				open.onerror = () => reject(open.error);
				open.onsuccess = async () => {
					const db = open.result;
					const names = [...db.objectStoreNames].sort();
					const out: Record<string, unknown[]> = {};
					for (const name of names) {
						out[name] = await new Promise((done) => {
							const request = db.transaction(name).objectStore(name).getAll();
							// Keys sorted, so a record stored by an import compares equal to the one it restores.
							const canonical = (v: unknown): unknown =>
								v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, canonical(x)])) : v;
							request.onsuccess = () => done(request.result.map((r) => JSON.stringify(canonical(r))).sort());
						});
					}
					db.close();
					resolve(JSON.stringify(out));
				};
			})
	);
}

/** How many answers the browser has saved so far. */
export async function savedAnswers(page: Page): Promise<number> {
	return (JSON.parse(await storedProgress(page)).answers ?? []).length;
}

/** The lessons with the fewest items first, to keep tests short. */
export function shortestLessons(locale: string): BuiltLesson[] {
	return builtLessons(locale).sort((a, b) => a.items.length - b.items.length || a.id.localeCompare(b.id));
}

/** Take a lesson's quiz and get every item right, by keyboard; waits until the result is saved. */
export async function masterLesson(page: Page, url: string, lesson: BuiltLesson) {
	await page.goto(url);
	await quizReady(page);
	for (const item of lesson.items) {
		await answerByKeyboard(page, item);
		await checkByKeyboard(page, item);
	}
	await finishByKeyboard(page);
	await expect(page.locator('.quiz-standing[data-status=mastered]')).toBeVisible();
}

/** A lesson's status on the progress page. */
export const statusOn = (page: Page, lessonId: string) => page.locator(`.progress-app li[data-lesson="${lessonId}"]`);

/**
 * The site has no favicon yet (the offline work owns the head); Chromium's own request for
 * /favicon.ico would otherwise count as a console error in every test here.
 */
export async function ignoreMissingFavicon(page: Page) {
	await page.context().route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
}

/**
 * Fill the site's storage quota with Chromium's Storage.overrideQuotaForOrigin. Chromium 156
 * enforces that override for Cache Storage but not for IndexedDB writes; where a probe shows
 * IndexedDB ignoring it, the same QuotaExceededError is raised at the IndexedDB API instead.
 * Returns how the quota was enforced, for the test report.
 */
export async function fillQuota(page: Page, origin: string): Promise<'browser' | 'simulated'> {
	const cdp = await page.context().newCDPSession(page);
	const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
	await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage });
	const probe = await page.evaluate(
		() =>
			new Promise<string>((resolve) => {
				const open = indexedDB.open('quota-probe', 1);
				open.onupgradeneeded = () => open.result.createObjectStore('s');
				open.onsuccess = () => {
					const tx = open.result.transaction('s', 'readwrite');
					tx.objectStore('s').put('x'.repeat(100_000), 'probe');
					tx.oncomplete = () => resolve('stored');
					tx.onabort = () => resolve(tx.error?.name ?? 'aborted');
				};
				open.onerror = () => resolve(open.error?.name ?? 'failed');
			})
	);
	if (probe === 'QuotaExceededError') return 'browser';
	await page.addInitScript(() => {
		const full = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		IDBObjectStore.prototype.put = full;
		IDBObjectStore.prototype.add = full;
	});
	return 'simulated';
}
