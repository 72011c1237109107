// Build a course for the benchmark with `astro build`, timed, with its log kept in a file. A build
// that fails, runs out of memory or out of time is returned as a result to report, never thrown.
import { spawn } from 'node:child_process';
import { cpSync, createWriteStream, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { BUILD_ROOT, ROOT } from '../tests/sites.mjs';

const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
/** Folders of the repository a build does not need: content comes in by CIVITAS_CONTENT_DIR. */
const NOT_COPIED = new Set(['node_modules', 'content', 'dist', 'bench', 'tests', 'docs', 'release', 'test-results', 'playwright-report']);

/**
 * A private copy of the project to build in, named after the build. Astro keeps generated modules
 * in "<root>/.astro/" (content modules, prerender chunks), so two builds started from one checkout
 * at once overwrite each other's files. The copy sits in the build folder, inside the checkout,
 * where Node finds the checkout's node_modules as it does for the project itself.
 */
export function projectCopy(name) {
	const dir = join(BUILD_ROOT, 'bench', 'projects', name);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const entry of readdirSync(ROOT)) {
		if (NOT_COPIED.has(entry) || entry.startsWith('.')) continue;
		cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
	}
	return dir;
}

/**
 * Build one site configuration, called `name`, at the base path "/" into `outDir` from a fresh copy
 * of the project, and time the build.
 * @returns {Promise<{ ok: boolean, ms: number, pages: number, validationMs?: number, outDir: string, log: string, error?: string }>}
 */
export function buildCourse({ name, outDir, cacheDir, log, contentDir = join(ROOT, 'content'), config = resolve(ROOT, process.env.CIVITAS_CONFIG ?? 'civitas.config.json'), timeoutMs = 60 * 60_000 }) {
	// Cold builds only: a cache left by the last run would make build times incomparable.
	for (const dir of [outDir, cacheDir]) rmSync(dir, { recursive: true, force: true });
	mkdirSync(dirname(log), { recursive: true });
	const cwd = projectCopy(name);
	const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CIVITAS_OUT_DIR: outDir, CIVITAS_CACHE_DIR: cacheDir, CIVITAS_BASE: '/', CIVITAS_CONTENT_DIR: contentDir, CIVITAS_CONFIG: config };
	const started = performance.now();
	return new Promise((done) => {
		const out = createWriteStream(log);
		// A process group of its own, so a build past its time limit can be stopped with its workers.
		const child = spawn(process.execPath, [ASTRO, 'build'], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
		child.stdout.pipe(out, { end: false });
		child.stderr.pipe(out, { end: false });
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {
				// It ended on its own in the meantime.
			}
		}, timeoutMs);
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			out.end(() => {
				const ms = performance.now() - started;
				const text = readFileSync(log, 'utf8');
				const pages = countPages(outDir);
				const ok = code === 0 && !timedOut && pages > 0;
				const validationMs = Number(/content files valid in (\d+) ms/.exec(text)?.[1]) || undefined;
				done({ ok, ms, pages, validationMs, outDir, log, ...(ok ? {} : { error: failureReason({ code, signal, timedOut, timeoutMs, text, log }) }) });
			});
		});
	});
}

/** The figures of a build kept in the results: time, pages, time per page, content validation time. */
export function buildSummary({ ok, ms, pages, validationMs, error, log }) {
	return { ok, ms, pages, msPerPage: pages ? ms / pages : undefined, validationMs, error, log };
}

/** Why a build failed, in one line a reader can act on. */
function failureReason({ code, signal, timedOut, timeoutMs, text, log }) {
	if (timedOut) return `did not finish within ${Math.round(timeoutMs / 60_000)} min and was stopped (log: ${log})`;
	if (/heap out of memory|Reached heap limit/i.test(text)) return `ran out of memory (JavaScript heap; log: ${log})`;
	if (signal) return `was killed by ${signal} (log: ${log})`;
	const firstError = text.split('\n').find((line) => /\[ERROR\]|Error:/.test(line));
	return `exited with code ${code}${firstError ? `: ${stripAnsi(firstError).trim().slice(0, 200)}` : ''} (log: ${log})`;
}

const stripAnsi = (s) => s.replace(/\x1b\[[0-9;]*m/g, '');

/** Number of HTML pages in a built site. */
function countPages(dir) {
	return listFiles(dir).filter((f) => f.endsWith('.html')).length;
}

/** Every file under a folder, as paths relative to it (empty when the folder does not exist). */
export function listFiles(dir) {
	const files = [];
	const walk = (folder) => {
		let names;
		try {
			names = readdirSync(folder);
		} catch {
			return;
		}
		for (const name of names) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) walk(path);
			else files.push(relative(dir, path));
		}
	};
	walk(dir);
	return files.sort();
}
