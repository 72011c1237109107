import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
import { describe, expect, test } from 'vitest';
import { builtSite } from '../sites.mjs';
import { htmlFiles } from './pages.ts';

const { dir } = builtSite('root');
const pages = htmlFiles(dir);

/** The Content-Security-Policy of a page, as directive name → sources. */
function policyOf(html: string): Map<string, string[]> {
	const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
	return new Map(content.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name!, sources]));
}

describe('Content-Security-Policy', () => {
	test('every page has a policy that forbids eval, other origins and unhashed inline scripts', () => {
		for (const { path, html } of pages) {
			const policy = policyOf(html);
			expect(policy.get('default-src'), path).toEqual(["'self'"]);
			const scripts = policy.get('script-src') ?? [];
			expect(scripts[0], path).toBe("'self'");
			for (const source of scripts.slice(1)) expect(source, path).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
			expect(policy.get('object-src'), path).toEqual(["'none'"]);
			for (const inline of html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)) {
				const hash = `'sha256-${createHash('sha256').update(inline[1]!).digest('base64')}'`;
				expect(scripts, `${path}: an inline script is not in script-src`).toContain(hash);
			}
		}
	});
});

describe('old phones', () => {
	const scripts = readdirSync(join(dir, '_astro')).filter((f) => f.endsWith('.js'));

	test('the built JavaScript uses no syntax newer than ES2022, which Chrome 109 supports', () => {
		expect(scripts.length).toBeGreaterThan(0);
		const sources = [
			...scripts.map((f) => ({ name: `_astro/${f}`, code: readFileSync(join(dir, '_astro', f), 'utf8'), module: true })),
			{ name: 'sw.js', code: readFileSync(join(dir, 'sw.js'), 'utf8'), module: false },
			...pages.flatMap(({ path, html }) => [...html.matchAll(/<script( type="module")?>([\s\S]*?)<\/script>/g)].map((m) => ({ name: path, code: m[2]!, module: !!m[1] }))),
		];
		for (const { name, code, module } of sources) {
			expect(() => parse(code, { ecmaVersion: 2022, sourceType: module ? 'module' : 'script' }), name).not.toThrow();
		}
	}, 60_000);

	test('the syntax check rejects newer syntax, so it can fail', () => {
		expect(() => parse('const r = /[\\p{L}--[a-z]]/v;', { ecmaVersion: 2022, sourceType: 'module' })).toThrow();
		expect(() => parse("import data from './x.json' with { type: 'json' };", { ecmaVersion: 2022, sourceType: 'module' })).toThrow();
	});
});
