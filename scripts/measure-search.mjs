// Search figures for each shipped language, on the built reference course: index size (raw and
// gzipped), time to load and parse it, query time over the query set, and the top-3 rate.
// Node figures come from this machine; browser figures from Chromium with the CPU slowed 4×,
// roughly a cheap Android phone. Run after building: `node scripts/measure-search.mjs [--json]`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openSearch } from '../src/lib/search/engine.ts';
import { loadSiteConfig } from '../src/lib/site/config.ts';
import { builtSite, ROOT } from '../tests/sites.mjs';

const RUNS = 5;
const TOP = 3;
const CPU_SLOWDOWN = 4;

const percentile = (values, p) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const median = (values) => percentile(values, 50);
const round = (n, digits = 2) => Number(n.toFixed(digits));

/** Size, load time, query times and top-3 rate of one locale's index, measured in Node. */
async function measureInNode(dir, locale) {
	const raw = readFileSync(join(dir, locale, 'search-index.json'));
	const loads = [];
	let search;
	for (let run = 0; run < RUNS; run++) {
		const started = performance.now();
		search = await openSearch(JSON.parse(raw.toString('utf8')));
		loads.push(performance.now() - started);
	}
	const set = JSON.parse(readFileSync(join(ROOT, 'tests', 'search-queries', `${locale}.json`), 'utf8'));
	const queries = [...set.find.map((f) => f.query), ...set.nothing];
	// Warm up once, as a learner's first keystroke does, then time every query of the set.
	for (const query of queries) search.search(query);
	const times = [];
	for (let run = 0; run < RUNS; run++) {
		for (const query of queries) {
			const started = performance.now();
			search.search(query);
			times.push(performance.now() - started);
		}
	}
	const found = set.find.filter(({ query, target }) => {
		const rank = search.search(query).hits.findIndex((h) => `${h.document.kind}:${h.document.id}` === target);
		return rank >= 0 && rank < TOP;
	}).length;
	const file = JSON.parse(raw.toString('utf8'));
	return {
		locale,
		documents: file.documents.length,
		languages: Object.keys(file.indexes),
		rawBytes: raw.length,
		gzipBytes: gzipSync(raw, { level: 9 }).length,
		loadMs: { median: round(median(loads)), first: round(loads[0]) },
		queryMs: { median: round(median(times), 3), p95: round(percentile(times, 95), 3), queries: queries.length },
		top3: { found, of: set.find.length, rate: round(found / set.find.length, 3) },
	};
}

/** Time from the first keystroke to a searchable index in Chromium with a slowed CPU, as the search page measures it. */
async function measureInBrowser(dir, base, locales) {
	const { chromium } = await import('@playwright/test');
	const { createSiteServer } = await import('./serve.mjs');
	const server = createSiteServer({ dir, base });
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${server.address().port}`;
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
	const out = {};
	try {
		for (const locale of locales) {
			const loads = [];
			for (let run = 0; run < RUNS; run++) {
				const page = await browser.newPage();
				const cdp = await page.context().newCDPSession(page);
				await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
				await page.goto(`${origin}${base}${locale}/search/`);
				await page.locator('#search-query').focus();
				await page.waitForFunction(() => performance.getEntriesByName('civitas:search-index-load').length > 0);
				loads.push(await page.evaluate(() => performance.getEntriesByName('civitas:search-index-load')[0].duration));
				await page.close();
			}
			out[locale] = { loadMs: { median: round(median(loads), 0), max: round(Math.max(...loads), 0) }, cpuSlowdown: CPU_SLOWDOWN };
		}
	} finally {
		await browser.close();
		server.close();
	}
	return out;
}

const { dir, base } = builtSite('root');
const { locales } = loadSiteConfig(join(ROOT, 'civitas.config.json'));
const node = [];
for (const locale of locales) node.push(await measureInNode(dir, locale));
const browser = await measureInBrowser(dir, base, locales);
const figures = node.map((n) => ({ ...n, browser: browser[n.locale] }));

if (process.argv.includes('--json')) console.log(JSON.stringify(figures, null, '\t'));
else {
	const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
	for (const f of figures) {
		console.log(
			`search ${f.locale}: ${f.documents} pages (${f.languages.join(' + ')}), index ${kb(f.rawBytes)} (${kb(f.gzipBytes)} gzipped); ` +
				`load ${f.loadMs.median} ms in Node, ${f.browser.loadMs.median} ms in Chromium at ${f.browser.cpuSlowdown}× slower CPU (max ${f.browser.loadMs.max}); ` +
				`query median ${f.queryMs.median} ms, p95 ${f.queryMs.p95} ms over ${f.queryMs.queries} queries; ` +
				`top-${TOP} ${f.top3.found}/${f.top3.of} (${(f.top3.rate * 100).toFixed(1)}%)`
		);
	}
}
