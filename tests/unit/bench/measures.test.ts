import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { pageTargets, tally } from '../../../bench/pages.mjs';
import { formatBytes, formatMs } from '../../../bench/report.mjs';
import { median, totalBlockingTime } from '../../../bench/timings.mjs';

describe('the benchmark measures', () => {
	const site = mkdtempSync(join(tmpdir(), 'civitas-bench-site-'));
	afterAll(() => rmSync(site, { recursive: true, force: true }));
	const page = (path: string, html = '<p>page</p>') => {
		mkdirSync(join(site, path), { recursive: true });
		writeFileSync(join(site, path, 'index.html'), html);
	};

	test('finds each page type in a built site, the module and lesson through the links a learner follows', () => {
		page('');
		page('en', '<a href="/en/about/">About</a><a href="/en/modules/rights/">Rights</a><a href="/en/modules/vote/">Vote</a>');
		page('en/modules/rights', '<a href="/en/lessons/what-are-rights/">Lesson 1</a>');
		page('en/lessons/what-are-rights');
		for (const type of ['glossary', 'search', 'progress', 'teacher', 'about']) page(`en/${type}`);
		const { targets, missing } = pageTargets(site, ['en']);
		expect(targets.map((t) => `${t.type} ${t.path}`)).toEqual([
			'picker /',
			'home /en/',
			'module /en/modules/rights/',
			'lesson /en/lessons/what-are-rights/',
			'glossary /en/glossary/',
			'search /en/search/',
			'progress /en/progress/',
			'teacher /en/teacher/',
			'about /en/about/',
		]);
		expect(missing).toEqual([{ type: 'offline', locale: 'en' }]);
	});

	test('adds up responses by kind, leaving images out of the page’s own weight', () => {
		const t = tally([
			{ kind: 'html', raw: 10_000, gzip: 3_000 },
			{ kind: 'js', raw: 5_000, gzip: 2_000 },
			{ kind: 'js', raw: 1_000, gzip: 500 },
			{ kind: 'image', raw: 20_000, gzip: 20_000 },
		]);
		expect(t.js).toEqual({ raw: 6_000, gzip: 2_500, requests: 2 });
		expect(t.all.gzip).toBe(25_500);
		expect(t.withoutImages).toEqual({ raw: 16_000, gzip: 5_500, requests: 3 });
	});

	test('total blocking time counts the part of each long task over 50 ms after first contentful paint', () => {
		expect(totalBlockingTime([[100, 200], [900, 60], [1200, 40], [1500, 300]], 1000)).toBe(250);
		expect(totalBlockingTime([[100, 200], [950, 100]], 1000)).toBe(50);
		expect(totalBlockingTime([], 1000)).toBe(0);
	});

	test('takes the median of what was measured', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 2, 3])).toBe(2.5);
		expect(median([])).toBeUndefined();
	});

	test('prints sizes and times for people', () => {
		expect(formatBytes(40 * 1024)).toBe('40.0 KiB');
		expect(formatBytes(1.5 * 1024 * 1024)).toBe('1.50 MiB');
		expect(formatMs(2500)).toBe('2.5 s');
		expect(formatMs(0.42)).toBe('0.4 ms');
	});
});
