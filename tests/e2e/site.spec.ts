import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, expect, test } from './fixtures.ts';
import { ROOT } from '../sites.mjs';

const lessons = builtPages('root').filter((p) => /^ar\/lessons\/[^/]+\/$/.test(p));

test('the language picker at / works without JavaScript and leads to each language', async ({ browser, site }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(site.url());
	await page.getByRole('link', { name: 'العربية' }).click();
	await expect(page).toHaveURL(site.url('ar/'));
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await context.close();
});

test('the language switcher leads to the same lesson in the other language', async ({ page, site }) => {
	await page.goto(site.url('en/lessons/secret-ballot/'));
	await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'العربية' }).click();
	await expect(page).toHaveURL(site.url('ar/lessons/secret-ballot/'));
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await page.getByRole('navigation', { name: 'اللغة' }).getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(site.url('en/lessons/secret-ballot/'));
});

test('the skip link moves keyboard focus to the main content', async ({ page, site }) => {
	await page.goto(site.url('en/'));
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('Arabic lessons show a notice exactly when they fall back to English', async ({ page, site }) => {
	expect(lessons.length).toBeGreaterThan(0);
	for (const path of lessons) {
		const id = path.split('/')[2]!;
		const translated = existsSync(join(ROOT, 'content', 'lessons', 'ar', `${id}.mdx`));
		await page.goto(site.url(path));
		const notice = page.locator('[data-fallback]');
		if (translated) await expect(notice, path).toHaveCount(0);
		else {
			await expect(notice, path).toContainText('لم يُترجَم هذا الدرس');
			await expect(page.locator('article h1'), path).toHaveAttribute('lang', 'en');
		}
	}
});

test('the course works under a sub-path, as a ministry would host it', async ({ page, civics }) => {
	await page.goto(civics.url('en/'));
	await page.getByRole('link', { name: 'Free and fair elections' }).click();
	await expect(page).toHaveURL(civics.url('en/modules/elections/'));
	await page.getByRole('link', { name: 'Why the ballot is secret' }).first().click();
	await expect(page).toHaveURL(civics.url('en/lessons/secret-ballot/'));
	await page.getByRole('link', { name: 'Glossary' }).click();
	await expect(page).toHaveURL(civics.url('en/glossary/'));
});

test('a 360 px phone never scrolls sideways on a lesson', async ({ page, site }) => {
	for (const locale of ['en', 'ar']) {
		await page.goto(site.url(`${locale}/lessons/free-and-fair-elections/`));
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, locale).toBeLessThanOrEqual(0);
	}
});
