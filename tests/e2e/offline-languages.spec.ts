// Languages as offline packs: a language that was not saved shows the offline page with links to
// what is, the "Offline and storage" panel saves and removes languages (removal frees space), and a
// data-saving connection is asked before anything is downloaded.
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures.ts';
import { packEntries, startSwitchableSite, strings, type SwitchableSite } from './offline-helpers.ts';
import { builtSite } from '../sites.mjs';

test.use({ serviceWorkers: 'allow' });

const LANGUAGES = {
	en: { other: 'ar', nativeName: 'English' },
	ar: { other: 'en', nativeName: 'العربية' },
} as const;

/** A language's name as the interface writes it on a page in `inLocale` ("Arabic" on an English page). */
const nameOf = (code: string, inLocale: string) => new Intl.DisplayNames([inLocale], { type: 'language' }).of(code)!;

/** Open a page online and wait until its language is saved. */
async function visitAndSave(page: Page, server: SwitchableSite, locale: string, path = '') {
	await page.goto(server.url(`${locale}/${path}`));
	await expect(page.getByText(strings(locale)['offlineStatus.available']!, { exact: true })).toBeVisible({ timeout: 60_000 });
}

const usage = (page: Page) => page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);

for (const [locale, { other, nativeName }] of Object.entries(LANGUAGES)) {
	test(`${locale}: offline, a language that was not saved shows the offline page in that language, with a way back to what is saved`, async ({ page }) => {
		const { dir, base } = builtSite('root');
		const server = await startSwitchableSite(dir, base);
		try {
			await visitAndSave(page, server, locale);
			server.down();
			const t = strings(other);
			const response = await page.goto(server.url(`${other}/lessons/secret-ballot/`));
			expect(response?.fromServiceWorker()).toBe(true);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(t['offline.unsavedTitle']!);
			await expect(page.locator('html')).toHaveAttribute('lang', other);
			const saved = page.getByRole('link', { name: nativeName, exact: true }).and(page.locator('main a'));
			await expect(saved).toHaveAttribute('href', `${base}${locale}/`);
			expect(await axeViolations(page), 'axe on the offline page').toEqual([]);
			await saved.click();
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(strings(locale)['home.title']!);
			// An address that never existed, in the saved language: the offline page too, not the browser's error.
			await page.goto(server.url(`${locale}/no-such-page/`));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(strings(locale)['offline.unsavedTitle']!);
		} finally {
			await server.close();
		}
	});

	test(`${locale}: the panel saves another language and removing one frees its space`, async ({ page }) => {
		test.slow();
		const { dir, base } = builtSite('root');
		const server = await startSwitchableSite(dir, base);
		const t = strings(locale);
		try {
			await visitAndSave(page, server, locale, 'offline/');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(t['offline.title']!);
			const card = (code: string) => page.locator(`.offline-language[data-language="${code}"]`);
			await expect(card(locale)).toHaveAttribute('data-state', 'saved');
			await expect(card(locale)).toContainText(t['offline.stateSaved']!);
			await expect(card(other)).toHaveAttribute('data-state', 'not-saved');
			await expect(page.locator('[data-storage-used]')).not.toHaveText(t['offline.usedUnknown']!);
			const persisted = page.locator('[data-storage-persisted]');
			await expect(persisted).toBeVisible();
			expect([t['offline.persistent'], t['offline.notPersistent']]).toContain(await persisted.textContent());

			// By keyboard alone: Tab to the button, Enter.
			const save = card(other).getByRole('button', { name: t['offline.saveLabel']!.replace('{{language}}', nameOf(other, locale)) });
			await expect(async () => {
				await page.keyboard.press('Tab');
				await expect(save).toBeFocused({ timeout: 100 });
			}).toPass();
			await page.keyboard.press('Enter');
			await expect(card(other)).toHaveAttribute('data-state', 'saved', { timeout: 60_000 });
			const otherFiles = packEntries(dir).filter((e) => e.pack === other).length;
			await expect(card(other)).toContainText(t['offline.stateSaved']!);
			// The panel with every state and button showing, and the status bar, in light and dark mode.
			expect(await axeViolations(page), 'axe in light mode').toEqual([]);
			await page.emulateMedia({ colorScheme: 'dark' });
			expect(await axeViolations(page, { colourOnly: true }), 'axe in dark mode').toEqual([]);
			const before = await usage(page);

			const ownName = nameOf(locale, locale);
			await card(locale).getByRole('button', { name: t['offline.removeLabel']!.replace('{{language}}', ownName) }).click();
			await expect(card(locale)).toHaveAttribute('data-state', 'not-saved', { timeout: 60_000 });
			await expect(card(other)).toHaveAttribute('data-state', 'saved');
			await expect.poll(() => usage(page), { message: 'storage estimate after removing a language' }).toBeLessThan(before);
			// The status bar now offers to save this page's language again.
			await expect(page.getByText(t['offlineStatus.notSaved']!.replace('{{language}}', ownName))).toBeVisible();
			expect(otherFiles).toBeGreaterThan(10);
		} finally {
			await server.close();
		}
	});
}

test('on a connection that saves data, nothing is downloaded before the learner agrees, and the size is shown', async ({ page }) => {
	const { dir, base } = builtSite('root');
	const server = await startSwitchableSite(dir, base);
	const t = strings('en');
	try {
		const cdp = await page.context().newCDPSession(page);
		// Chromium's own switch for the data saver (navigator.connection.saveData), not a stub of the API.
		await (cdp.send as (method: string, params: object) => Promise<unknown>)('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
		await page.goto(server.url('en/'));
		const question = page.getByText(/^Your device is set to save data\. Save the lessons in English for offline use\? They need [\d.]+ (kilo|mega)bytes\.$/);
		await expect(question).toBeVisible({ timeout: 30_000 });
		expect(await axeViolations(page), 'axe with the question showing').toEqual([]);
		const lessons = packEntries(dir).filter((e) => e.pack === 'en');
		expect(server.log.filter((line) => lessons.some((e) => line === `GET ${base}${e.url}`) && !line.endsWith('/en/')), 'lessons fetched before asking').toEqual([]);
		await page.getByRole('button', { name: t['offlineStatus.save'], exact: true }).click();
		await expect(page.getByText(t['offlineStatus.available']!, { exact: true })).toBeVisible({ timeout: 60_000 });
	} finally {
		await server.close();
	}
});
