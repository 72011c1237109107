import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { SearchDocument, SearchIndexFile } from '../../../src/lib/search/types.ts';
import { loadSiteConfig } from '../../../src/lib/site/config.ts';
import { fileForPath } from '../../built/pages.ts';
import { builtSite, ROOT } from '../../sites.mjs';

const site = loadSiteConfig(join(ROOT, 'civitas.config.json'));

/** The language of the element carrying `marker`, read from its lang attribute, else the page's. */
function contentLang(html: string, marker: RegExp, locale: string): string {
	const tag = html.match(marker)?.[0];
	if (!tag) throw new Error(`no element matches ${marker}`);
	return tag.match(/\slang="([^"]+)"/)?.[1] ?? locale;
}

const pagesUnder = (dir: string) => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name) : []);

/** What the built pages of a locale show, as search should index it: kind:id → language. */
function pagesOf(dir: string, locale: string): Map<string, string> {
	const pages = new Map<string, string>();
	const read = (...path: string[]) => readFileSync(join(dir, locale, ...path, 'index.html'), 'utf8');
	for (const id of pagesUnder(join(dir, locale, 'lessons'))) pages.set(`lesson:${id}`, read('lessons', id).match(/data-content-locale="([^"]+)"/)![1]!);
	for (const id of pagesUnder(join(dir, locale, 'modules'))) pages.set(`module:${id}`, contentLang(read('modules', id), /<h1[^>]*>/, locale));
	for (const id of pagesUnder(join(dir, locale, 'teacher'))) {
		const html = read('teacher', id);
		if (html.includes('class="guide-body"')) pages.set(`teacher:${id}`, contentLang(html, /<div class="guide-body"[^>]*>/, locale));
	}
	for (const [tag, id] of read('glossary').matchAll(/<div id="([a-z0-9-]+)" class="card"[^>]*>/g)) pages.set(`glossary:${id}`, contentLang(tag, /<div[^>]*>/, locale));
	return pages;
}

describe.each(site.locales)('the %s search index', (locale) => {
	const { dir, base } = builtSite('root');
	const file = JSON.parse(readFileSync(join(dir, locale, 'search-index.json'), 'utf8')) as SearchIndexFile;
	const key = (doc: SearchDocument) => (doc.kind === 'teacher' ? `teacher:${doc.module!.id}` : `${doc.kind}:${doc.id}`);

	test('holds every lesson, module, glossary term and teacher guide the site shows, once, in the language it is shown in', () => {
		const indexed = new Map(file.documents.map((doc) => [key(doc), doc.lang]));
		expect(indexed.size, 'each page once').toBe(file.documents.length);
		expect(Object.fromEntries(indexed)).toEqual(Object.fromEntries(pagesOf(dir, locale)));
	});

	test('has one lunr index per language its pages are written in', () => {
		expect(Object.keys(file.indexes).sort()).toEqual([...new Set(file.documents.map((d) => d.lang))].sort());
		expect(file.locale).toBe(locale);
	});

	test('links every result to a page of the built site', () => {
		const broken = file.documents.filter((doc) => !doc.href.startsWith(`${base}${locale}/`) || !fileForPath(dir, base, doc.href.split('#')[0]!));
		expect(broken.map((d) => d.href)).toEqual([]);
	});

	test('shows lesson snippets from learner text only, never teacher notes', () => {
		const lessons = file.documents.filter((d) => d.kind === 'lesson');
		expect(lessons.length).toBeGreaterThan(0);
		const notes = lessons.flatMap((lesson) => {
			const html = readFileSync(join(dir, locale, 'lessons', lesson.id, 'index.html'), 'utf8');
			const note = html.match(/class="box box--teacher"[\s\S]*?<p>([^<]{20,})/)?.[1];
			return note ? [{ lesson, note }] : [];
		});
		expect(notes.length, 'lessons with a teacher note to check').toBeGreaterThan(0);
		for (const { lesson, note } of notes) expect(lesson.text, lesson.id).not.toContain(note.slice(0, 40));
	});
});
