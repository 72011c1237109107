import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { AddressInfo } from 'node:net';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createSiteServer } from '../../scripts/serve.mjs';
import { builtSite, SITES } from '../sites.mjs';

type SiteName = keyof typeof SITES;

/** A built site served on a random free port for one worker. */
export interface ServedSite {
	origin: string;
	base: string;
	dir: string;
	/** Absolute URL of a path under the base ("en/lessons/x/"). */
	url(path?: string): string;
}

/** What went wrong on a page while a test used it: console errors, failed and foreign requests. */
interface PageFaults {
	console: string[];
	failed: string[];
	foreign: string[];
	/** Expected failures a test declares, such as the status of a deliberate 404 page. */
	allow: RegExp[];
}

async function serve(name: SiteName): Promise<{ site: ServedSite; close: () => Promise<void> }> {
	const { dir, base } = builtSite(name);
	const server = createSiteServer({ dir, base });
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const site = { origin, base, dir, url: (path = '') => `${origin}${base}${path.replace(/^\//, '')}` };
	return { site, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Every page of a built site as a path under its base, e.g. "ar/lessons/secret-ballot/". */
export function builtPages(name: SiteName): string[] {
	const { dir } = builtSite(name);
	const pages: string[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory() && entry.name !== '_astro') walk(path);
			else if (entry.name === 'index.html') pages.push(relative(dir, folder).split(sep).join('/').concat('/').replace(/^\/$/, ''));
		}
	};
	walk(dir);
	return pages.sort();
}

export const test = base.extend<{ faults: PageFaults }, { site: ServedSite; civics: ServedSite; partial: ServedSite }>({
	site: [
		async ({}, use) => {
			const { site, close } = await serve('root');
			await use(site);
			await close();
		},
		{ scope: 'worker' },
	],
	civics: [
		async ({}, use) => {
			const { site, close } = await serve('civics');
			await use(site);
			await close();
		},
		{ scope: 'worker' },
	],
	partial: [
		async ({}, use) => {
			const { site, close } = await serve('partial');
			await use(site);
			await close();
		},
		{ scope: 'worker' },
	],
	faults: [
		async ({ page }, use) => {
			const faults: PageFaults = { console: [], failed: [], foreign: [], allow: [] };
			await page.context().route('**/*', (route) => {
				const url = new URL(route.request().url());
				if (url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.protocol === 'data:' || url.protocol === 'blob:') return route.fallback();
				faults.foreign.push(route.request().url());
				return route.abort('blockedbyclient');
			});
			page.on('console', (message) => {
				if (message.type() === 'error') faults.console.push(message.text());
			});
			page.on('pageerror', (error) => faults.console.push(`Uncaught: ${error.message}`));
			// A request the browser cancels because the page navigated away (net::ERR_ABORTED) is not a
			// fault: an island chunk loading while idle is dropped when the learner follows a link.
			page.on('requestfailed', (request) => {
				const reason = request.failure()?.errorText ?? '';
				if (reason !== 'net::ERR_ABORTED') faults.failed.push(`${request.url()} (${reason})`);
			});
			page.on('response', (response) => {
				if (response.status() >= 400) faults.failed.push(`${response.url()} (${response.status()})`);
			});
			await use(faults);
			const unexpected = (list: string[]) => list.filter((f) => !faults.allow.some((re) => re.test(f)));
			expect.soft(faults.foreign, 'requests to other origins').toEqual([]);
			expect.soft(unexpected(faults.failed), 'failed requests').toEqual([]);
			expect.soft(unexpected(faults.console), 'console errors').toEqual([]);
		},
		{ auto: true },
	],
});

/**
 * Run axe-core's WCAG 2.x A and AA rules on the page and list every violation with its nodes;
 * `colourOnly` runs just the contrast rules, which are all that a colour scheme can change.
 */
export async function axeViolations(page: Page, { colourOnly = false } = {}): Promise<string[]> {
	const builder = new AxeBuilder({ page });
	if (colourOnly) builder.withRules(['color-contrast', 'link-in-text-block']);
	else builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
	const results = await builder.analyze();
	return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export { expect };
