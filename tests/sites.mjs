// The site configurations the tests build once and share: the reference course at the root,
// and the same course under a sub-path, as a ministry would host it.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

/** Where builds and reports go; CIVITAS_BUILD_ROOT moves them, so parallel work does not collide. */
export const BUILD_ROOT = resolve(process.env.CIVITAS_BUILD_ROOT ?? join(ROOT, '.build'));

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
