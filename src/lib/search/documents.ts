import { courseFor, localised, type Localised } from '../content/collections.ts';
import { learnerText, stripMarkup } from '../content/learnerText.ts';
import { localeUrl } from '../site/urls.ts';
import type { IndexInput } from './types.ts';

/**
 * How much each kind of page counts against the others when both match equally well. Learners
 * search far more than teachers, and a short glossary entry should not push its lessons away.
 */
const KIND_BOOST = { lesson: 1, module: 1, glossary: 0.8, teacher: 0.5 };

type ModuleRef = { id: string; title: string; lang: string };

/** Every line of an MDX body as plain text, for teacher guides, which are read whole. */
const plainLines = (body: string) =>
	body
		.split('\n')
		.filter((line) => !/^\s*(import|export)\s/.test(line))
		.map(stripMarkup)
		.filter(Boolean);

/** Titles of a lesson's activities, which learners remember ("Two elections"). */
const activityTitles = (body: string) => [...body.matchAll(/<Activity\s[^>]*title="([^"]+)"/g)].map((m) => m[1]!);

function lessonInput(locale: string, lesson: Localised<'lessons'>, module: ModuleRef, keyTermNames: string): IndexInput {
	const { title, summary, objectives } = lesson.entry.data;
	const body = lesson.entry.body ?? '';
	const text = learnerText(body, 1).map((l) => l.text);
	return {
		document: { kind: 'lesson', id: lesson.id, lang: lesson.contentLocale, title, href: localeUrl(locale, 'lessons', lesson.id), module, text: [summary, ...text].join(' ') },
		fields: { title, keywords: keyTermNames, summary: [summary, ...objectives].join(' '), body: [...activityTitles(body), ...text].join(' ') },
		boost: KIND_BOOST.lesson,
	};
}

function moduleInput(locale: string, module: Localised<'modules'>): IndexInput {
	const { title, summary, aim, objectives, check } = module.entry.data;
	return {
		document: { kind: 'module', id: module.id, lang: module.contentLocale, title, href: localeUrl(locale, 'modules', module.id), text: `${summary} ${aim}` },
		fields: { title, summary: [summary, aim, ...objectives].join(' '), body: [check.task, ...check.iCan].join(' ') },
		boost: KIND_BOOST.module,
	};
}

function guideInput(locale: string, guide: Localised<'teacher'>, module: ModuleRef): IndexInput {
	const { title, summary, materials, timing } = guide.entry.data;
	const text = plainLines(guide.entry.body ?? '');
	return {
		document: { kind: 'teacher', id: guide.id, lang: guide.contentLocale, title, href: localeUrl(locale, 'teacher', module.id), module, text: [summary, ...text].join(' ') },
		fields: { title, summary, body: [...materials, ...timing.map((t) => t.step), ...text].join(' ') },
		boost: KIND_BOOST.teacher,
	};
}

function glossaryInput(locale: string, term: Localised<'glossary'>): IndexInput {
	const { term: title, definition } = term.entry.data;
	return {
		document: { kind: 'glossary', id: term.id, lang: term.contentLocale, title, href: `${localeUrl(locale, 'glossary')}#${term.id}`, text: definition },
		fields: { title, body: definition },
		boost: KIND_BOOST.glossary,
	};
}

/**
 * Every page of a locale as search sees it, from the same content as the pages: lessons with
 * their learner text, modules, glossary terms with definitions, and teacher guides. A page that
 * falls back to the source language is indexed in that language, so it is still found.
 */
export async function searchInputs(locale: string): Promise<IndexInput[]> {
	const glossary = await localised('glossary', locale);
	const guides = await localised('teacher', locale);
	const glossaries = new Map([[locale, glossary]]);
	// A fallback lesson is found by its key terms both in its own language and in the learner's.
	const keyTermNames = async (ids: string[], lang: string) => {
		if (!glossaries.has(lang)) glossaries.set(lang, await localised('glossary', lang));
		const names = [locale, lang].flatMap((l) => ids.map((id) => glossaries.get(l)!.find((g) => g.id === id)?.entry.data.term ?? ''));
		return [...new Set(names)].join(' ');
	};
	const inputs: IndexInput[] = [];
	for (const { module, lessons } of await courseFor(locale)) {
		const moduleRef = { id: module.id, title: module.entry.data.title, lang: module.contentLocale };
		for (const lesson of lessons) inputs.push(lessonInput(locale, lesson, moduleRef, await keyTermNames(lesson.entry.data.keyTerms, lesson.contentLocale)));
		inputs.push(moduleInput(locale, module));
		const guide = guides.find((g) => g.entry.data.module === module.id);
		if (guide) inputs.push(guideInput(locale, guide, moduleRef));
	}
	for (const term of glossary) inputs.push(glossaryInput(locale, term));
	return inputs;
}
