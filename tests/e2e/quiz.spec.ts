import { axeViolations, expect, test } from './fixtures.ts';
import { answerByKeyboard, builtLessons, checkByKeyboard, coveringEveryType, finishByKeyboard, ignoreMissingFavicon, itemIn, quizReady, savedAnswers, shortestLessons } from './quiz.helpers.ts';
import { QUIZ_ITEM_TYPES } from '../../src/lib/content/schema.ts';

// The quiz on the real built course, in every shipped language, by keyboard alone.

test.beforeEach(async ({ page }) => {
	await ignoreMissingFavicon(page);
});

for (const locale of ['en', 'ar']) {
	const lessons = builtLessons(locale);
	const chosen = coveringEveryType(lessons);

	test(`${locale}: the lessons taken below exercise every item type`, () => {
		expect(new Set(chosen.flatMap((l) => l.items.map((i) => i.type)))).toEqual(new Set(QUIZ_ITEM_TYPES));
	});

	for (const lesson of chosen) {
		test(`${locale}: ${lesson.id} (${[...new Set(lesson.items.map((i) => i.type))].join(', ')}) by keyboard only, then kept after a reload`, async ({ page, site }) => {
			await page.goto(site.url(lesson.path));
			await quizReady(page);
			for (const item of lesson.items) {
				await answerByKeyboard(page, item);
				await checkByKeyboard(page, item);
				// Feedback says right in words and gives the explanation with its source.
				await expect(itemIn(page, item).locator('.quiz-verdict')).not.toBeEmpty();
				await expect(itemIn(page, item).locator('.quiz-source')).toContainText(item.source);
			}
			await finishByKeyboard(page);
			await expect(page.locator('.quiz-result')).toHaveAttribute('data-mastered', 'true');
			await expect(page.locator('.quiz-standing[data-status=mastered]')).toBeVisible();
			await page.reload();
			await quizReady(page);
			await expect(page.locator('.quiz-standing[data-status=mastered]')).toBeVisible();
			await page.goto(site.url(`${locale}/progress/`));
			await expect(page.locator(`li[data-lesson="${lesson.id}"]`)).toHaveAttribute('data-status', 'mastered');
		});
	}

	test(`${locale}: a learner who closes the tab mid-quiz resumes where they were`, async ({ context, site }) => {
		const lesson = lessons.find((l) => l.items.length >= 3)!;
		let page = await context.newPage();
		await page.goto(site.url(lesson.path));
		await quizReady(page);
		const [first, second, ...rest] = lesson.items;
		for (const item of [first!, second!]) {
			await answerByKeyboard(page, item);
			await checkByKeyboard(page, item);
		}
		await expect.poll(() => savedAnswers(page)).toBe(2);
		await page.close();

		page = await context.newPage();
		await page.goto(site.url(lesson.path));
		await quizReady(page);
		await expect(page.locator('.quiz-app .notice', { hasText: /./ }).first()).toBeVisible();
		for (const item of [first!, second!]) {
			await expect(itemIn(page, item)).toHaveAttribute('data-result', 'right');
			await expect(itemIn(page, item).locator('input, select').first()).toBeDisabled();
		}
		for (const item of rest) {
			await answerByKeyboard(page, item);
			await checkByKeyboard(page, item);
		}
		await finishByKeyboard(page);
		await expect(page.locator('.quiz-result .quiz-score')).toContainText(String(lesson.items.length));
	});
}

test('check mode gives feedback only at the end, and a retry shuffles the choices while keeping their ids', async ({ page, site }) => {
	const lesson = builtLessons('en').find((l) => l.items.some((i) => i.type === 'multiple' || i.type === 'single') && l.items.length >= 3)!;
	await page.goto(site.url(lesson.path));
	await quizReady(page);
	await page.locator('.quiz-mode input[type=radio]').nth(1).focus();
	await page.keyboard.press('Space');
	const [first, ...rest] = lesson.items;
	await answerByKeyboard(page, first!);
	await expect(page.locator('.quiz-mode')).toHaveCount(0);
	await expect(itemIn(page, first!)).not.toHaveAttribute('data-result');
	await expect(itemIn(page, first!).locator('form > button[type=submit]')).toHaveCount(0);
	// Leaving questions out is allowed after a warning that names them.
	await page.locator('.quiz-finish button').focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('.quiz-finish [role=alert]')).toContainText(rest.map((_, i) => i + 2).join(', '));
	await page.keyboard.press('Enter');
	await expect(page.locator('.quiz-result')).toBeFocused();
	await expect(itemIn(page, first!)).toHaveAttribute('data-result', 'right');
	for (const item of rest) await expect(itemIn(page, item)).toHaveAttribute('data-result', 'wrong');
	await expect(page.locator('.quiz-result')).toHaveAttribute('data-mastered', 'false');

	const choiceOrder = () => page.locator('.quiz-app .quiz-choices input[value]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
	const before = await choiceOrder();
	await page.locator('.quiz-result button').focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('.quiz-result')).toHaveCount(0);
	const after = await choiceOrder();
	expect([...after].sort()).toEqual([...before].sort());
	expect(after).not.toEqual(before);
});

test('ordering works by dragging the handle too', async ({ page, site }) => {
	const lesson = builtLessons('en').find((l) => l.items.some((i) => i.type === 'ordering'))!;
	const item = lesson.items.find((i) => i.type === 'ordering')!;
	await page.goto(site.url(lesson.path));
	await quizReady(page);
	const rows = itemIn(page, item).locator('.quiz-order li');
	await rows.first().scrollIntoViewIfNeeded();
	const order = () => rows.evaluateAll((list) => list.map((r) => (r as HTMLElement).dataset.choice));
	const start = await order();
	const handle = rows.first().locator('.quiz-handle');
	const from = (await handle.boundingBox())!;
	const to = (await rows.last().boundingBox())!;
	await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
	await page.mouse.down();
	await page.mouse.move(from.x + from.width / 2, to.y + to.height - 2, { steps: 8 });
	await page.mouse.up();
	expect(await order()).toEqual([...start.slice(1), start[0]]);
	await expect(page.locator('.quiz-app [role=status]')).toContainText(String(start.length));
});

test('a hint can be shown before answering, and an unanswered check asks for an answer', async ({ page, site }) => {
	const lesson = builtLessons('en').find((l) => l.items.some((i) => i.hint))!;
	const item = lesson.items.find((i) => i.hint)!;
	await page.goto(site.url(lesson.path));
	await quizReady(page);
	const li = itemIn(page, item);
	const toggle = li.locator('.quiz-hint button');
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await toggle.focus();
	await page.keyboard.press('Enter');
	await expect(li.locator('.quiz-hint p')).toHaveText(item.hint!);
	await li.locator('form > button[type=submit]').focus();
	await page.keyboard.press('Enter');
	await expect(li.locator('.quiz-note')).toBeVisible();
	await expect(li).not.toHaveAttribute('data-result');
});

test('without JavaScript the questions are a readable list with the answers hidden', async ({ browser, site }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const lesson = builtLessons('ar')[0]!;
	await page.goto(site.url(lesson.path));
	await expect(page.locator('.quiz-list > li')).toHaveCount(lesson.items.length);
	await expect(page.locator('.quiz-list')).toBeVisible();
	const text = await page.locator('.quiz-list').innerText();
	for (const item of lesson.items) if ('explanation' in item) expect(text).not.toContain(item.explanation);
	await context.close();
});

for (const locale of ['en', 'ar']) {
	// axe on a long page takes a while on a busy 2-core machine; these two allow for it.
	test(`${locale}: the quiz passes axe in light and dark mode with feedback and result showing`, async ({ page, site }) => {
		test.setTimeout(120_000);
		const lesson = builtLessons(locale).find((l) => l.items.some((i) => i.type === 'ordering' || i.type === 'matching'))!;
		await page.goto(site.url(lesson.path));
		await quizReady(page);
		const [first] = lesson.items;
		await answerByKeyboard(page, first!);
		await checkByKeyboard(page, first!);
		await page.locator('.quiz-finish button').click();
		await page.locator('.quiz-finish button').click();
		await expect(page.locator('.quiz-result')).toBeVisible();
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			expect(await axeViolations(page), `${locale} lesson, ${scheme}`).toEqual([]);
		}
	});

	test(`${locale}: the progress page passes axe in light and dark mode with progress and a confirmation showing, and fits a 360 px phone`, async ({ page, site }) => {
		test.setTimeout(120_000);
		const [lesson] = shortestLessons(locale);
		await page.goto(site.url(lesson!.path));
		await quizReady(page);
		await answerByKeyboard(page, lesson!.items[0]!);
		await checkByKeyboard(page, lesson!.items[0]!);
		await expect.poll(() => savedAnswers(page)).toBe(1);
		await page.goto(site.url(`${locale}/progress/`));
		await expect(page.locator(`.progress-app [data-lesson="${lesson!.id}"]`)).toHaveAttribute('data-status', 'in-progress');
		await page.getByRole('button', { name: locale === 'en' ? 'Delete my data' : 'احذف بياناتي' }).click();
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			expect(await axeViolations(page), `${locale} progress, ${scheme}`).toEqual([]);
		}
		// On a 360 px phone nothing of the progress page reaches past the screen's edge.
		const wide = await page.locator('.progress-app *').evaluateAll((all) => all.filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 || e.getBoundingClientRect().left < -0.5).length);
		expect(wide).toBe(0);
	});
}
