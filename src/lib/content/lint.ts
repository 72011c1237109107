import { SEOUL_CODES } from './codes.ts';
import { countryNames } from './countries.ts';
import { learnerText, sentences, words } from './learnerText.ts';
import type { Problem } from './files.ts';
import type { Lesson } from './schema.ts';
import type { ContentSet, ValidEntry } from './validate.ts';

/** A rule broken by the content, with the rule's name for the report. */
export interface Violation extends Problem {
	rule: string;
}

/** Figures about one lesson, printed in the lint report. */
export interface LessonStats {
	file: string;
	module: string;
	words: number;
	sentences: number;
	averageSentence: number;
	longestSentence: number;
	items: number;
	types: string[];
}

/** An entry of content/lint-allowlist.yaml: a hit that a person checked and accepted. */
export interface AllowEntry {
	file: string;
	text: string;
	reason: string;
}

export const LIMITS = {
	learnerWords: 600,
	averageSentence: 15,
	longestSentence: 25,
	objectives: [2, 3],
	keyTerms: 5,
	itemsPerLesson: 3,
	typesPerLesson: 2,
	typesPerModule: 3,
	lessonsPerSeoulCode: 2,
} as const;

const FORBIDDEN_OPTIONS = [/\ball of the above\b/i, /\bnone of the above\b/i, /جميع ما (سبق|ذكر)/, /لا شيء مما (سبق|ذكر)/];

/** Words that label real actors in loaded ways (quality rule N8). */
export const LOADED_TERMS = ['regime', 'terrorist', 'freedom fighter', 'puppet government', 'puppet state', 'dictator', 'rogue state', 'thug', 'extremist'];

export interface LintOptions {
	sourceLocale: string;
	/** Module ids the site ships; Seoul coverage is a failure only when every module is shipped. */
	modules: 'all' | string[];
	allowlist: AllowEntry[];
}

/** Check the curriculum against the quality rules a machine can check; return violations, stats and coverage. */
export function lintContent(content: ContentSet, options: LintOptions) {
	const violations: Violation[] = [];
	const stats: LessonStats[] = [];
	const countries = new Map<string, string[]>();
	const allowed = (file: string, text: string) => options.allowlist.some((a) => a.file === file && a.text.toLowerCase() === text.toLowerCase());
	const included = (module: string) => options.modules === 'all' || options.modules.includes(module);
	const lessons = content.lessons.filter((l) => included(l.data.module));

	for (const lesson of lessons) {
		const strict = lesson.locale === options.sourceLocale;
		const report = (rule: string, message: string, hint: string, line?: number, field?: string) => {
			if (strict || rule === 'forbidden-option' || rule === 'loaded-term' || rule === 'country-name') violations.push({ rule, file: lesson.file, line, field, message, hint });
		};
		const lines = learnerText(lesson.body, lesson.bodyLine);
		const wordCount = lines.reduce((n, l) => n + words(l.text).length, 0);
		const list = sentences(lines);
		const average = list.length ? list.reduce((n, s) => n + s.words, 0) / list.length : 0;
		const items = lesson.data.quiz.items;
		const types = [...new Set(items.map((i) => i.type))];
		stats.push({ file: lesson.file, module: lesson.data.module, words: wordCount, sentences: list.length, averageSentence: round(average), longestSentence: Math.max(0, ...list.map((s) => s.words)), items: items.length, types });

		if (wordCount > LIMITS.learnerWords) report('learner-words', `learner text has ${wordCount} words; the limit is ${LIMITS.learnerWords}.`, 'Shorten it, or move optional material into <ReadMore>.');
		if (average > LIMITS.averageSentence) report('average-sentence', `sentences average ${round(average)} words; the limit is ${LIMITS.averageSentence}.`, 'Split long sentences: one idea per sentence.');
		for (const s of list.filter((s) => s.words > LIMITS.longestSentence)) {
			report('long-sentence', `a sentence has ${s.words} words (limit ${LIMITS.longestSentence}): "${s.text.slice(0, 60)}…"`, 'Split it into two sentences.', s.line);
		}
		const [minObjectives, maxObjectives] = LIMITS.objectives;
		if (lesson.data.objectives.length < minObjectives || lesson.data.objectives.length > maxObjectives) {
			report('objectives', `has ${lesson.data.objectives.length} objectives; write ${minObjectives} to ${maxObjectives}.`, 'Each objective starts with an observable verb (name, explain, sort, decide…).', lesson.lineOf(['objectives']), 'objectives');
		}
		if (lesson.data.keyTerms.length > LIMITS.keyTerms) report('key-terms', `has ${lesson.data.keyTerms.length} key terms; the limit is ${LIMITS.keyTerms}.`, 'Keep the five most important terms.', lesson.lineOf(['keyTerms']), 'keyTerms');
		if (items.length < LIMITS.itemsPerLesson) report('items', `the quiz has ${items.length} items; write at least ${LIMITS.itemsPerLesson}.`, 'Test each objective with at least one item.', lesson.lineOf(['quiz', 'items']), 'quiz.items');
		if (types.length < LIMITS.typesPerLesson) report('item-types', `the quiz uses ${types.length} item type; use at least ${LIMITS.typesPerLesson}.`, 'Mix types such as single, truefalse and matching.', lesson.lineOf(['quiz', 'items']), 'quiz.items');
		lesson.data.sources.forEach((s, i) => {
			if (!s.citation?.trim() && !s.url?.trim()) report('empty-source', 'a source has neither citation nor url.', 'Give the article, paragraph or document number, or a link to the primary text.', lesson.lineOf(['sources', i]), `sources[${i}]`);
		});
		items.forEach((item, i) => {
			if (!item.source.trim()) report('explanation-source', `item "${item.id}" has no source for its explanation.`, 'Name the instrument and article the answer rests on.', lesson.lineOf(['quiz', 'items', i, 'source']));
			const texts = ['choices' in item ? item.choices.map((c) => c.text) : [], 'pairs' in item ? item.pairs.map((p) => p.text) : []].flat();
			for (const text of texts) {
				if (FORBIDDEN_OPTIONS.some((re) => re.test(text))) report('forbidden-option', `item "${item.id}" has the option "${text}".`, 'Write a plausible wrong answer instead; "all/none of the above" is not allowed.', lesson.lineOf(['quiz', 'items', i]));
			}
		});
		if (strict) checkActivity(lesson, report);
		if (strict) {
			for (const { acronym, line } of unexplainedAcronyms(lines)) {
				report('acronym', `the acronym ${acronym} is used before it is spelled out.`, `At its first use, write the full name followed by (${acronym}).`, line);
			}
		}
		const fullText = [lesson.body, JSON.stringify(lesson.data)].join('\n');
		for (const term of LOADED_TERMS) {
			const hit = new RegExp(`\\b${term}s?\\b`, 'i').exec(fullText);
			if (hit && !allowed(lesson.file, term)) report('loaded-term', `uses the loaded term "${hit[0]}".`, 'Describe what happened in neutral words, or add an allowlist entry with a reason if it is not about a real actor.', lineAt(lesson, hit.index));
		}
		if (!countries.has(lesson.locale)) countries.set(lesson.locale, countryNames(lesson.locale));
		for (const name of countries.get(lesson.locale)!) {
			const hit = new RegExp(`(?<![\\p{L}])${escape(name)}(?![\\p{L}])`, 'u').exec(lesson.body);
			if (hit && !allowed(lesson.file, name)) report('country-name', `names the country "${name}".`, 'Use a fictional place, or add an entry to content/lint-allowlist.yaml with the reason (e.g. the city where a treaty was adopted).', lineAt(lesson, hit.index));
		}
	}

	const sourceLessons = lessons.filter((l) => l.locale === options.sourceLocale);
	for (const module of content.modules.filter((m) => m.locale === options.sourceLocale && included(m.data.id))) {
		const types = new Set(sourceLessons.filter((l) => l.data.module === module.data.id).flatMap((l) => l.data.quiz.items.map((i) => i.type)));
		if (types.size < LIMITS.typesPerModule) violations.push({ rule: 'module-item-types', file: module.file, message: `the module's quizzes use ${types.size} item types; use at least ${LIMITS.typesPerModule}.`, hint: 'Add an ordering, matching or scenario item to one of its lessons.' });
	}

	const coverage = seoulCoverage(sourceLessons);
	const gaps = coverage.filter((c) => c.lessons.length < LIMITS.lessonsPerSeoulCode);
	const coverageIsRule = options.modules === 'all';
	if (coverageIsRule) {
		for (const gap of gaps) violations.push({ rule: 'seoul-coverage', file: 'content/lessons', message: `Seoul Plan code ${gap.code} is taught by ${gap.lessons.length} lesson${gap.lessons.length === 1 ? '' : 's'}; at least ${LIMITS.lessonsPerSeoulCode} are needed.`, hint: `Add ${gap.code} to the seoul field of a lesson whose objectives address it.` });
	}
	return { violations, stats, coverage, coverageIsRule };
}

type Report = (rule: string, message: string, hint: string, line?: number, field?: string) => void;

function checkActivity(lesson: ValidEntry<Lesson>, report: Report) {
	const body = lesson.body;
	if (!/<Activity[\s>]/.test(body)) return report('activity', 'has no <Activity>.', 'Add an offline activity with materials, steps, debrief and an alternative.');
	if (!/materials=\{\s*\[\s*["']/.test(body)) report('activity', 'the <Activity> lists no materials.', 'Add materials={["paper", "pens"]}.');
	for (const part of ['Steps', 'Debrief', 'Alternative']) {
		if (!new RegExp(`<${part}>`).test(body)) report('activity', `the <Activity> has no <${part}>.`, `Add a <${part}> section inside the activity.`);
	}
	if (!/<TeacherNote>/.test(body)) report('teacher-note', 'has no <TeacherNote>.', 'Add a note on sensitivities, neutrality and what never to ask learners.');
}

/** Capitalised words that are ordinary words or units, not acronyms to spell out. */
const NOT_ACRONYMS = new Set(['OK', 'TV', 'ID', 'AM', 'PM', 'I']);

/** Acronyms whose first use in the learner text is not "Full Name (ACRONYM)". */
export function unexplainedAcronyms(lines: { line: number; text: string }[]): { acronym: string; line: number }[] {
	const seen = new Set<string>();
	const out: { acronym: string; line: number }[] = [];
	for (const { line, text } of lines) {
		for (const m of text.matchAll(/(?<![\p{L}\p{N}])([A-Z][A-Z0-9]*[A-Z])s?(?![\p{L}\p{N}])/gu)) {
			const acronym = m[1]!;
			if (seen.has(acronym) || NOT_ACRONYMS.has(acronym)) continue;
			seen.add(acronym);
			const explained = text[m.index - 1] === '(' && text[m.index + m[0].length] === ')';
			if (!explained) out.push({ acronym, line });
		}
	}
	return out;
}

/** For each Seoul Plan code, the source-locale lessons that carry it. */
export function seoulCoverage(lessons: ValidEntry<Lesson>[]) {
	return SEOUL_CODES.map((code) => ({
		code,
		lessons: lessons.filter((l) => l.data.seoul.includes(code)).map((l) => l.data.id),
	}));
}

function lineAt(entry: ValidEntry<Lesson>, index: number): number | undefined {
	return index < entry.body.length ? entry.bodyLine + entry.body.slice(0, index).split('\n').length - 1 : undefined;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const round = (n: number) => Math.round(n * 10) / 10;
