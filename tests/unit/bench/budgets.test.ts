import { describe, expect, test } from 'vitest';
import { checkBudgets, loadBudgets, metricsFromResults } from '../../../bench/budgets.mjs';
import { formatReport } from '../../../bench/report.mjs';

const budgets = loadBudgets();
const kib = 1024;

/** Results shaped as bench/run.mjs writes them, with the figures a test needs. */
function results({ lessonGzip = 30 * kib, tapJs = 10 * kib, lcp = 2000, pack = 1024 * kib, perPage = [20, 21] as (number | undefined)[], quiz = true } = {}) {
	const js = (gzip: number) => ({ raw: gzip * 3, gzip, requests: 2 });
	const page = (type: string, locale: string, gzip: number) => ({ type, locale, path: `/${locale}/`, html: js(gzip), css: js(0), js: js(0), image: js(0), font: js(0), other: js(0), all: js(gzip), withoutImages: js(gzip) });
	return {
		mode: 'quick',
		machine: { cpus: 2, node: 'v24', browser: 'Chromium' },
		finishedAt: 'now',
		real: {
			build: { ok: true, ms: 1000, pages: 10, msPerPage: 100 },
			pages: [page('home', 'en', 50 * kib), page('lesson', 'en', lessonGzip), page('lesson', 'ar', lessonGzip)],
			quizTap: {
				en: quiz ? { available: true, before: js(tapJs), after: js(30 * kib) } : { available: false, reason: 'no quiz island yet', jsByLoad: js(0) },
			},
			lab: [{ type: 'lesson', locale: 'en', first: { runs: 1, fcp: 900, lcp, tbt: 0 }, repeat: { available: false, reason: 'no sw.js' } }],
			offline: { locales: { en: { available: true, transferred: pack, stored: pack * 2 }, ar: { available: false, reason: 'no sw.js' } } },
		},
		scale: perPage.map((msPerPage, i) => ({ lessons: [500, 2000][i], locales: ['en', 'ar', 'fr', 'es'], build: msPerPage === undefined ? { ok: false, error: 'ran out of memory' } : { ok: true, ms: msPerPage * 100, pages: 100, msPerPage } })),
	};
}

const statusOf = (rows: ReturnType<typeof checkBudgets>, id: string, scope?: string) => rows.filter((r) => r.id === id && (scope === undefined || r.scope === scope)).map((r) => r.status);

describe('the budget checker', () => {
	test('passes figures within every budget, one line per language', () => {
		const rows = checkBudgets(budgets, metricsFromResults(results()));
		expect(statusOf(rows, 'lesson-first-visit')).toEqual(['PASS', 'PASS']);
		expect(statusOf(rows, 'js-until-quiz-tap')).toEqual(['PASS']);
		expect(statusOf(rows, 'lesson-lcp-slow')).toEqual(['PASS']);
		expect(statusOf(rows, 'offline-pack', 'en')).toEqual(['PASS']);
		expect(statusOf(rows, 'build-per-page-growth')).toEqual(['PASS']);
	});

	test('fails each figure over its budget', () => {
		const rows = checkBudgets(budgets, metricsFromResults(results({ lessonGzip: 41 * kib, tapJs: 16 * kib, lcp: 2600, pack: 1.6 * 1024 * kib, perPage: [20, 23] })));
		expect(statusOf(rows, 'lesson-first-visit')).toEqual(['FAIL', 'FAIL']);
		expect(statusOf(rows, 'js-until-quiz-tap')).toEqual(['FAIL']);
		expect(statusOf(rows, 'lesson-lcp-slow')).toEqual(['FAIL']);
		expect(statusOf(rows, 'offline-pack', 'en')).toEqual(['FAIL']);
		expect(statusOf(rows, 'build-per-page-growth')).toEqual(['FAIL']);
	});

	test('a value exactly at its limit passes; per-page build time may grow by the stated tolerance', () => {
		const rows = checkBudgets(budgets, metricsFromResults(results({ lessonGzip: 40 * kib, perPage: [20, 22] })));
		expect(statusOf(rows, 'lesson-first-visit')).toEqual(['PASS', 'PASS']);
		expect(statusOf(rows, 'build-per-page-growth')).toEqual(['PASS']);
	});

	test('marks what could not be measured N/A with the reason, and a build that broke at scale as FAIL', () => {
		const rows = checkBudgets(budgets, metricsFromResults(results({ quiz: false, perPage: [20, undefined] })));
		const tap = rows.find((r) => r.id === 'js-until-quiz-tap')!;
		expect(tap.status).toBe('N/A');
		expect(tap.note).toMatch(/no quiz island/);
		expect(statusOf(rows, 'offline-pack', 'ar')).toEqual(['N/A']);
		const growth = rows.find((r) => r.id === 'build-per-page-growth')!;
		expect(growth.status).toBe('FAIL');
		expect(growth.note).toMatch(/ran out of memory/);
	});

	test('when the real course does not build, its budgets say so instead of passing', () => {
		const broken = results();
		broken.real.build = { ok: false, error: 'exited with code 1', ms: 10, pages: 0, msPerPage: 0 } as never;
		const rows = checkBudgets(budgets, metricsFromResults(broken));
		expect(statusOf(rows, 'lesson-first-visit')).toEqual(['N/A']);
		expect(rows.find((r) => r.id === 'lesson-first-visit')!.note).toMatch(/did not build/);
	});

	test('the report says FAIL clearly and names the failed budgets', () => {
		const failing = { ...results({ lessonGzip: 41 * kib }), budgets: [] as ReturnType<typeof checkBudgets> };
		failing.budgets = checkBudgets(budgets, metricsFromResults(failing));
		const report = formatReport(failing);
		expect(report).toMatch(/^FAIL: 2 budget check\(s\) failed: lesson-first-visit \(en\), lesson-first-visit \(ar\)\.$/m);
		const passing = { ...results(), budgets: [] as ReturnType<typeof checkBudgets> };
		passing.budgets = checkBudgets(budgets, metricsFromResults(passing));
		expect(formatReport(passing)).toMatch(/All measured budgets pass\./);
	});
});
