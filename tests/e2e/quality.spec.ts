import { builtPages, expect, test } from './fixtures.ts';

// One page of every type in every shipped language.
const samples = builtPages('root').filter((path, i, all) => {
	const type = path.split('/').slice(0, 2).join('/');
	return all.findIndex((p) => p.split('/').slice(0, 2).join('/') === type) === i;
});

test('the text size setting works by keyboard, applies at once and persists across pages and reloads', async ({ page, site }) => {
	await page.goto(site.url('en/'));
	const before = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
	const larger = page.getByRole('button', { name: 'Larger text' });
	await larger.focus();
	await page.keyboard.press('Enter');
	await expect(larger).toHaveAttribute('aria-pressed', 'true');
	const after = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
	expect(parseFloat(after)).toBeGreaterThan(parseFloat(before) * 1.4);
	await page.goto(site.url('ar/glossary/'));
	await expect(page.getByRole('button', { name: 'نص أكبر' })).toHaveAttribute('aria-pressed', 'true');
	expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('larger');
	await page.getByRole('button', { name: 'نص عادي' }).click();
	await page.reload();
	expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBeUndefined();
});

for (const [label, width, size] of [
	['a 360 px phone', 360, undefined],
	['200% zoom on a 360 px phone', 180, undefined],
	['the largest text size', 360, 'larger'],
] as const) {
	test(`no page type scrolls sideways at ${label}`, async ({ page, site }) => {
		await page.setViewportSize({ width, height: 740 });
		if (size) await page.addInitScript((s) => localStorage.setItem('civitas:text-size', s), size);
		for (const path of samples) {
			if (path.endsWith('404/')) continue;
			await page.goto(site.url(path));
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, `/${path}`).toBeLessThanOrEqual(0);
		}
	});
}

test('the Content-Security-Policy stops an injected inline script, as it would an XSS payload', async ({ page, site, faults }) => {
	// Scripts evaluated by the test driver itself are exempt from CSP, so inject a script element, as an attacker would.
	faults.allow.push(/Content Security Policy/);
	await page.goto(site.url('en/'));
	const result = await page.evaluate(
		() =>
			new Promise<{ ran: boolean; violated: string }>((resolve) => {
				document.addEventListener('securitypolicyviolation', (e) => resolve({ ran: 'pwned' in window, violated: e.effectiveDirective }), { once: true });
				const script = document.createElement('script');
				script.textContent = 'window.pwned = true';
				document.head.append(script);
			})
	);
	expect(result).toEqual({ ran: false, violated: 'script-src-elem' });
});

test('motion is switched off for learners who ask for reduced motion', async ({ page, site }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(site.url('en/'));
	const duration = await page.evaluate(() => {
		const probe = document.createElement('div');
		probe.style.transition = 'opacity 2s';
		document.body.append(probe);
		return getComputedStyle(probe).transitionDuration;
	});
	expect(duration).toBe('0s');
});
