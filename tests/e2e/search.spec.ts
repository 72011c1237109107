import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { SearchIndexFile } from '../../src/lib/search/types.ts';
import { axeViolations, expect, test } from './fixtures.ts';
import { ROOT, UNTRANSLATED_LESSON } from '../sites.mjs';

interface QuerySet {
	nothing: string[];
}
const nothing = (locale: string) => (JSON.parse(readFileSync(join(ROOT, 'tests', 'search-queries', `${locale}.json`), 'utf8')) as QuerySet).nothing;

/** What each shipped language searches for before and after the server goes away, and a result it must show. */
const SCENARIOS = {
	en: {
		label: 'Search the course',
		online: { query: 'secret ballot', title: 'Why the ballot is secret', marked: ['secret', 'ballot'] },
		offline: { query: 'who counts the votes', title: 'Who runs and watches an election?', marked: ['votes'] },
		status: /^\d+ results? for “who counts the votes”$/,
	},
	ar: {
		label: 'ابحث في المنهج',
		// Without the article and with short vowels: the lesson says "الاقتراع السري".
		online: { query: 'اقْتِراع سري', title: 'لماذا يكون الاقتراع سريًّا؟', marked: ['الاقتراع'] },
		offline: { query: 'الانتخابات الحرة', title: 'متى تكون الانتخابات حرة ونزيهة؟', marked: ['الانتخابات', 'حرة'] },
		status: /للبحث عن «الانتخابات الحرة»$/,
	},
} as const;

const searchIndexRequests = (page: Page) => {
	const urls: string[] = [];
	page.on('request', (request) => {
		if (/search-index\.json|\/engine\.|\/lunr\./.test(request.url())) urls.push(request.url());
	});
	return urls;
};

const results = (page: Page) => page.locator('.search-results > li');

// The site has no favicon.ico (the offline work owns the head); Chromium's own request for it
// would count as a console error.
test.beforeEach(({ page }) => page.context().route('**/favicon.ico', (route) => route.fulfill({ status: 204 })));

for (const [locale, scenario] of Object.entries(SCENARIOS)) {
	test(`${locale}: search finds and highlights lessons, and keeps working with the server gone`, async ({ page, site }) => {
		const requests = searchIndexRequests(page);
		await page.goto(site.url(`${locale}/search/`));
		const box = page.getByRole('searchbox', { name: scenario.label });
		// Once the island is interactive, the page still has not asked for the index.
		await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
		expect(requests, 'the index loads only once a search starts').toEqual([]);

		await box.fill(scenario.online.query);
		const first = results(page).filter({ hasText: scenario.online.title }).first();
		await expect(first).toBeVisible();
		for (const word of scenario.online.marked) await expect(first.locator('mark', { hasText: word }).first()).toBeVisible();
		expect(requests.some((url) => url.endsWith(`/${locale}/search-index.json`))).toBe(true);
		// English pages never download the Arabic stemmer.
		expect(requests.some((url) => /lunr\.ar\./.test(url))).toBe(locale === 'ar');

		await page.context().setOffline(true);
		await box.fill(scenario.offline.query);
		const hit = results(page).filter({ hasText: scenario.offline.title }).first();
		await expect(hit).toBeVisible();
		for (const word of scenario.offline.marked) await expect(hit.locator('mark', { hasText: word }).first()).toBeVisible();
		await expect(page.getByRole('status')).toHaveText(scenario.status);
		await expect(page).toHaveURL(/\?q=/);
		await page.context().setOffline(false);
	});

	test(`${locale}: queries with no sensible answer say so and offer a way on`, async ({ page, site }) => {
		await page.goto(site.url(`${locale}/search/`));
		const box = page.getByRole('searchbox', { name: scenario.label });
		for (const query of nothing(locale)) {
			await box.fill(query);
			await expect(page.getByRole('status'), query).toContainText(query);
			await expect(page.locator('[data-no-results]'), query).toBeVisible();
			await expect(results(page), query).toHaveCount(0);
		}
		await expect(page.locator('[data-no-results] a')).toHaveCount(2);
	});
}

test('a linked search (?q=) shows its results, with the count announced to screen readers', async ({ page, site }) => {
	await page.goto(site.url(`en/search/?q=${encodeURIComponent('polling station')}`));
	await expect(page.getByRole('searchbox', { name: 'Search the course' })).toHaveValue('polling station');
	const status = page.getByRole('status');
	await expect(status).toHaveText(/^\d+ results? for “polling station”$/);
	const count = Number((await status.textContent())!.match(/^\d+/)![0]);
	const shown = await results(page).count();
	expect(shown).toBe(Math.min(count, 10));
	await expect(page.getByRole('list', { name: (await status.textContent())! })).toBeVisible();
	// A glossary result answers with its definition right away.
	const term = results(page).filter({ has: page.getByRole('link', { name: 'polling station', exact: true }) });
	await expect(term).toContainText('Glossary');
	await expect(term.locator('.search-hit__text')).toContainText('place where people go to vote');
});

test('search works under a sub-path, as a ministry would host it', async ({ page, civics }) => {
	await page.goto(civics.url('en/lessons/secret-ballot/'));
	await page.getByRole('search').getByRole('searchbox', { name: 'Search the course' }).fill('observers');
	await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(civics.url('en/search/?q=observers'));
	const link = page.locator('.search-results a[data-result]').first();
	await expect(link).toHaveAttribute('href', /^\/civics\/en\//);
	await link.click();
	await expect(page).toHaveURL(new RegExp(`^${civics.url('en/')}`));
});

test('arrow keys move from the search box through the results and back', async ({ page, site }) => {
	await page.goto(site.url('en/search/'));
	const box = page.getByRole('searchbox', { name: 'Search the course' });
	await box.fill('election');
	const links = page.locator('.search-results a[data-result]');
	await expect(links.nth(2)).toBeVisible();
	await box.press('ArrowDown');
	await expect(links.nth(0)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(links.nth(2)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await expect(links.nth(1)).toBeFocused();
	await page.keyboard.press('End');
	await expect(links.last()).toBeFocused();
	await page.keyboard.press('Home');
	await expect(links.nth(0)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await expect(box).toBeFocused();
	await box.press('ArrowDown');
	const href = await links.nth(0).getAttribute('href');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(site.origin + href!);
});

test('when the index cannot load, the page says what to do, and trying again works', async ({ page, site, faults }) => {
	faults.allow.push(/search-index\.json/, /ERR_INTERNET_DISCONNECTED/);
	await page.route('**/en/search-index.json', (route) => route.abort('internetdisconnected'));
	await page.goto(site.url('en/search/'));
	await page.getByRole('searchbox', { name: 'Search the course' }).fill('ballot');
	await expect(page.getByRole('alert')).toContainText('Search could not load. Check your connection and try again');
	await page.unroute('**/en/search-index.json');
	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(results(page).first()).toBeVisible();
});

test('"Show more results" adds results and moves focus to the first new one', async ({ page, site }) => {
	await page.goto(site.url('en/search/?q=rights'));
	await expect(results(page)).toHaveCount(10);
	await page.getByRole('button', { name: 'Show more results' }).click();
	await expect(page.locator('.search-results a[data-result]').nth(10)).toBeFocused();
});

test('the header search box works without JavaScript and never loads the index on ordinary pages', async ({ browser, page, site, faults }) => {
	// Leaving a page at once cancels what it still fetches in the background (offline downloads).
	faults.allow.push(/net::ERR_ABORTED/);
	const requests = searchIndexRequests(page);
	await page.goto(site.url('en/lessons/secret-ballot/'));
	await page.goto(site.url('ar/'));
	expect(requests).toEqual([]);

	const context = await browser.newContext({ javaScriptEnabled: false });
	const noScript = await context.newPage();
	await noScript.goto(site.url('en/glossary/'));
	await noScript.getByRole('search').getByRole('searchbox', { name: 'Search the course' }).fill('vote buying');
	await noScript.getByRole('search').getByRole('button', { name: 'Search' }).click();
	await expect(noScript).toHaveURL(site.url('en/search/?q=vote+buying'));
	// Playwright's text locators skip <noscript>, which Chromium does render with scripts off.
	await expect(noScript.locator('noscript .notice')).toContainText('Search needs JavaScript');
	await expect(noScript.locator('noscript .notice')).toBeVisible();
	await context.close();

	await page.getByRole('search').getByRole('searchbox', { name: 'ابحث في المنهج' }).fill('شراء الأصوات');
	await page.getByRole('search').getByRole('searchbox', { name: 'ابحث في المنهج' }).press('Enter');
	await expect(page).toHaveURL(/\/ar\/search\/\?q=/);
	await expect(results(page).filter({ hasText: 'شراء الأصوات' }).first()).toBeVisible();
	// The search page has one search box: its own.
	await expect(page.getByRole('search')).toHaveCount(1);
});

test('an Arabic learner also finds lessons not yet translated, marked as English', async ({ page, partial: site }) => {
	const index = JSON.parse(readFileSync(join(site.dir, 'ar', 'search-index.json'), 'utf8')) as SearchIndexFile;
	const fallback = index.documents.find((doc) => doc.kind === 'lesson' && doc.lang === 'en');
	expect(fallback?.id, 'the lesson left untranslated in the "partial" build').toBe(UNTRANSLATED_LESSON.id);
	await page.goto(site.url(`ar/search/?q=${encodeURIComponent(fallback!.title)}`));
	const hit = results(page).filter({ has: page.getByRole('link', { name: fallback!.title, exact: true }) });
	await expect(hit).toBeVisible();
	await expect(hit.getByRole('link')).toHaveAttribute('lang', 'en');
	await expect(hit.locator('[lang="en"]', { hasText: 'English' })).toBeVisible();
	await expect(hit.getByRole('link')).toHaveAttribute('href', `${site.base}ar/lessons/${fallback!.id}/`);
});

test('search results pass axe in light and dark mode', async ({ page, site }) => {
	const states = [
		['en/search/?q=secret+ballot', 'light'],
		['en/search/?q=secret+ballot', 'dark'],
		['ar/search/?q=الاقتراع', 'dark'],
		['en/search/?q=pizza', 'light'],
	] as const;
	for (const [path, colorScheme] of states) {
		await page.emulateMedia({ colorScheme });
		await page.goto(site.url(path));
		await expect(page.getByRole('status')).not.toBeEmpty();
		expect(await axeViolations(page), `${path} ${colorScheme}`).toEqual([]);
	}
});
