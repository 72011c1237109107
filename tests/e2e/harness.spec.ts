import { axeViolations, builtPages, expect, test } from './fixtures.ts';

// Every page of the real built course, in every shipped language, in light and dark mode.
const pages = builtPages('root');

test.describe('every built page', () => {
	for (const path of pages) {
		test(`/${path} loads cleanly and passes axe in light and dark mode`, async ({ page, site, faults }) => {
			const isNotFound = /(^|\/)404\/$/.test(path);
			if (isNotFound) faults.allow.push(/\(404\)$/, /status of 404/);
			// A 404 page is checked where learners meet it: at an address that does not exist.
			const response = await page.goto(site.url(isNotFound ? path.replace(/404\/$/, 'no-such-page/') : path));
			expect(response?.status()).toBe(isNotFound ? 404 : 200);
			await expect(page.locator('h1')).toHaveCount(1);
			const locale = path.split('/')[0];
			if (locale) await expect(page.locator('html')).toHaveAttribute('lang', locale);
			expect(await axeViolations(page), 'axe violations in light mode').toEqual([]);
			await page.emulateMedia({ colorScheme: 'dark' });
			expect(await axeViolations(page, { colourOnly: true }), 'axe contrast violations in dark mode').toEqual([]);
		});
	}
});

test('an unknown address outside any language shows the site-wide 404 page', async ({ page, site, faults }) => {
	faults.allow.push(/\(404\)$/, /status of 404/);
	const response = await page.goto(site.url('no-such-folder/'));
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveCount(1);
});
