import { describe, expect, test } from 'vitest';
import { builtSite, ROOT as ROOT_DIR } from '../sites.mjs';
import { fileForPath, htmlFiles, urlsIn } from './pages.ts';

for (const name of ['root', 'civics'] as const) {
	describe(`the "${name}" build`, () => {
		const { dir, base } = builtSite(name);
		const pages = htmlFiles(dir);

		test('has the pages of every type in every locale', () => {
			const paths = pages.map((p) => p.path);
			for (const locale of ['en', 'ar']) {
				for (const type of ['index.html', 'glossary/index.html', 'search/index.html', 'progress/index.html', 'teacher/index.html', 'about/index.html', '404/index.html']) {
					expect(paths).toContain(`${locale}/${type}`);
				}
				expect(paths.some((p) => p.startsWith(`${locale}/lessons/`))).toBe(true);
				expect(paths.some((p) => p.startsWith(`${locale}/modules/`))).toBe(true);
			}
		});

		test(`every URL in every page stays under the base path ${base}`, () => {
			const wrong: string[] = [];
			let checked = 0;
			for (const page of pages) {
				for (const { attribute, url, tag } of urlsIn(page.html)) {
					checked++;
					if (url.startsWith('#') || url.startsWith('data:')) continue;
					if (/^https?:\/\//.test(url)) {
						// Other origins may only be plain links (licences, sources), never loaded resources.
						if (!(tag === 'a' && attribute === 'href')) wrong.push(`${page.path}: <${tag} ${attribute}="${url}"> loads from another origin`);
						continue;
					}
					if (!url.startsWith(base)) wrong.push(`${page.path}: <${tag} ${attribute}="${url}"> is outside ${base}`);
				}
			}
			expect(wrong).toEqual([]);
			expect(checked).toBeGreaterThan(pages.length * 10);
		});

		test('every link and resource inside the site points at a file that exists', () => {
			const broken: string[] = [];
			for (const page of pages) {
				for (const { url } of urlsIn(page.html)) {
					if (!url.startsWith('/')) continue;
					const [pathname, fragment] = url.split('#');
					const file = fileForPath(dir, base, pathname!);
					if (!file) broken.push(`${page.path}: ${url}`);
					else if (fragment && file.endsWith('.html')) {
						const target = pages.find((p) => file.endsWith(p.path));
						if (target && !target.html.includes(`id="${fragment}"`)) broken.push(`${page.path}: ${url} (no element with id "${fragment}")`);
					}
				}
			}
			expect(broken).toEqual([]);
		});
	});
}

describe('the translation status page', () => {
	test('counts the Arabic lessons that exist', async () => {
		const { readdirSync, readFileSync } = await import('node:fs');
		const { join } = await import('node:path');
		const { dir } = builtSite('root');
		const html = readFileSync(join(dir, 'en', 'translations', 'index.html'), 'utf8');
		const row = /<tr data-collection="lessons">([\s\S]*?)<\/tr>/.exec(html)![1]!;
		const count = (state: string) => Number(new RegExp(`data-state="${state}">(\\d+)<`).exec(row)![1]);
		const arabic = readdirSync(join(ROOT_DIR, 'content', 'lessons', 'ar')).length;
		expect(count('current') + count('outdated') + count('unchecked')).toBe(arabic);
		expect(count('missing')).toBe(readdirSync(join(ROOT_DIR, 'content', 'lessons', 'en')).length - arabic);
	});
});
