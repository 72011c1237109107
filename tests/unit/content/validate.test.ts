import { describe, expect, test } from 'vitest';
import { formatProblems, validateContent } from '../../../src/lib/content/validate.ts';
import { contentFixture, lessonFile } from '../../fixtures/content.ts';

const options = { sourceLocale: 'en', locales: ['en', 'ar'] };
const problemsFor = (files: Record<string, string | null>) => validateContent(contentFixture(files), options).problems;

describe('content validation', () => {
	test('a valid content tree has no problems', () => {
		const { problems, content } = validateContent(contentFixture(), options);
		expect(problems).toEqual([]);
		expect(content.lessons.map((l) => l.data.id)).toEqual(['vote']);
	});

	test('broken YAML names the file and the line', () => {
		const [problem] = problemsFor({ 'content/lessons/en/vote.mdx': '---\nid: vote\ntitle: A\ntitle: B\n---\nText' });
		expect(problem).toMatchObject({ file: 'content/lessons/en/vote.mdx', line: 4 });
		expect(problem!.message).toMatch(/not valid YAML/);
	});

	test('a lesson without frontmatter is reported', () => {
		expect(problemsFor({ 'content/lessons/en/vote.mdx': 'Just text' })[0]!.message).toMatch(/no frontmatter/);
	});

	test('a missing field is named with its line and a hint', () => {
		const text = lessonFile().replace(/^title: .*\n/m, '');
		const [problem] = problemsFor({ 'content/lessons/en/vote.mdx': text });
		expect(problem).toMatchObject({ field: 'title', message: 'is missing' });
		expect(problem!.hint).toMatch(/Add the field "title"/);
	});

	test('a wrong type and an unknown field are reported at their lines', () => {
		const problems = problemsFor({ 'content/lessons/en/vote.mdx': lessonFile({ order: "'first'", colour: 'blue' }) });
		expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['order', '']));
		expect(problems.find((p) => p.field === 'order')!.line).toBe(6);
		expect(problems.some((p) => /unknown field "colour"/.test(p.message))).toBe(true);
	});

	test('an id that differs from the file name is refused', () => {
		expect(problemsFor({ 'content/lessons/en/vote.mdx': lessonFile({ id: 'voting' }) })[0]!.message).toMatch(/file is named "vote"/);
	});

	test('a Seoul Plan code that does not exist is refused', () => {
		expect(problemsFor({ 'content/lessons/en/vote.mdx': lessonFile({ seoul: '[PRE-9]' }) })[0]!.message).toMatch(/not a Seoul Plan code/);
	});

	test('a lesson in an unknown module, and a module without lessons', () => {
		const problems = problemsFor({ 'content/lessons/en/vote.mdx': lessonFile({ module: 'media' }) });
		expect(problems.map((p) => p.message)).toEqual(expect.arrayContaining([expect.stringMatching(/module "media", which does not exist/), expect.stringMatching(/module "elections" has no lessons/)]));
	});

	test('an answer that names no existing choice', () => {
		const text = lessonFile().replace('answer: a', 'answer: c');
		const [problem] = problemsFor({ 'content/lessons/en/vote.mdx': text });
		expect(problem).toMatchObject({ field: 'quiz.items[0].answer' });
		expect(problem!.message).toMatch(/"c" is not one of this item's choices \(a, b\)/);
	});

	test('answer keys must fit multiple, ordering and matching items', () => {
		const quiz = `
  items:
    - { id: m, type: multiple, prompt: p, choices: [{ id: a, text: A }, { id: b, text: B }, { id: c, text: C }], answer: [a, b, c], explanation: e, source: s }
    - { id: o, type: ordering, prompt: p, choices: [{ id: a, text: A }, { id: b, text: B }, { id: c, text: C }], answer: [a, b, b], explanation: e, source: s }
    - { id: x, type: matching, prompt: p, pairs: [{ id: p1, text: P1 }, { id: p2, text: P2 }], choices: [{ id: a, text: A }, { id: b, text: B }], answer: { p1: z }, explanation: e, source: s }`;
		const messages = problemsFor({ 'content/lessons/en/vote.mdx': lessonFile({ quiz }) }).map((p) => p.message);
		expect(messages).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/every choice is right/),
				expect.stringMatching(/missing: c/),
				expect.stringMatching(/same choice twice/),
				expect.stringMatching(/pair "p2" has no answer/),
				expect.stringMatching(/answer for "p1" is "z"/),
			])
		);
	});

	test('duplicate item ids and choice ids', () => {
		const text = lessonFile().replace('id: q2', 'id: q1').replace('{ id: b, text: The count }', '{ id: a, text: The count }');
		const messages = problemsFor({ 'content/lessons/en/vote.mdx': text }).map((p) => p.message);
		expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/item id "q1" is used twice/), expect.stringMatching(/"a" appears twice in choices/)]));
	});

	test('key terms and <Term> ids must exist in the glossary', () => {
		const problems = problemsFor({ 'content/lessons/en/vote.mdx': lessonFile({ keyTerms: '[booth]' }, 'Line one.\nA <Term id="urn">urn</Term>.\n') });
		expect(problems.map((p) => p.message)).toEqual(expect.arrayContaining([expect.stringMatching(/key term "booth"/), expect.stringMatching(/<Term id="urn">/)]));
		expect(problems.find((p) => p.field === 'Term')!.line).toBe(lessonFile().split('\n').indexOf('---', 1) + 3);
	});

	test('a translation must keep the item ids, types, choice ids and answers', () => {
		const translated = lessonFile({ title: 'التصويت' }).replace('answer: a', 'answer: b');
		const problems = problemsFor({ 'content/lessons/ar/vote.mdx': translated });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'content/lessons/ar/vote.mdx', field: 'quiz.items[0]' });
		expect(problems[0]!.message).toMatch(/differs from the source lesson/);
	});

	test('a translation must keep the data fields of the source lesson', () => {
		const problems = problemsFor({ 'content/lessons/ar/vote.mdx': lessonFile({ title: 'التصويت', seoul: '[PRE-3, 3-2]', duration: '30' }) });
		expect(problems.map((p) => p.field)).toEqual(['duration', 'seoul']);
		expect(problems[1]!.hint).toMatch(/Copy seoul from content\/lessons\/en\/vote\.mdx/);
	});

	test('a translation missing an item, or of a lesson that does not exist', () => {
		const missing = lessonFile().replace(/    - id: q2[\s\S]*?(?=\n---)/, '');
		const messages = problemsFor({ 'content/lessons/ar/vote.mdx': missing, 'content/lessons/ar/other.mdx': lessonFile({ id: 'other' }) }).map((p) => p.message);
		expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/item "q2" of the source lesson is missing/), expect.stringMatching(/translation of "other"/)]));
	});

	test('a folder for a locale that is not shipped, and a file with the wrong extension', () => {
		const messages = problemsFor({ 'content/lessons/fr/vote.mdx': lessonFile(), 'content/glossary/en/notes.txt': 'x' }).map((p) => p.message);
		expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/"fr", which is not a shipped locale/), expect.stringMatching(/is not a \.yaml file/)]));
	});

	test('the printed report gives file, line, field and a fix, and no stack trace', () => {
		const text = formatProblems(problemsFor({ 'content/lessons/en/vote.mdx': lessonFile({ complexity: '7' }) }));
		expect(text).toMatch(/^content\/lessons\/en\/vote\.mdx:9 complexity: .+\n    → .+/);
		expect(text).not.toMatch(/\bat .+\(.+:\d+:\d+\)/);
	});
});
