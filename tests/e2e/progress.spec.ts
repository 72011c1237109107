import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { checksumOf } from '../../src/lib/progress/format.ts';
import { expect, test } from './fixtures.ts';
import { answerByKeyboard, fillQuota, ignoreMissingFavicon, itemIn, masterLesson, quizReady, shortestLessons, statusOn, storedProgress } from './quiz.helpers.ts';

// Profiles, the progress page, backup and import, and storage trouble, on the real built course.

test.beforeEach(async ({ page }) => {
	await ignoreMissingFavicon(page);
});

for (const locale of ['en', 'ar']) {
	const [lessonA, lessonB] = shortestLessons(locale);
	const progressPath = `${locale}/progress/`;

	test(`${locale}: two learners on one browser keep separate progress, and switching takes two taps`, async ({ page, site }) => {
		await page.goto(site.url(progressPath));
		await page.locator('#new-learner').fill('Amina');
		await page.locator('#new-learner').press('Enter');
		await expect(page.locator('[data-profile-name]')).toHaveText('Amina');
		await masterLesson(page, site.url(lessonA!.path), lessonA!);

		// Two taps on the lesson page: "Change learner", then the other name.
		await page.locator('.profile-switcher button[aria-expanded]').click();
		await page.locator('.profile-switcher .profile-list button[aria-pressed=false]').click();
		await expect(page.locator('.quiz-standing')).toHaveCount(0);
		await expect(page.locator('.profile-switcher strong')).not.toHaveText('Amina');

		await page.goto(site.url(progressPath));
		await expect(statusOn(page, lessonA!.id)).toHaveAttribute('data-status', 'not-started');
		await page.locator('.progress-learners .profile-list button', { hasText: 'Amina' }).click();
		await expect(page.locator('[data-profile-name]')).toHaveText('Amina');
		await expect(statusOn(page, lessonA!.id)).toHaveAttribute('data-status', 'mastered');
		await expect(statusOn(page, lessonB!.id)).toHaveAttribute('data-status', 'not-started');
	});

	test(`${locale}: export, clear the site's data, import, and everything is back; importing again adds nothing`, async ({ page, site }, info) => {
		await masterLesson(page, site.url(lessonA!.path), lessonA!);
		await page.goto(site.url(progressPath));
		await page.locator('#new-learner').fill('Youssef');
		await page.locator('#new-learner').press('Enter');
		await page.goto(site.url(progressPath));
		await page.locator('.progress-learners .profile-list button[aria-pressed=false]').click();
		await expect(statusOn(page, lessonA!.id)).toHaveAttribute('data-status', 'mastered');
		const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.progress-backup button').first().click()]);
		expect(download.suggestedFilename()).toMatch(/^civitas-progress-.*\.json$/);
		const file = info.outputPath('backup.json');
		await download.saveAs(file);
		await expect(page.locator('[data-last-backup]')).not.toHaveText(/^$/);
		const before = JSON.parse(await storedProgress(page));

		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Storage.clearDataForOrigin', { origin: site.origin, storageTypes: 'all' });
		await page.reload();
		await expect(statusOn(page, lessonA!.id)).toHaveAttribute('data-status', 'not-started');

		await page.locator('#import-file').setInputFiles(file);
		await expect(page.locator('[data-import-preview]')).toHaveAttribute('data-new-attempts', '1');
		await page.locator('[data-import-preview] button').first().click();
		await expect(statusOn(page, lessonA!.id)).toHaveAttribute('data-status', 'mastered');
		const after = JSON.parse(await storedProgress(page));
		expect(after.attempts).toEqual(before.attempts);
		expect(after.answers).toEqual(before.answers);

		await page.locator('#import-file').setInputFiles(file);
		await expect(page.locator('[data-import-preview]')).toHaveAttribute('data-new-attempts', '0');
		await page.locator('[data-import-preview] button').first().click();
		await expect(page.locator('.progress-import-result .notice')).toBeVisible();
		expect(JSON.parse(await storedProgress(page)).attempts).toEqual(before.attempts);
	});

	test(`${locale}: the module and home pages show where the learner stands`, async ({ page, site }) => {
		await masterLesson(page, site.url(lessonA!.path), lessonA!);
		await page.goto(site.url(`${locale}/modules/${lessonA!.module}/`));
		await expect(page.locator(`.card[data-lesson="${lessonA!.id}"] .lesson-status`)).toHaveAttribute('data-status', 'mastered');
		await expect(page.locator('.card[data-lesson] .lesson-status')).toHaveCount(1);
		await page.goto(site.url(`${locale}/`));
		await expect(page.locator(`.card[data-module="${lessonA!.module}"] .lesson-status`)).toContainText('1');
	});

	test(`${locale}: a bad file gets a clear message and changes nothing`, async ({ page, site }, info) => {
		await masterLesson(page, site.url(lessonA!.path), lessonA!);
		await page.goto(site.url(progressPath));
		const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.progress-backup button').first().click()]);
		const good = readFileSync(await download.path(), 'utf8');
		const stored = await storedProgress(page);
		const bad: [string, string][] = [
			['tampered.json', good.replace('"correct": true', '"correct": false')],
			['not-json.json', good.slice(0, 100)],
			['newer.json', good.replace('"version": 1', '"version": 7')],
			['hostile.json', good.replace('{', '{"__proto__": {"admin": true},')],
		];
		const messages = new Set<string>();
		for (const [name, content] of bad) {
			const path = info.outputPath(name);
			writeFileSync(path, content);
			await page.locator('#import-file').setInputFiles(path);
			const alert = page.locator('.progress-import-result [role=alert]');
			await expect(alert).toBeVisible();
			// The previous file's message stays until this file is read: wait for this file's own.
			const previous = [...messages].at(-1);
			if (previous) await expect(alert).not.toHaveText(previous);
			messages.add(await alert.innerText());
			await expect(page.locator('[data-import-preview]')).toHaveCount(0);
			expect(await storedProgress(page)).toBe(stored);
		}
		expect(messages.size).toBe(bad.length);
		await expect(statusOn(page, lessonA!.id)).toHaveAttribute('data-status', 'mastered');
	});

	test(`${locale}: when storage is full, a clear message, and nothing already stored is lost`, async ({ page, site }, info) => {
		await masterLesson(page, site.url(lessonA!.path), lessonA!);
		const stored = await storedProgress(page);
		info.annotations.push({ type: 'quota', description: await fillQuota(page, site.origin) });

		await page.goto(site.url(lessonB!.path));
		await quizReady(page);
		const item = lessonB!.items[0]!;
		await answerByKeyboard(page, item);
		await itemIn(page, item).locator('form > button[type=submit], input[type=text]').first().press('Enter');
		await expect(page.locator('.quiz-problem')).toBeVisible();
		// The quiz still answers: feedback is shown even though it could not be saved.
		await expect(itemIn(page, item)).toHaveAttribute('data-result', 'right');
		expect(await storedProgress(page)).toBe(stored);

		// Back on the lesson mastered before the disk filled up, nothing is lost.
		await page.goto(site.url(lessonA!.path));
		await expect(page.locator('.quiz-standing[data-status=mastered]')).toBeVisible();
	});

	test(`${locale}: without IndexedDB the quiz still works for the visit, with a notice`, async ({ page, site }) => {
		await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
		await page.goto(site.url(lessonA!.path));
		await quizReady(page);
		await expect(page.locator('.quiz-problem')).toBeVisible();
		for (const item of lessonA!.items) {
			await answerByKeyboard(page, item);
			await itemIn(page, item).locator('form > button[type=submit], input[type=text]').first().press('Enter');
			await expect(itemIn(page, item)).toHaveAttribute('data-result', 'right');
		}
		await page.locator('.quiz-finish button').press('Enter');
		await expect(page.locator('.quiz-result')).toHaveAttribute('data-mastered', 'true');
		await page.goto(site.url(progressPath));
		await expect(page.locator('.progress-app [role=alert]')).toBeVisible();
	});
}

test('the progress page says whether the browser promised to keep progress', async ({ page, site }) => {
	await page.goto(site.url('en/progress/'));
	await expect(page.locator('[data-persistence]')).toBeVisible();
	expect(['persisted', 'not-persisted']).toContain(await page.locator('[data-persistence]').getAttribute('data-persistence'));
});

test('deleting my data asks first, then removes only that learner', async ({ page, site }) => {
	const [lesson] = shortestLessons('en');
	await masterLesson(page, site.url(lesson!.path), lesson!);
	await page.goto(site.url('en/progress/'));
	await page.locator('#new-learner').fill('Temp');
	await page.locator('#new-learner').press('Enter');
	await expect(page.locator('[data-profile-name]')).toHaveText('Temp');
	await page.getByRole('button', { name: 'Delete my data' }).click();
	await expect(page.getByRole('alertdialog')).toBeFocused();
	await page.getByRole('button', { name: 'No, keep it' }).click();
	await expect(page.locator('[data-profile-name]')).toHaveText('Temp');
	await page.getByRole('button', { name: 'Delete my data' }).click();
	await page.getByRole('button', { name: 'Yes, delete it' }).click();
	await expect(page.locator('[data-profile-name]')).toHaveText('Me');
	await expect(statusOn(page, lesson!.id)).toHaveAttribute('data-status', 'mastered');
	await expect(page.locator('.progress-learners .profile-list')).toHaveCount(0);
});

test('names and site names in an imported file are shown as text, never run as markup', async ({ page, site }, info) => {
	const [lesson] = shortestLessons('en');
	await masterLesson(page, site.url(lesson!.path), lesson!);
	await page.goto(site.url('en/progress/'));
	const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.progress-backup button').first().click()]);
	const backup = JSON.parse(readFileSync(await download.path(), 'utf8'));
	// A valid, correctly checksummed file from "another learner" whose texts are markup.
	const name = '<img src=x onerror=alert(1)>';
	backup.profile = { ...backup.profile, id: randomUUID(), name };
	backup.site = { ...backup.site, name: '<script>alert(2)</script>' };
	backup.attempts = backup.attempts.map((a: { id: string }) => ({ ...a, id: randomUUID() }));
	backup.checksum = await checksumOf(backup);
	const file = info.outputPath('markup.json');
	writeFileSync(file, JSON.stringify(backup));
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});

	await page.locator('#import-file').setInputFiles(file);
	const preview = page.locator('[data-import-preview]');
	await expect(preview).toContainText(name);
	await preview.locator('button').first().click();
	await page.locator('.progress-learners .profile-list button', { hasText: name }).click();
	await expect(page.locator('[data-profile-name]')).toHaveText(name);
	await page.reload();
	await expect(page.locator('.progress-learners .profile-list button', { hasText: name })).toBeVisible();
	expect(await page.locator('.progress-app img, .progress-app script').count()).toBe(0);
	expect(dialogs).toEqual([]);
});

test('after three lessons without a backup a gentle reminder appears, and a backup ends it', async ({ page, site }) => {
	test.slow();
	const reminder = 'You have finished several lessons since your last backup.';
	const lessons = shortestLessons('en').slice(0, 3);
	for (const [i, lesson] of lessons.entries()) {
		await masterLesson(page, site.url(lesson.path), lesson);
		await expect(page.locator('.quiz-result').getByText(reminder), `after lesson ${i + 1}`).toHaveCount(i < 2 ? 0 : 1);
	}
	// From the reminder to the backup section, by keyboard.
	await page.locator('.quiz-result').getByRole('link', { name: 'Make a backup' }).press('Enter');
	await expect(page).toHaveURL(/\/en\/progress\/#backup$/);
	const onPage = page.locator('.progress-backup').getByText(reminder);
	await expect(onPage).toBeVisible();
	await Promise.all([page.waitForEvent('download'), page.locator('.progress-backup button').first().press('Enter')]);
	await expect(onPage).toHaveCount(0);
	await page.reload();
	await expect(page.locator('[data-last-backup]')).not.toHaveText(/^$/);
	await expect(onPage).toHaveCount(0);
});

test('a learner renames themselves by keyboard, and the name stays after a reload', async ({ page, site }) => {
	await page.goto(site.url('en/progress/'));
	await page.locator('#new-learner').fill('Sami');
	await page.locator('#new-learner').press('Enter');
	await expect(page.locator('[data-profile-name]')).toHaveText('Sami');
	await page.getByText("Change this learner's name").press('Enter');
	await page.locator('#rename-learner').fill('Samira');
	await page.locator('#rename-learner').press('Enter');
	await expect(page.locator('[data-profile-name]')).toHaveText('Samira');
	await page.reload();
	await expect(page.locator('[data-profile-name]')).toHaveText('Samira');
	await expect(page.locator('.progress-learners .profile-list button', { hasText: 'Sami' })).toHaveText(['Samira']);
});
