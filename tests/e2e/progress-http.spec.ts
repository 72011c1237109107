import { chromium, type ConsoleMessage } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { masterLesson, quizReady, shortestLessons, statusOn } from './quiz.helpers.ts';

// A classroom server on plain HTTP at a local address: browsers withhold crypto.randomUUID,
// crypto.subtle, persistent storage and sharing there. Chromium is told that classroom.test is
// this machine, so the page is a real insecure context on a name that is not loopback.

for (const locale of ['en', 'ar']) {
	test(`${locale}: quizzes, profiles, progress, export and import work on plain HTTP at a local host name`, async ({ site }, info) => {
		const browser = await chromium.launch({
			executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-gpu', `--host-resolver-rules=MAP classroom.test 127.0.0.1`],
		});
		const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
		await context.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('console', (m: ConsoleMessage) => m.type() === 'error' && errors.push(m.text()));
		page.on('pageerror', (e) => errors.push(e.message));
		const url = (path: string) => site.url(path).replace('127.0.0.1', 'classroom.test');

		const [lesson] = shortestLessons(locale);
		await page.goto(url(lesson!.path));
		expect(
			await page.evaluate(() => ({
				secure: isSecureContext,
				uuid: typeof crypto.randomUUID,
				subtle: typeof crypto.subtle,
				storage: typeof navigator.storage,
				share: typeof navigator.share,
			}))
		).toEqual({ secure: false, uuid: 'undefined', subtle: 'undefined', storage: 'undefined', share: 'undefined' });

		await masterLesson(page, url(lesson!.path), lesson!);
		const ids = await page.evaluate(
			() =>
				new Promise<string[]>((resolve) => {
					const open = indexedDB.open('civitas-progress');
					open.onsuccess = () => {
						const request = open.result.transaction('attempts').objectStore('attempts').getAllKeys();
						request.onsuccess = () => resolve(request.result as string[]);
					};
				})
		);
		expect(ids).toHaveLength(1);
		expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

		await page.goto(url(`${locale}/progress/`));
		await expect(page.locator('[data-persistence]')).toHaveAttribute('data-persistence', 'unsupported');
		await expect(statusOn(page, lesson!.id)).toHaveAttribute('data-status', 'mastered');
		await page.locator('#new-learner').fill('Lina');
		await page.locator('#new-learner').press('Enter');
		await expect(page.locator('[data-profile-name]')).toHaveText('Lina');
		await page.locator('.progress-learners .profile-list button[aria-pressed=false]').click();

		const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.progress-backup button').first().click()]);
		const file = info.outputPath('backup.json');
		await download.saveAs(file);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Storage.clearDataForOrigin', { origin: new URL(url('')).origin, storageTypes: 'all' });
		await page.reload();
		await expect(statusOn(page, lesson!.id)).toHaveAttribute('data-status', 'not-started');
		await page.locator('#import-file').setInputFiles(file);
		await page.locator('[data-import-preview] button').first().click();
		await expect(statusOn(page, lesson!.id)).toHaveAttribute('data-status', 'mastered');

		await page.goto(url(lesson!.path));
		await quizReady(page);
		await expect(page.locator('.quiz-standing[data-status=mastered]')).toBeVisible();
		expect(errors).toEqual([]);
		await browser.close();
	});
}
