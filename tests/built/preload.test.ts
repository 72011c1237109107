import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtSite } from '../sites.mjs';
import { htmlFiles } from './pages.ts';

for (const name of ['root', 'civics'] as const) {
	describe(`the "${name}" build`, () => {
		const { dir, base } = builtSite(name);
		const lessons = htmlFiles(dir).filter((p) => /^(en|ar)\/lessons\/[^/]+\/index\.html$/.test(p.path));
		const preloads = (html: string) => [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]!);

		test('every lesson page preloads its quiz island and everything the quiz imports at once', () => {
			expect(lessons.length).toBeGreaterThan(60);
			for (const { path, html } of lessons) {
				const links = new Set(preloads(html));
				const component = /component-url="([^"]*Quiz[^"]*)"/.exec(html)?.[1];
				expect(component, path).toBeDefined();
				expect(links, path).toContain(component);
				for (const link of links) {
					expect(link.startsWith(`${base}_astro/`), `${path}: ${link}`).toBe(true);
					const code = readFileSync(join(dir, link.slice(base.length)), 'utf8');
					// Each preloaded chunk's own static imports are preloaded too; its dynamic imports (the store) are not.
					for (const [, dependency] of code.matchAll(/from\s*"\.\/([^"]+\.js)"/g)) expect(links, `${path}: ${link} imports ${dependency}`).toContain(`${base}_astro/${dependency}`);
					expect(/dexie/i.test(code), `${path}: ${link} is the progress store`).toBe(false);
				}
			}
		});
	});
}
