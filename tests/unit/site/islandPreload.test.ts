import { describe, expect, test } from 'vitest';
import { preloadLinks, staticGraph } from '../../../src/integrations/island-preload.ts';

// Built chunks as rolldown writes them: minified static imports, a dynamic import, a cycle.
const CHUNKS: Record<string, string> = {
	'Quiz.a1.js': 'import{a as e,b as t}from"./preact.b2.js";import{t as n}from"./hooks.c3.js";import"./side.d4.js";const r=()=>import("./later.e5.js");',
	'preact.b2.js': 'var e=1;export{e as a,e as b};',
	'hooks.c3.js': 'import{a as e}from"./preact.b2.js";import{x}from"./Quiz.a1.js";export{e as t};',
	'side.d4.js': 'console.log(1)',
	'later.e5.js': 'import{a as e}from"./dexie.f6.js";',
	'dexie.f6.js': '',
	'client.g7.js': 'import{a}from"./preact.b2.js";',
	'Search.h8.js': 'import{a}from"./lunr.i9.js";',
	'Status.j0.js': 'import{t}from"./format.k1.js";',
	'format.k1.js': '',
};
const read = (file: string) => CHUNKS[file];

describe('staticGraph', () => {
	test('follows static imports, through a cycle, and leaves dynamic imports for later', () => {
		expect(staticGraph('Quiz.a1.js', read).sort()).toEqual(['Quiz.a1.js', 'hooks.c3.js', 'preact.b2.js', 'side.d4.js']);
	});

	test('a chunk that is not in the build is left out rather than linked', () => {
		expect(staticGraph('gone.js', read)).toEqual([]);
	});
});

describe('preloadLinks', () => {
	const island = (client: string, component: string) =>
		`<astro-island uid="x" component-url="/civics/_astro/${component}" renderer-url="/civics/_astro/client.g7.js" props="{&quot;text&quot;:[0,&quot;a -> b > c&quot;]}" ssr client="${client}" opts="{}"></astro-island>`;

	test('preloads what islands hydrating on load or at idle, and module scripts, import at once, under the base path', () => {
		const html = `<head></head><body>${island('idle', 'Quiz.a1.js')}${island('visible', 'Search.h8.js')}<script type="module" src="/civics/_astro/Status.j0.js"></script></body>`;
		expect(preloadLinks(html, '/civics/_astro/', read).sort()).toEqual(
			['Quiz.a1.js', 'hooks.c3.js', 'preact.b2.js', 'side.d4.js', 'client.g7.js', 'Status.j0.js', 'format.k1.js'].map((f) => `/civics/_astro/${f}`).sort()
		);
	});

	test('a page without islands or module scripts gets none', () => {
		expect(preloadLinks('<head></head><body><p>Text</p></body>', '/_astro/', read)).toEqual([]);
	});
});
