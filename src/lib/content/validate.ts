import type { z } from 'astro/zod';
import { readContent, type Problem, type RawEntry } from './files.ts';
import { COLLECTIONS, type GlossaryTerm, type Lesson, type Module, type QuizItem, type TeacherGuide } from './schema.ts';

export type { Problem } from './files.ts';

/** A content file that passed its schema. */
export interface ValidEntry<T> extends RawEntry {
	data: T;
}

/** Everything under content/, validated, by collection. */
export interface ContentSet {
	modules: ValidEntry<Module>[];
	lessons: ValidEntry<Lesson>[];
	glossary: ValidEntry<GlossaryTerm>[];
	teacher: ValidEntry<TeacherGuide>[];
}

export interface ValidateOptions {
	sourceLocale: string;
	locales: readonly string[];
}

/** Read and check all content: schemas, then cross-references within and across locales. */
export function validateContent(root: string, options: ValidateOptions, contentDir?: string) {
	const { entries, problems } = readContent(root, contentDir);
	const content: ContentSet = { modules: [], lessons: [], glossary: [], teacher: [] };
	for (const entry of entries) {
		if (!options.locales.includes(entry.locale)) {
			problems.push({
				file: entry.file,
				message: `is in the folder "${entry.locale}", which is not a shipped locale (${options.locales.join(', ')}).`,
				hint: 'Move it to the folder of a shipped locale, or add the locale to civitas.config.json.',
			});
			continue;
		}
		const result = (COLLECTIONS[entry.collection].schema as z.ZodType).safeParse(entry.data);
		if (!result.success) {
			for (const issue of result.error.issues) problems.push(schemaProblem(entry, issue));
			continue;
		}
		const valid = { ...entry, data: result.data } as ValidEntry<never>;
		if ((valid.data as { id: string }).id !== entry.fileId) {
			problems.push(at(entry, ['id'], `id is "${(valid.data as { id: string }).id}" but the file is named "${entry.fileId}".`, 'The id and the file name must be the same; ids never change once published, so rename whichever is new.'));
			continue;
		}
		content[entry.collection].push(valid);
	}
	problems.push(...crossCheck(content, options, entries.filter((e) => e.collection === 'lessons')));
	return { content, problems };
}

function schemaProblem(entry: RawEntry, issue: z.core.$ZodIssue): Problem {
	const path = issue.path as PropertyKey[];
	let message = issue.message;
	if (issue.code === 'unrecognized_keys') message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
	if (issue.code === 'invalid_type' && issue.input === undefined) message = 'is missing';
	return at(entry, path, message, hintFor(entry, path, issue));
}

function hintFor(entry: RawEntry, path: PropertyKey[], issue: z.core.$ZodIssue): string {
	if (issue.code === 'unrecognized_keys') return 'Remove the field or check its spelling; docs/content-model.md lists every field.';
	if (issue.code === 'invalid_type' && issue.input === undefined) return `Add the field "${String(path.at(-1))}"; docs/content-model.md shows an example.`;
	return `Correct the value; docs/content-model.md describes the "${entry.collection}" fields.`;
}

/** A problem located at a data path inside an entry. */
function at(entry: RawEntry, path: readonly PropertyKey[], message: string, hint: string): Problem {
	return { file: entry.file, line: entry.lineOf(path), field: formatPath(path), message, hint };
}

function formatPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function crossCheck(content: ContentSet, { sourceLocale }: ValidateOptions, rawLessons: RawEntry[]): Problem[] {
	const problems: Problem[] = [];
	const source = <T>(list: ValidEntry<T>[]) => list.filter((e) => e.locale === sourceLocale);
	const moduleIds = new Set(source(content.modules).map((m) => m.data.id));
	const glossaryIds = (locale: string) => new Set(content.glossary.filter((g) => g.locale === locale || g.locale === sourceLocale).map((g) => g.data.id));

	for (const lesson of content.lessons) {
		if (!moduleIds.has(lesson.data.module)) {
			problems.push(at(lesson, ['module'], `names the module "${lesson.data.module}", which does not exist in content/modules/${sourceLocale}/.`, `Use one of: ${[...moduleIds].join(', ') || '(no modules yet)'}.`));
		}
		const terms = glossaryIds(lesson.locale);
		lesson.data.keyTerms.forEach((term, i) => {
			if (!terms.has(term)) problems.push(at(lesson, ['keyTerms', i], `key term "${term}" is not in the glossary.`, `Add content/glossary/${sourceLocale}/${term}.yaml or correct the id.`));
		});
		for (const { id, line } of termReferences(lesson)) {
			if (!terms.has(id)) problems.push({ file: lesson.file, line, field: 'Term', message: `<Term id="${id}"> names a term that is not in the glossary.`, hint: `Add content/glossary/${sourceLocale}/${id}.yaml or correct the id.` });
		}
		problems.push(...checkQuiz(lesson));
	}
	for (const module of source(content.modules)) {
		// Count lessons that failed their schema too, so one broken lesson does not also empty its module.
		if (!rawLessons.some((l) => l.locale === sourceLocale && (l.data as { module?: unknown } | undefined)?.module === module.data.id)) {
			problems.push({ file: module.file, message: `module "${module.data.id}" has no lessons.`, hint: `Add a lesson with "module: ${module.data.id}" or remove the module.` });
		}
	}
	for (const guide of content.teacher) {
		if (!moduleIds.has(guide.data.module)) problems.push(at(guide, ['module'], `names the module "${guide.data.module}", which does not exist.`, `Use one of: ${[...moduleIds].join(', ')}.`));
	}
	for (const collection of ['modules', 'lessons', 'glossary', 'teacher'] as const) {
		const originals = new Map(source<{ id: string }>(content[collection]).map((e) => [e.data.id, e]));
		for (const translation of (content[collection] as ValidEntry<{ id: string }>[]).filter((e) => e.locale !== sourceLocale)) {
			const original = originals.get(translation.data.id);
			if (!original) {
				problems.push({ file: translation.file, message: `is a translation of "${translation.data.id}", but content/${collection}/${sourceLocale}/ has no such file.`, hint: 'Translations must keep the file name and id of the source file.' });
			} else if (collection === 'lessons') {
				problems.push(...compareQuizzes(original as ValidEntry<Lesson>, translation as ValidEntry<Lesson>));
			} else if (collection === 'teacher' && (original.data as TeacherGuide).module !== (translation.data as TeacherGuide).module) {
				problems.push(at(translation, ['module'], 'names a different module than the source guide.', `Use "${(original.data as TeacherGuide).module}".`));
			}
		}
	}
	return problems;
}

/** Glossary ids referenced by <Term id="..."> in an MDX body, with their file lines. */
export function termReferences(entry: Pick<RawEntry, 'body' | 'bodyLine'>): { id: string; line: number }[] {
	const refs: { id: string; line: number }[] = [];
	entry.body.split('\n').forEach((text, i) => {
		for (const m of text.matchAll(/<Term\s+id=["']([^"']+)["']/g)) refs.push({ id: m[1]!, line: entry.bodyLine + i });
	});
	return refs;
}

function checkQuiz(lesson: ValidEntry<Lesson>): Problem[] {
	const problems: Problem[] = [];
	const seen = new Set<string>();
	lesson.data.quiz.items.forEach((item, i) => {
		const path = ['quiz', 'items', i];
		const report = (field: PropertyKey[], message: string, hint: string) => problems.push(at(lesson, [...path, ...field], message, hint));
		if (seen.has(item.id)) report(['id'], `item id "${item.id}" is used twice in this lesson.`, 'Give every item its own id.');
		seen.add(item.id);
		for (const message of answerProblems(item)) report(['answer'], message, 'Refer to answers by choice id; docs/content-model.md shows each item type.');
		for (const list of ['choices', 'pairs'] as const) {
			const ids = list in item ? (item as unknown as Record<string, { id: string }[]>)[list]!.map((c) => c.id) : [];
			const dup = ids.find((id, j) => ids.indexOf(id) !== j);
			if (dup) report([list], `the id "${dup}" appears twice in ${list}.`, 'Give every choice its own id.');
		}
	});
	return problems;
}

/** Why an item's answer key does not fit its type and choices; empty when it does. */
export function answerProblems(item: QuizItem): string[] {
	const choiceIds = 'choices' in item ? item.choices.map((c) => c.id) : [];
	const unknown = (ids: string[]) => ids.filter((id) => !choiceIds.includes(id));
	const list = choiceIds.join(', ');
	switch (item.type) {
		case 'single':
		case 'scenario':
			return unknown([item.answer]).map((id) => `answer "${id}" is not one of this item's choices (${list}).`);
		case 'multiple': {
			const out = unknown(item.answer).map((id) => `answer "${id}" is not one of this item's choices (${list}).`);
			if (new Set(item.answer).size !== item.answer.length) out.push('answer lists the same choice twice.');
			if (item.answer.length === choiceIds.length) out.push('every choice is right; a multiple-choice item needs at least one wrong choice.');
			return out;
		}
		case 'ordering': {
			const out = unknown(item.answer).map((id) => `answer "${id}" is not one of this item's choices (${list}).`);
			const missing = choiceIds.filter((id) => !item.answer.includes(id));
			if (missing.length) out.push(`answer must list every choice once in the right order; missing: ${missing.join(', ')}.`);
			if (new Set(item.answer).size !== item.answer.length) out.push('answer lists the same choice twice.');
			return out;
		}
		case 'matching': {
			const pairIds = item.pairs.map((p) => p.id);
			const out = pairIds.filter((id) => !(id in item.answer)).map((id) => `pair "${id}" has no answer.`);
			for (const [pair, choice] of Object.entries(item.answer)) {
				if (!pairIds.includes(pair)) out.push(`answer names the pair "${pair}", which does not exist (${pairIds.join(', ')}).`);
				if (!choiceIds.includes(choice)) out.push(`answer for "${pair}" is "${choice}", which is not a choice (${list}).`);
			}
			return out;
		}
		case 'truefalse':
		case 'short':
			return [];
	}
}

/** The part of an item that must be identical in every locale: its id, type, choice ids and key. */
export function itemKey(item: QuizItem) {
	const ids = (list?: { id: string }[]) => list?.map((c) => c.id).sort();
	return JSON.stringify({
		id: item.id,
		type: item.type,
		choices: 'choices' in item ? ids(item.choices) : undefined,
		pairs: 'pairs' in item ? ids(item.pairs) : undefined,
		answer: 'answer' in item ? item.answer : undefined,
	});
}

/** Lesson fields that are data, not words, so every translation must keep them as in the source. */
const SHARED_LESSON_FIELDS = ['module', 'order', 'audience', 'band', 'complexity', 'duration', 'keyTerms', 'seoul', 'rfcdc', 'udhr', 'sensitive'] as const;

function sharedValue(lesson: Lesson, field: (typeof SHARED_LESSON_FIELDS)[number]): unknown {
	// A sensitive lesson stays sensitive in every language; the reason itself is translated.
	if (field === 'sensitive') return lesson.sensitive !== false;
	return lesson[field];
}

function compareQuizzes(original: ValidEntry<Lesson>, translation: ValidEntry<Lesson>): Problem[] {
	const problems: Problem[] = [];
	const sourceItems = new Map(original.data.quiz.items.map((item) => [item.id, item]));
	const hint = `Make the quiz match ${original.file}: same item ids, types, choice ids and answers; only the wording is translated.`;
	translation.data.quiz.items.forEach((item, i) => {
		const src = sourceItems.get(item.id);
		if (!src) problems.push(at(translation, ['quiz', 'items', i, 'id'], `item "${item.id}" does not exist in the source lesson.`, hint));
		else if (itemKey(src) !== itemKey(item)) problems.push(at(translation, ['quiz', 'items', i], `item "${item.id}" differs from the source lesson in its type, choice ids or answer.`, hint));
	});
	for (const id of sourceItems.keys()) {
		if (!translation.data.quiz.items.some((item) => item.id === id)) problems.push(at(translation, ['quiz', 'items'], `item "${id}" of the source lesson is missing.`, hint));
	}
	for (const field of SHARED_LESSON_FIELDS) {
		const same = JSON.stringify(sharedValue(original.data, field)) === JSON.stringify(sharedValue(translation.data, field));
		if (!same) problems.push(at(translation, [field], `${field} differs from the source lesson (${JSON.stringify(sharedValue(original.data, field))}).`, `Copy ${field} from ${original.file}: only the words of a lesson are translated.`));
	}
	return problems;
}

/** Render problems as one readable block, one line per problem with its fix. */
export function formatProblems(problems: Problem[]): string {
	return problems
		.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}${p.field ? ` ${p.field}` : ''}: ${p.message}\n    → ${p.hint}`)
		.join('\n');
}
