#!/usr/bin/env node
// The benchmark's course generator: writes a valid content tree of any size (modules, lessons with
// a quiz of every item type across each module, glossary terms and teacher guides) in several
// languages, plus a civitas.config.json, so build cost and index size can be measured at scale.
// Usage: node --experimental-strip-types bench/generate-course.mjs --lessons 500 --out /tmp/course [--locales en,ar,fr,es]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { RFCDC_CODES, SEOUL_CODES } from '../src/lib/content/codes.ts';
import { QUIZ_ITEM_TYPES } from '../src/lib/content/schema.ts';
import { SYLLABLES, TEXT } from './course-text/index.mjs';

/** The languages of generated courses: every locale the site configuration knows (src/lib/site/config.ts). */
export const GENERATED_LOCALES = ['en', 'ar', 'fr', 'es'];
const SECTIONS = 6;
const SENTENCES_PER_SECTION = 8;
const ITEMS_PER_LESSON = 4;

/** A small deterministic pseudo-random generator (mulberry32), so a course is the same on every run. */
export function randomFrom(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pick = (random, n) => Math.floor(random() * n);
const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, key) => String(values[key] ?? `{${key}}`));
const capitalise = (s) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
const slug = (s) => s.normalize('NFD').replace(/[\u0300-\u036f’']/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** A fictional name as syllable indices, so that every locale spells the same name in its own script. */
function nameSyllables(random, count) {
	return Array.from({ length: count }, () => pick(random, SYLLABLES.latin.length));
}

function spell(syllables, locale) {
	const word = syllables.map((i) => SYLLABLES[TEXT[locale].script][i]).join('');
	return TEXT[locale].script === 'latin' ? capitalise(word) : word;
}

/**
 * The shape of a course, the same in every locale: modules, lessons with their item types, names
 * and sentence choices, and glossary terms. Text is filled in per locale from course-text/.
 */
export function planCourse({ lessons, lessonsPerModule = 8, seed = 1 }) {
	const random = randomFrom(seed);
	const moduleCount = Math.ceil(lessons / lessonsPerModule);
	const usedIds = new Set();
	const uniqueId = (base) => {
		let id = base;
		for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
		usedIds.add(id);
		return id;
	};
	const modules = [];
	let lessonIndex = 0;
	for (let m = 0; m < moduleCount; m++) {
		const topic = m % TEXT.en.topics.length;
		const module = { id: uniqueId(`${slug(TEXT.en.topics[topic])}-${m + 1}`), order: m + 1, topic, place: nameSyllables(random, 3), lessons: [] };
		for (let order = 1; order <= lessonsPerModule && lessonIndex < lessons; order++, lessonIndex++) {
			const place = nameSyllables(random, 3);
			const term = { word: nameSyllables(random, 2), kind: pick(random, TEXT.en.termWords.length) };
			term.id = uniqueId(`${slug(spell(term.word, 'en'))}-${TEXT.en.termWords[term.kind]}`);
			module.lessons.push({
				id: uniqueId(`${slug(TEXT.en.topics[topic])}-${slug(spell(place, 'en'))}`),
				order,
				index: lessonIndex,
				place,
				name: nameSyllables(random, 2),
				n: 2 + pick(random, 4),
				term,
				types: Array.from({ length: ITEMS_PER_LESSON }, (_, k) => QUIZ_ITEM_TYPES[(ITEMS_PER_LESSON * lessonIndex + k) % QUIZ_ITEM_TYPES.length]),
				// Two passes over the sentence bank: each sentence at most twice per lesson, in a random order.
				sentences: [...shuffled(random, TEXT.en.sentences.length), ...shuffled(random, TEXT.en.sentences.length)].slice(0, SECTIONS * SENTENCES_PER_SECTION),
				sensitive: lessonIndex % 5 === 4,
			});
		}
		modules.push(module);
	}
	return { modules };
}

/** The numbers 0 … n-1 in a random order (Fisher–Yates). */
function shuffled(random, n) {
	const out = Array.from({ length: n }, (_, i) => i);
	for (let i = n - 1; i > 0; i--) {
		const j = pick(random, i + 1);
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

const choices = (texts, ids) => texts.map((text, i) => ({ id: ids[i], text }));

/** One quiz item of a given type, in a locale; ids and answers never depend on the locale. */
function quizItem(type, t, values) {
	const it = t.item;
	const base = { explanation: it.explanation, source: it.source };
	const answers = choices([it.right, ...it.wrong], ['right', 'leaders', 'payment', 'capital']);
	switch (type) {
		case 'single':
			return { id: 'meaning', type, prompt: fill(it.prompt, values), choices: answers, answer: 'right', ...base, hint: it.hint };
		case 'scenario':
			return { id: 'speak-up', type, scenario: fill(it.scenario, values), prompt: fill(it.scenarioPrompt, values), choices: answers, answer: 'right', ...base };
		case 'multiple':
			return { id: 'protects', type, prompt: fill(it.multiplePrompt, values), choices: choices(t.listItems.slice(0, 3).concat(it.wrong[0]), ['read', 'ask', 'help', 'leaders']), answer: ['read', 'ask', 'help'], ...base };
		case 'truefalse':
			return { id: 'only-taxpayers', type, prompt: fill(it.truefalse, values), answer: false, ...base };
		case 'ordering':
			return { id: 'meeting-steps', type, prompt: fill(it.orderingPrompt, values), choices: choices(it.steps, ['open', 'ask', 'vote', 'publish']), answer: ['open', 'ask', 'vote', 'publish'], ...base };
		case 'matching':
			return { id: 'who-does-what', type, prompt: fill(it.matchingPrompt, values), pairs: choices(it.people, ['mayor', 'journalist', 'judge']), choices: choices(it.roles, ['leads', 'reports', 'decides']), answer: { mayor: 'leads', journalist: 'reports', judge: 'decides' }, ...base };
		case 'short':
			return { id: 'members', type, prompt: it.shortPrompt, accept: [String(values.n)], ...base };
	}
	throw new Error(`Unknown item type "${type}".`);
}

function lessonValues(lesson, module, locale) {
	const t = TEXT[locale];
	return { topic: t.topics[module.topic], place: spell(lesson.place, locale), name: spell(lesson.name, locale), n: lesson.n };
}

function termText(term, locale, withKind = true) {
	const t = TEXT[locale];
	return fill(t.term, { word: spell(term.word, locale), kind: withKind ? t.termWords[term.kind] : '' }).trim();
}

const frontmatter = (data, body) => `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}`;

/** The MDX source of a lesson in a locale: frontmatter with the quiz, then learner text, activity and notes. */
export function lessonSource(lesson, module, locale, previousTerm) {
	const t = TEXT[locale];
	const values = lessonValues(lesson, module, locale);
	const title = capitalise(fill(t.lessonTitle, values));
	const data = {
		id: lesson.id,
		title,
		summary: fill(t.lessonSummary, values),
		module: module.id,
		order: lesson.order,
		audience: 'learners',
		band: '12-15',
		complexity: 1 + (lesson.index % 4),
		duration: 40 + 5 * (lesson.index % 3),
		objectives: t.objectives.map((o) => fill(o, values)),
		keyTerms: [lesson.term.id, ...(previousTerm ? [previousTerm.id] : [])],
		seoul: [0, 1, 2, 3].map((k) => SEOUL_CODES[(4 * lesson.index + k) % SEOUL_CODES.length]),
		rfcdc: [0, 1, 2].map((k) => RFCDC_CODES[(3 * lesson.index + k) % RFCDC_CODES.length]),
		udhr: ['1', '2', `${1 + (lesson.index % 30)}`].filter((a, i, all) => all.indexOf(a) === i),
		instruments: ['ICCPR Art. 25', 'CRC Art. 12'],
		sensitive: lesson.sensitive ? { reason: t.sensitive } : false,
		sources: [
			{ title: t.sourceTitle, citation: t.sourceCitation, url: 'https://www.un.org/en/about-us/universal-declaration-of-human-rights' },
			{ title: 'ICCPR', citation: 'UN General Assembly resolution 2200A (XXI), 16 December 1966, Article 25', url: 'https://www.ohchr.org/en/instruments-mechanisms/instruments/international-covenant-civil-and-political-rights' },
		],
		quiz: { items: lesson.types.map((type) => quizItem(type, t, values)) },
	};
	const lines = [];
	lesson.sentences.forEach((s, i) => {
		if (i % SENTENCES_PER_SECTION === 0) {
			if (i > 0) lines.push('', `## ${fill(t.headings[(i / SENTENCES_PER_SECTION) % t.headings.length], values)}`, '');
		}
		lines.push(fill(t.sentences[s], values));
		// The first use of each key term links to the glossary, as in the real lessons.
		for (const [at, term] of [[1, lesson.term], [3, previousTerm]]) {
			if (i === at && term) lines.push(fill(t.termSentence, { ...values, term: `<Term id="${term.id}">${termText(term, locale)}</Term>` }));
		}
		if (i === 3 * SENTENCES_PER_SECTION - 1) lines.push('', fill(t.listIntro, values), '', ...t.listItems.map((item) => `- ${item}`));
	});
	const a = t.activity;
	const activity = [
		`<Activity title="${fill(a.title, values)}" minutes={${data.duration}} materials={${JSON.stringify(a.materials)}}>`,
		'<Steps>',
		...a.steps.map((step, i) => `${i + 1}. ${fill(step, values)}`),
		'</Steps>',
		'<Debrief>',
		...a.debrief.map((q) => `- ${q}`),
		'</Debrief>',
		'<Alternative>',
		a.alternative,
		'</Alternative>',
		'</Activity>',
	];
	const body = [...lines, '', ...activity, '', '<TeacherNote>', fill(t.teacherNote, values), '</TeacherNote>', '', '<ReadMore>', t.readMore, '</ReadMore>', ''];
	return frontmatter(data, body.join('\n'));
}

/** The YAML of a module in a locale. */
export function moduleSource(module, locale) {
	const t = TEXT[locale];
	const values = { topic: t.topics[module.topic], place: spell(module.place, locale), n: module.order };
	const [beginning, developing, secure, advanced] = t.levels;
	return stringify(
		{
			id: module.id,
			title: fill(t.moduleTitle, values),
			order: module.order,
			summary: capitalise(fill(t.moduleSummary, values)),
			aim: fill(t.aim, values),
			objectives: t.moduleObjectives.map((o) => fill(o, values)),
			check: {
				task: fill(t.task, values),
				rubric: t.criteria.map((criterion) => ({ criterion, beginning, developing, secure, advanced })),
				iCan: t.iCan.map((line) => fill(line, values)),
			},
		},
		{ lineWidth: 0 }
	);
}

/** The YAML of a glossary term in a locale. */
export function glossarySource(lesson, module, locale) {
	const t = TEXT[locale];
	const values = { ...lessonValues(lesson, module, locale), kind: t.termWords[lesson.term.kind] };
	return stringify({ id: lesson.term.id, term: termText(lesson.term, locale), definition: capitalise(fill(t.definition, values)) }, { lineWidth: 0 });
}

/** The MDX source of a module's teacher guide in a locale. */
export function guideSource(module, locale) {
	const t = TEXT[locale];
	const values = { topic: t.topics[module.topic], n: module.order };
	const data = {
		id: module.id,
		module: module.id,
		title: fill(t.guideTitle, values),
		summary: fill(t.guideSummary, values),
		materials: t.guideMaterials,
		timing: module.lessons.map((lesson) => ({ step: fill(t.guideStep, { n: lesson.order, place: spell(lesson.place, locale) }), minutes: 40 + 5 * (lesson.index % 3) })),
	};
	const sections = module.lessons.map((lesson) => `### ${fill(t.guideStep, { n: lesson.order, place: spell(lesson.place, locale) })}\n\n${t.guideParagraph}\n`);
	return frontmatter(data, [`## ${t.guideHeading}`, '', t.guideParagraph, '', ...sections].join('\n'));
}

/**
 * Write a generated course into `dir` (replacing what was there): content/ with one folder per
 * collection and locale, and civitas.config.json shipping every generated locale.
 */
export function generateCourse({ dir, lessons, locales = GENERATED_LOCALES, lessonsPerModule = 8, seed = 1 }) {
	const unknown = locales.filter((l) => !TEXT[l]);
	if (unknown.length) throw new Error(`The generator has no text for ${unknown.join(', ')}; use some of: ${Object.keys(TEXT).join(', ')}.`);
	const root = resolve(dir);
	const contentDir = join(root, 'content');
	rmSync(contentDir, { recursive: true, force: true });
	const plan = planCourse({ lessons, lessonsPerModule, seed });
	let files = 0;
	let bytes = 0;
	const write = (collection, locale, name, source) => {
		const folder = join(contentDir, collection, locale);
		mkdirSync(folder, { recursive: true });
		writeFileSync(join(folder, name), source);
		files++;
		bytes += Buffer.byteLength(source);
	};
	for (const locale of locales) {
		for (const module of plan.modules) {
			write('modules', locale, `${module.id}.yaml`, moduleSource(module, locale));
			write('teacher', locale, `${module.id}.mdx`, guideSource(module, locale));
			module.lessons.forEach((lesson, i) => {
				write('lessons', locale, `${lesson.id}.mdx`, lessonSource(lesson, module, locale, module.lessons[i - 1]?.term));
				write('glossary', locale, `${lesson.term.id}.yaml`, glossarySource(lesson, module, locale));
			});
		}
	}
	const configPath = join(root, 'civitas.config.json');
	const config = { $comment: `Generated by bench/generate-course.mjs: ${lessons} lessons in ${locales.join(', ')}.`, siteName: 'Civitas benchmark', sourceLocale: locales[0], locales, modules: 'all', mastery: 0.8 };
	writeFileSync(configPath, `${JSON.stringify(config, null, '\t')}\n`);
	return { contentDir, configPath, modules: plan.modules.length, lessons, locales, files, bytes };
}

if (import.meta.main) {
	const { values } = parseArgs({ options: { lessons: { type: 'string', default: '500' }, out: { type: 'string' }, locales: { type: 'string', default: GENERATED_LOCALES.join(',') } } });
	const lessons = Number(values.lessons);
	if (!values.out || !Number.isInteger(lessons) || lessons < 1) {
		console.error('Usage: node --experimental-strip-types bench/generate-course.mjs --lessons 500 --out /tmp/course [--locales en,ar,fr,es]');
		process.exit(1);
	}
	const result = generateCourse({ dir: values.out, lessons, locales: values.locales.split(',') });
	console.log(`Wrote ${result.files} files (${(result.bytes / 1e6).toFixed(1)} MB): ${result.modules} modules, ${lessons} lessons in ${result.locales.join(', ')}, into ${result.contentDir}; config ${result.configPath}`);
}
