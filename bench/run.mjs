#!/usr/bin/env node
// `npm run bench`: build the real course and generated courses, measure them, print a report,
// write bench/results/latest.json and latest.md, and check the figures against bench/budgets.json.
// Options: --quick (a reduced set in a few minutes), --no-fail (exit 0 even when a budget fails),
// --skip-scale (only the real course).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BUILD_ROOT, ROOT } from '../tests/sites.mjs';
import { launchBrowser } from './browser.mjs';
import { buildCourse, buildSummary, listFiles } from './build.mjs';
import { checkBudgets, loadBudgets, metricsFromResults } from './budgets.mjs';
import { measureOffline } from './offline.mjs';
import { measureFirstVisit, measureQuizTap, pageTargets } from './pages.mjs';
import { formatReport } from './report.mjs';
import { largeFiles, measureScale } from './scale.mjs';
import { measureSearch } from './search.mjs';
import { startServer } from './server.mjs';
import { firstVisitTimings, repeatVisitTimings } from './timings.mjs';

const MODES = {
	quick: { runs: 1, sizes: [100, 400], buildTimeoutMs: 15 * 60_000 },
	full: { runs: 3, sizes: [500, 2000], buildTimeoutMs: 90 * 60_000 },
};
const LAB_PAGES = ['home', 'lesson'];

const { values: options } = parseArgs({ options: { quick: { type: 'boolean' }, 'no-fail': { type: 'boolean' }, 'skip-scale': { type: 'boolean' } } });
const mode = options.quick ? 'quick' : 'full';
const settings = MODES[mode];
const workDir = join(BUILD_ROOT, 'bench');
const resultsDir = join(ROOT, 'bench', 'results');
const started = performance.now();
const log = (message) => console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

/** Run one part of the benchmark; an error becomes part of the results instead of ending the run. */
async function part(name, work) {
	try {
		return await work();
	} catch (error) {
		log(`${name} could not be measured: ${error.message}`);
		return { error: `${name} could not be measured: ${error.message}` };
	}
}

/** The shipped locales of the real course, from its site configuration (CIVITAS_CONFIG or civitas.config.json). */
function realLocales() {
	const file = resolve(ROOT, process.env.CIVITAS_CONFIG ?? 'civitas.config.json');
	return JSON.parse(readFileSync(file, 'utf8')).locales;
}

async function measureRealCourse(browser) {
	const siteDir = join(workDir, 'real', 'site');
	log('building the real course…');
	const build = await buildCourse({ name: 'real', outDir: siteDir, cacheDir: join(workDir, 'real', 'cache'), log: join(workDir, 'real', 'build.log') });
	const real = { build: buildSummary(build) };
	if (!build.ok) {
		log(`the real course did not build: ${build.error}`);
		return real;
	}
	const locales = realLocales();
	real.locales = locales;
	real.lessons = locales.reduce((n, l) => n + new Set(listFiles(join(siteDir, l, 'lessons')).map((f) => f.split('/')[0])).size, 0);
	real.output = largeFiles(siteDir);
	log(`built ${build.pages} pages in ${(build.ms / 1000).toFixed(1)} s`);

	const server = await startServer({ dir: siteDir });
	try {
		const { targets, missing } = pageTargets(siteDir, locales);
		real.missing = missing;
		real.pages = [];
		for (const target of targets) {
			log(`first visit ${target.path}`);
			real.pages.push({ ...target, ...(await measureFirstVisit(browser, server.origin, target.path)) });
		}
		real.quizTap = {};
		for (const target of targets.filter((t) => t.type === 'lesson')) {
			log(`quiz tap ${target.path}`);
			real.quizTap[target.locale] = await part('the quiz tap', () => measureQuizTap(browser, server.origin, target.path));
		}
		const hasServiceWorker = existsSync(join(siteDir, 'sw.js'));
		real.lab = [];
		for (const target of targets.filter((t) => LAB_PAGES.includes(t.type))) {
			const quiz = target.type === 'lesson';
			log(`lab timings ${target.path} (${settings.runs} run${settings.runs > 1 ? 's' : ''}, first visit)`);
			const first = await part('first-visit timings', () => firstVisitTimings(browser, server.origin, target.path, { runs: settings.runs, quiz }));
			let repeat = { available: false, reason: 'the build has no service worker (sw.js) yet, so there is no repeat visit with the server stopped' };
			if (hasServiceWorker) {
				log(`lab timings ${target.path} (repeat visit, server stopped)`);
				repeat = await part('repeat-visit timings', () => repeatVisitTimings(browser, server, target.path, { runs: settings.runs, quiz }));
				if (repeat.error) repeat = { available: false, reason: repeat.error };
			}
			real.lab.push({ type: target.type, locale: target.locale, path: target.path, first, repeat });
		}
		log('offline packs…');
		real.offline = await part('the offline pack', () => measureOffline({ browser, server, siteDir, locales }));
		log('search index…');
		real.search = await part('the search index', () => measureSearch(siteDir, locales, { withQuerySet: true }));
	} finally {
		await server.stop();
	}
	return real;
}

const budgets = loadBudgets();
const browser = await launchBrowser();
// The load average says whether other work shared the machine, which inflates every time measured.
const results = { mode, startedAt: new Date().toISOString(), machine: { cpus: cpus().length, node: process.version, browser: `Chromium ${browser.version()}`, loadAtStart: loadavg()[0] } };
try {
	results.real = await measureRealCourse(browser);
} finally {
	await browser.close();
}
if (!options['skip-scale']) {
	results.scale = [];
	for (const lessons of settings.sizes) {
		log(`generated course of ${lessons} lessons…`);
		results.scale.push(await measureScale({ lessons, workDir, timeoutMs: settings.buildTimeoutMs, log }));
	}
}
results.finishedAt = new Date().toISOString();
results.machine.loadAtEnd = loadavg()[0];
results.budgets = checkBudgets(budgets, metricsFromResults(results));

const report = formatReport(results);
mkdirSync(resultsDir, { recursive: true });
writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(results, null, '\t')}\n`);
writeFileSync(join(resultsDir, 'latest.md'), `${report}\n`);
console.log(report);
console.log(`\nFigures written to bench/results/latest.json and latest.md (${((performance.now() - started) / 60_000).toFixed(1)} min).`);

const failed = results.budgets.some((r) => r.status === 'FAIL') || !results.real.build.ok;
if (failed && !options['no-fail']) process.exitCode = 1;
