// Build every site configuration the tests and the benchmark use, each once.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { BUILD_ROOT, SITES } from '../tests/sites.mjs';

/** Build one configuration into its folder; returns the build time in milliseconds. */
export function buildSite(name) {
	const { dir, base, contentDir, prepare } = SITES[name];
	prepare?.();
	const started = performance.now();
	// Astro lists every page it writes; show that only when the build fails.
	const result = spawnSync('npx', ['astro', 'build'], {
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CIVITAS_OUT_DIR: dir, CIVITAS_BASE: base, CIVITAS_CACHE_DIR: join(BUILD_ROOT, `cache-${name}`), ...(contentDir && { CIVITAS_CONTENT_DIR: contentDir }) },
	});
	if (result.status !== 0) {
		process.stdout.write(result.stdout ?? '');
		process.stderr.write(result.stderr ?? '');
		throw new Error(`Building the "${name}" site failed; see the messages above.`);
	}
	return performance.now() - started;
}

if (import.meta.main) {
	for (const name of Object.keys(SITES)) console.log(`built ${name} in ${Math.round(buildSite(name))} ms`);
}
