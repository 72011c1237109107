// The site configurations the tests build once and share: the reference course at the root,
// and the same course under a sub-path, as a ministry would host it.
import { existsSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

/**
 * Where builds and reports go; CIVITAS_BUILD_ROOT names another folder, so parallel work does not
 * collide. Builds must stay inside the project: Astro's prerender step imports packages from the
 * output folder, which only resolve below node_modules' parent. A folder elsewhere is moved under .build/.
 */
export const BUILD_ROOT = buildRoot(process.env.CIVITAS_BUILD_ROOT);

function buildRoot(requested) {
	if (!requested) return join(ROOT, '.build');
	const path = resolve(ROOT, requested);
	return relative(ROOT, path).startsWith('..') ? join(ROOT, '.build', basename(path)) : path;
}

export const SITES = {
	root: { dir: join(BUILD_ROOT, 'site'), base: '/' },
	civics: { dir: join(BUILD_ROOT, 'civics'), base: '/civics/' },
};

/** The built directory of a site configuration, or a clear error if `npm test` has not built it. */
export function builtSite(name) {
	const site = SITES[name];
	if (!existsSync(join(site.dir, 'index.html'))) {
		throw new Error(`The "${name}" site is not built in ${site.dir}. Run the tests with "npm test", which builds it first.`);
	}
	return site;
}
