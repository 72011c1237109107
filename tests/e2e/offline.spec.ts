// One visit online is enough to study a whole language offline: the shell and the language's pack
// end up in Cache Storage, then with the server answering 503 to everything every page of that
// language opens from the service worker, the quiz saves progress and search finds lessons.
import { builtPages, expect, test } from './fixtures.ts';
import { cacheKey, cachedUrls, indexedDbContents, packEntries, search, startSwitchableSite, strings, takeQuiz } from './offline-helpers.ts';
import { builtSite, SITES } from '../sites.mjs';

test.use({ serviceWorkers: 'allow' });

const CASES = [
	{ site: 'root', locale: 'en', query: 'secret ballot' },
	{ site: 'root', locale: 'ar', query: 'الاقتراع السري' },
	// A ministry hosting under a sub-path: the worker is scoped to it.
	{ site: 'civics', locale: 'en', query: 'secret ballot' },
] as const;

for (const { site: name, locale, query } of CASES) {
	test(`${locale} under ${SITES[name].base}: one visit saves the language, then every page works with the server down`, async ({ page, faults }) => {
		test.slow();
		// Opening page after page cancels what the previous page was still fetching (an island's
		// code loaded when idle): cancelled, not failed. A failure from the worker would be an error status.
		faults.allow.push(/net::ERR_ABORTED/);
		const { dir, base } = builtSite(name);
		const t = strings(locale);
		const server = await startSwitchableSite(dir, base);
		try {
			await page.goto(server.url(`${locale}/`));
			await expect(page.getByText(t['offlineStatus.available']!, { exact: true })).toBeVisible({ timeout: 60_000 });

			// Chromium's own check that the course can be installed as an app (manifest, icons, worker);
			// test contexts are private windows, where installing is never offered.
			const devtools = await page.context().newCDPSession(page);
			const { installabilityErrors } = await devtools.send('Page.getInstallabilityErrors');
			expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito'), 'installability').toEqual([]);
			const { errors: manifestErrors } = await devtools.send('Page.getAppManifest');
			expect(manifestErrors, 'web app manifest').toEqual([]);

			const expected = packEntries(dir).filter((e) => e.pack === 'shell' || e.pack === locale);
			const cached = new Set(await cachedUrls(page));
			expect(expected.filter((e) => !cached.has(cacheKey(e, server.url()))).map((e) => e.url), 'manifest entries missing from Cache Storage').toEqual([]);

			server.down();
			server.log.length = 0;
			const fromNetwork: string[] = [];
			page.on('response', (response) => {
				if (!response.fromServiceWorker()) fromNetwork.push(`${response.status()} ${response.url()}`);
			});

			const pages = builtPages(name).filter((path) => path.startsWith(`${locale}/`));
			expect(pages.length).toBeGreaterThan(10);
			for (const path of pages) {
				const response = await page.goto(server.url(path));
				expect(response?.status(), path).toBe(200);
				await expect(page.locator('html'), path).toHaveAttribute('lang', locale);
				await expect(page.locator('h1'), path).toHaveCount(1);
			}

			await page.goto(server.url(`${locale}/lessons/secret-ballot/`));
			expect(await takeQuiz(page, t), 'the lesson has a quiz to take').toBe(true);
			const stored = Object.values(await indexedDbContents(page)).flatMap((stores) => Object.values(stores));
			expect(stored.some((records) => records.length > 0), 'the quiz kept progress offline').toBe(true);

			await page.goto(server.url(`${locale}/search/`));
			expect(await search(page, t, query), 'search results').toContain(`${base}${locale}/lessons/secret-ballot/`);

			await page.reload();
			await expect(page.locator('h1')).toHaveCount(1);

			expect(fromNetwork, 'responses that did not come from the service worker').toEqual([]);
			// The browser may still check for a new sw.js; nothing the pages need may reach the server.
			expect(server.log.filter((line) => !/\/sw\.js\?/.test(line)), 'requests that reached the server').toEqual([]);
		} finally {
			await server.close();
		}
	});
}
