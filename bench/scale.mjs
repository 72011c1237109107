// How build cost, page sizes and the search index grow with the course: generated courses of
// several sizes in four languages are built and measured, and whatever breaks is reported.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildCourse, buildSummary, listFiles } from './build.mjs';
import { generateCourse, GENERATED_LOCALES } from './generate-course.mjs';
import { measureSearch } from './search.mjs';
import { MAX_FILE_BYTES, PACKS_REPORT } from '../src/integrations/service-worker.ts';

/** The per-file precache limit sw.js is built with (maximumFileSizeToCacheInBytes): larger files are not saved for offline use. */
export const PRECACHE_LIMIT = MAX_FILE_BYTES;

/** Files the service worker never precaches, whatever their size. */
const notPrecached = (path) => path === 'sw.js' || path === PACKS_REPORT || path.endsWith('.map');

/** The largest files and the largest page of a built site, and the files over the precache limit. */
export function largeFiles(siteDir, top = 3) {
	const files = listFiles(siteDir).map((path) => ({ path, bytes: statSync(join(siteDir, path)).size }));
	files.sort((a, b) => b.bytes - a.bytes);
	const withGzip = (f) => f && { ...f, gzip: gzipSync(readFileSync(join(siteDir, f.path))).length };
	const totalBytes = files.reduce((n, f) => n + f.bytes, 0);
	return {
		totalBytes,
		files: files.length,
		largest: files.slice(0, top).map(withGzip),
		largestPage: withGzip(files.find((f) => f.path.endsWith('.html'))),
		precacheLimit: PRECACHE_LIMIT,
		overPrecacheLimit: files.filter((f) => f.bytes > PRECACHE_LIMIT && !notPrecached(f.path)),
	};
}

/**
 * Offline pack sizes from the build's precache manifest (offline-packs.json, written with sw.js):
 * per pack, the files, their bytes as stored, and their bytes gzipped as the server sends them.
 */
export function offlinePacksFromBuild(siteDir) {
	const manifest = join(siteDir, 'offline-packs.json');
	if (!existsSync(manifest)) return undefined;
	const packs = {};
	for (const entry of JSON.parse(readFileSync(manifest, 'utf8')).entries) {
		const path = join(siteDir, entry.url === './' ? 'index.html' : entry.url.endsWith('/') ? `${entry.url}index.html` : entry.url);
		const pack = (packs[entry.pack] ??= { files: 0, bytes: 0, gzip: 0 });
		const body = readFileSync(path);
		pack.files++;
		pack.bytes += body.length;
		pack.gzip += COMPRESSED.test(path) ? gzipSync(body).length : body.length;
	}
	return packs;
}

/** What scripts/serve.mjs gzips. */
const COMPRESSED = /\.(html|css|m?js|json|webmanifest|svg|txt|xml)$/;

/** Generate, build and measure one course size; a failure is part of the result, never thrown. */
export async function measureScale({ lessons, workDir, timeoutMs, log = () => {} }) {
	const dir = join(workDir, `generated-${lessons}`);
	const generated = generateCourse({ dir, lessons, locales: GENERATED_LOCALES });
	log(`generated ${lessons} lessons × ${GENERATED_LOCALES.length} languages (${generated.files} files, ${(generated.bytes / 1e6).toFixed(1)} MB); building…`);
	const build = await buildCourse({ name: `generated-${lessons}`, outDir: join(dir, 'site'), cacheDir: join(dir, 'cache'), log: join(dir, 'build.log'), contentDir: generated.contentDir, config: generated.configPath, timeoutMs });
	const result = { lessons, locales: GENERATED_LOCALES, modules: generated.modules, contentFiles: generated.files, contentBytes: generated.bytes, build: buildSummary(build) };
	if (!build.ok) {
		log(`build of ${lessons} lessons FAILED: ${build.error}`);
		return result;
	}
	log(`built ${build.pages} pages in ${(build.ms / 1000).toFixed(1)} s; measuring search…`);
	result.output = largeFiles(build.outDir);
	result.offlinePacks = offlinePacksFromBuild(build.outDir);
	result.search = await measureSearch(build.outDir, GENERATED_LOCALES);
	return result;
}
