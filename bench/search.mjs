// Search index size and query time per locale, read from a built site: through the search team's
// scripts/measure-search.mjs for the real course, and for generated courses by loading
// /{locale}/search-index.json with the site's own engine (src/lib/search/engine.ts) in Node.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../tests/sites.mjs';
import { median } from './timings.mjs';

const INDEX_FILE = 'search-index.json';
const SHARED_SCRIPT = join(ROOT, 'scripts', 'measure-search.mjs');
const TIMED_RUNS = 5;

/** Queries a learner might type, taken from the index's own documents: a title word, a whole title, a word being typed. */
export function sampleQueries(documents, count = 12) {
	const queries = [];
	const step = Math.max(1, Math.floor(documents.length / count));
	for (let i = 0; i < documents.length && queries.length < count; i += step) {
		const words = documents[i].title.split(/\s+/).filter((w) => w.length >= 5);
		if (!words.length) continue;
		const word = words[queries.length % words.length];
		queries.push([word, documents[i].title, word.slice(0, 4)][queries.length % 3]);
	}
	return queries;
}

/** Time loading an index file and answering queries with the site's own engine, in Node. */
async function timeQueries(file) {
	const { openSearch } = await import(pathToFileURL(join(ROOT, 'src/lib/search/engine.ts')).href);
	const parsed = JSON.parse(readFileSync(file, 'utf8'));
	const loadStarted = performance.now();
	const search = await openSearch(parsed);
	const loadMs = performance.now() - loadStarted;
	const perQuery = sampleQueries(parsed.documents).map((query) => {
		const times = [];
		let hits = 0;
		for (let i = 0; i < TIMED_RUNS; i++) {
			const started = performance.now();
			hits = search.search(query).hits.length;
			times.push(performance.now() - started);
		}
		return { query, ms: median(times), hits };
	});
	const all = perQuery.map((q) => q.ms);
	return { loadMs, queryMs: median(all), queryMaxMs: Math.max(...all), queries: perQuery.length, documents: parsed.documents.length };
}

/**
 * The search team's figures for the real course (scripts/measure-search.mjs --json): it measures
 * the "root" site of a build folder, so it is pointed at the folder that holds `siteDir`.
 */
function sharedFigures(siteDir) {
	if (basename(siteDir) !== 'site') throw new Error(`scripts/measure-search.mjs reads a folder named "site", not ${siteDir}`);
	const run = spawnSync(process.execPath, ['--experimental-strip-types', SHARED_SCRIPT, '--json'], {
		cwd: ROOT,
		env: { ...process.env, CIVITAS_BUILD_ROOT: dirname(siteDir) },
		encoding: 'utf8',
		timeout: 15 * 60_000,
		maxBuffer: 16 * 1024 * 1024,
	});
	if (run.status !== 0) throw new Error(`scripts/measure-search.mjs failed: ${(run.stderr || run.error?.message || '').trim().split('\n').at(-1)}`);
	return Object.fromEntries(
		JSON.parse(run.stdout).map((f) => [
			f.locale,
			{ available: true, raw: f.rawBytes, gzip: f.gzipBytes, documents: f.documents, loadMs: f.loadMs.median, queryMs: f.queryMs.median, queryMaxMs: f.queryMs.p95, queries: f.queryMs.queries, browserLoadMs: f.browser?.loadMs?.median, top3: f.top3 },
		])
	);
}

/** Our own figures for each locale of a built site, from its search-index.json files; what cannot be measured says why. */
async function ownFigures(siteDir, locales) {
	const out = {};
	for (const locale of locales) {
		const file = join(siteDir, locale, INDEX_FILE);
		if (!existsSync(file)) {
			out[locale] = { available: false, reason: `no /${locale}/${INDEX_FILE} in the build` };
			continue;
		}
		const bytes = readFileSync(file);
		const figures = { available: true, raw: bytes.length, gzip: gzipSync(bytes).length };
		try {
			Object.assign(figures, await timeQueries(file));
		} catch (error) {
			figures.queryNote = `query time not measured: ${error.message}`;
		}
		out[locale] = figures;
	}
	return out;
}

/**
 * Search index size and query time per locale. The real course (`withQuerySet`) is measured by the
 * search team's script when it exists, with its query set and a browser figure; generated courses,
 * which have no query set, by loading their indexes with the site's engine here.
 */
export async function measureSearch(siteDir, locales, { withQuerySet = false } = {}) {
	if (withQuerySet && existsSync(SHARED_SCRIPT)) {
		try {
			return { source: 'scripts/measure-search.mjs', locales: sharedFigures(siteDir) };
		} catch (error) {
			return { source: 'bench/search.mjs', note: error.message, locales: await ownFigures(siteDir, locales) };
		}
	}
	return { source: 'bench/search.mjs', locales: await ownFigures(siteDir, locales) };
}
