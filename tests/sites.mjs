// The site configurations the tests build once and share: the reference course at the root,
// the same course under a sub-path, as a ministry would host it, and a newer version of it.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** The lesson the "update" build changes, and the sentence it adds: a host publishing a new version. */
export const UPDATED_LESSON = { locale: 'en', id: 'secret-ballot', sentence: 'This sentence is new in the updated course.' };

/** Copy the course into `contentDir` with UPDATED_LESSON's sentence added at the end of its lesson. */
function prepareUpdatedCourse(contentDir) {
	rmSync(contentDir, { recursive: true, force: true });
	cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
	const file = join(contentDir, 'lessons', UPDATED_LESSON.locale, `${UPDATED_LESSON.id}.mdx`);
	writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n${UPDATED_LESSON.sentence}\n`);
}

const UPDATED_CONTENT = join(BUILD_ROOT, 'content-update');

/** The lesson whose Arabic translation the "partial" build leaves out: a course still being translated. */
export const UNTRANSLATED_LESSON = { locale: 'ar', id: 'secret-ballot' };

/** Copy the course into `contentDir` without UNTRANSLATED_LESSON's translation. */
function preparePartialCourse(contentDir) {
	rmSync(contentDir, { recursive: true, force: true });
	cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
	rmSync(join(contentDir, 'lessons', UNTRANSLATED_LESSON.locale, `${UNTRANSLATED_LESSON.id}.mdx`));
}

const PARTIAL_CONTENT = join(BUILD_ROOT, 'content-partial');

export const SITES = {
	root: { dir: join(BUILD_ROOT, 'site'), base: '/' },
	civics: { dir: join(BUILD_ROOT, 'civics'), base: '/civics/' },
	// The root course with one lesson changed, for the offline update test (tests/e2e/offline-update.spec.ts).
	update: { dir: join(BUILD_ROOT, 'update'), base: '/', contentDir: UPDATED_CONTENT, prepare: () => prepareUpdatedCourse(UPDATED_CONTENT) },
	// The root course with one Arabic lesson missing, so its English page stands in (tests/e2e/search.spec.ts).
	partial: { dir: join(BUILD_ROOT, 'partial'), base: '/', contentDir: PARTIAL_CONTENT, prepare: () => preparePartialCourse(PARTIAL_CONTENT) },
};

/** The built directory of a site configuration, or a clear error if `npm test` has not built it. */
export function builtSite(name) {
	const site = SITES[name];
	if (!existsSync(join(site.dir, 'index.html'))) {
		throw new Error(`The "${name}" site is not built in ${site.dir}. Run the tests with "npm test", which builds it first.`);
	}
	return site;
}
