import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { injectManifest } from 'workbox-build';
import { groupByPack, packOf, requestPath, type PackEntry } from '../lib/offline/packs.ts';

/** The precache manifest as JSON next to sw.js, for hosts, tests and the benchmark; the worker never fetches it. */
export const PACKS_REPORT = 'offline-packs.json';

/** Files Workbox may precache above this size are left out with a warning; a lunr index grows with the course. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

interface ServiceWorkerOptions {
	/** The built site. */
	outDir: string;
	/** The project root, where the worker's source and node_modules are. */
	root: string;
	/** The worker's TypeScript source. */
	source: string;
	locales: string[];
	/** Browsers the worker's JavaScript must run on, as for the rest of the site. */
	target: string | string[];
}

/** What the build wrote: every precached file, in the order the worker installs them. */
export interface ServiceWorkerResult {
	entries: PackEntry[];
	warnings: string[];
}

/** Bundle the worker's source with its Workbox modules into one classic script (Safari 15 has no module workers). */
async function bundleWorker({ root, source, target }: ServiceWorkerOptions, outFile: string): Promise<void> {
	const output = await build({
		root,
		configFile: false,
		logLevel: 'warn',
		mode: 'production',
		publicDir: false,
		// Workbox's modules keep their development logging behind this check.
		define: { 'process.env.NODE_ENV': JSON.stringify('production') },
		build: {
			write: false,
			target,
			minify: true,
			modulePreload: false,
			copyPublicDir: false,
			reportCompressedSize: false,
			rolldownOptions: { input: source, output: { format: 'iife', entryFileNames: 'sw.js' } },
		},
	});
	const chunk = [output].flat().flatMap((result) => ('output' in result ? result.output : [])).find((file) => file.type === 'chunk');
	if (!chunk || chunk.type !== 'chunk') throw new Error(`Bundling ${source} produced no script.`);
	await writeFile(outFile, chunk.code);
}

/** Describe each built file as a PackEntry: the URL it is requested at, its integrity, size and pack. */
function packEntries(outDir: string, locales: string[]) {
	return async (manifest: Array<{ url: string; revision: string | null; size: number }>) => {
		const entries = await Promise.all(
			manifest.map(async (entry): Promise<PackEntry & { size: number }> => {
				const digest = createHash('sha256').update(await readFile(join(outDir, entry.url))).digest('base64');
				return { ...entry, url: requestPath(entry.url), integrity: `sha256-${digest}`, bytes: entry.size, pack: packOf(entry.url, locales) };
			}),
		);
		// The shell first: the worker installs in this order, so the offline page is ready before the lessons.
		const { shell, byLocale } = groupByPack(entries, locales);
		return { manifest: [...shell, ...locales.flatMap((locale) => byLocale[locale] ?? [])] };
	};
}

/**
 * Write sw.js into the built site: the worker bundled from its source, with Workbox's precache
 * manifest of every built file injected (the shell and one pack per language), then the same
 * manifest as PACKS_REPORT.
 */
export async function writeServiceWorker(options: ServiceWorkerOptions): Promise<ServiceWorkerResult> {
	const { outDir, locales } = options;
	const work = await mkdtemp(join(tmpdir(), 'civitas-sw-'));
	try {
		const swSrc = join(work, 'sw.js');
		await bundleWorker(options, swSrc);
		const transform = packEntries(outDir, locales);
		let entries: PackEntry[] = [];
		// The last transform sees the manifest exactly as Workbox injects it; keep it for the report.
		const { warnings } = await injectManifest({
			swSrc,
			swDest: join(outDir, 'sw.js'),
			globDirectory: outDir,
			globPatterns: ['**/*'],
			globIgnores: ['sw.js', PACKS_REPORT, '**/*.map'],
			// Astro's hashed file names change with their content: no revision needed, and the browser's cache may serve them.
			dontCacheBustURLsMatching: /^_astro\//,
			maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
			manifestTransforms: [
				async (manifest) => {
					const result = await transform(manifest);
					entries = result.manifest;
					return result;
				},
			],
		});
		await writeFile(join(outDir, PACKS_REPORT), `${JSON.stringify({ entries }, null, '\t')}\n`);
		return { entries, warnings };
	} finally {
		await rm(work, { recursive: true, force: true });
	}
}
