// `npm test`: build each site configuration once, then run the unit and content tests (Vitest)
// and the end-to-end tests (Playwright with the system's Chromium), and print one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from './build-sites.mjs';
import { BUILD_ROOT, SITES } from '../tests/sites.mjs';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromium)) {
	console.error(`No Chromium at ${chromium}: install it (Debian/Ubuntu: "sudo apt-get install chromium") or set CHROMIUM_PATH to a Chromium or Chrome executable.`);
	process.exit(1);
}

const started = performance.now();
const reports = join(BUILD_ROOT, 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

for (const name of Object.keys(SITES)) console.log(`Built the "${name}" site in ${(buildSite(name) / 1000).toFixed(1)} s`);

const env = { ...process.env, CHROMIUM_PATH: chromium, ASTRO_TELEMETRY_DISABLED: '1' };
const run = (command, args, extraEnv = {}) => spawnSync('npx', [command, ...args], { stdio: 'inherit', env: { ...env, ...extraEnv } }).status;

const vitest = run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, 'vitest.json')}`]);
const playwright = run('playwright', ['test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'playwright.json') });

const counts = { passed: 0, failed: 0, skipped: 0 };
try {
	const v = JSON.parse(readFileSync(join(reports, 'vitest.json'), 'utf8'));
	counts.passed += v.numPassedTests;
	counts.failed += v.numFailedTests;
	counts.skipped += v.numPendingTests + v.numTodoTests;
} catch {
	console.error(`Vitest wrote no report to ${join(reports, 'vitest.json')}: its results are not counted, so this run fails.`);
	counts.failed += 1;
}
try {
	const p = JSON.parse(readFileSync(join(reports, 'playwright.json'), 'utf8'));
	counts.passed += p.stats.expected + p.stats.flaky;
	counts.failed += p.stats.unexpected;
	counts.skipped += p.stats.skipped;
} catch {
	console.error(`Playwright wrote no report to ${join(reports, 'playwright.json')}: its results are not counted, so this run fails.`);
	counts.failed += 1;
}
console.log(`\nnpm test took ${((performance.now() - started) / 1000).toFixed(0)} s`);
console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(vitest === 0 && playwright === 0 && counts.failed === 0 && counts.passed > 0 ? 0 : 1);
