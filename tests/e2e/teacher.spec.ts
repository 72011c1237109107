import { builtPages, expect, test } from './fixtures.ts';

const packs = builtPages('root').filter((p) => /^(en|ar)\/teacher\/[^/]+\/print\/$/.test(p));

test('every module has a printable pack in every language, with every lesson, quiz sheet and answer key', async ({ page, site }) => {
	expect(packs.length).toBeGreaterThanOrEqual(2);
	for (const path of packs) {
		const [locale, , moduleId] = path.split('/');
		await page.goto(site.url(`${locale}/modules/${moduleId}/`));
		const lessonTitles = await page.locator('[data-lesson] h3').allTextContents();
		await page.goto(site.url(path));
		const sections = page.locator('.print-lesson');
		await expect(sections, path).toHaveCount(lessonTitles.length);
		for (const title of lessonTitles) await expect(sections.getByRole('heading', { name: title.trim(), exact: true }), path).toHaveCount(1);
		await expect(page.locator('.print-lesson .quiz-list'), path).toHaveCount(lessonTitles.length);
		await expect(page.locator('.answer-key'), path).toHaveCount(lessonTitles.length);
	}
});

test('in print, the pack drops navigation and starts each lesson on a new page', async ({ page, site }) => {
	await page.goto(site.url(packs[0]!));
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-footer')).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	const breaks = await page.locator('.print-lesson').evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
	expect(new Set(breaks)).toEqual(new Set(['page']));
});

test('the teacher guide links to the pack and shows an answer key generated from the quizzes', async ({ page, site }) => {
	await page.goto(site.url('en/teacher/elections/'));
	await expect(page.locator('.answer-key [data-item]').first()).toBeVisible();
	await page.getByRole('link', { name: 'Printable pack for a class without devices' }).click();
	await expect(page).toHaveURL(site.url('en/teacher/elections/print/'));
});
