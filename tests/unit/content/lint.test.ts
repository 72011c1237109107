import { describe, expect, test } from 'vitest';
import { learnerText, sentences } from '../../../src/lib/content/learnerText.ts';
import { lintContent } from '../../../src/lib/content/lint.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { contentFixture, lessonFile } from '../../fixtures/content.ts';

const ACTIVITY = `
<Activity title="Vote" minutes={20} materials={["paper"]}>
<Steps>
1. Vote with a very long sentence that goes on and on and on and on and on and on and on and on and on and on and on.
</Steps>
<Debrief>
- Why?
</Debrief>
<Alternative>
Write it.
</Alternative>
</Activity>

<TeacherNote>
Never ask how families vote.
</TeacherNote>
`;

function lint(files: Record<string, string | null>, modules: 'all' | string[] = ['elections'], allowlist: { file: string; text: string; reason: string }[] = []) {
	const { content, problems } = validateContent(contentFixture(files), { sourceLocale: 'en', locales: ['en', 'ar'] });
	expect(problems).toEqual([]);
	return lintContent(content, { sourceLocale: 'en', modules, allowlist });
}

const rules = (result: ReturnType<typeof lint>) => result.violations.map((v) => v.rule);
const validLesson = (overrides: Record<string, string> = {}, body = 'A short text.\n') => lessonFile(overrides, body + ACTIVITY);
const threeItems = `
  items:
    - { id: a, type: truefalse, prompt: p, answer: true, explanation: e, source: s }
    - { id: b, type: truefalse, prompt: p, answer: false, explanation: e, source: s }
    - { id: c, type: single, prompt: p, choices: [{ id: x, text: X }, { id: y, text: Y }], answer: x, explanation: e, source: s }
    - { id: d, type: ordering, prompt: p, choices: [{ id: x, text: X }, { id: y, text: Y }, { id: z, text: Z }], answer: [x, y, z], explanation: e, source: s }`;

describe('learner text', () => {
	test('excludes activities, teacher notes and read-more, and keeps line numbers', () => {
		const lines = learnerText('# Title\nFirst line.\n<TeacherNote>\nHidden.\n</TeacherNote>\nLast <Term id="x">term</Term>.\n', 10);
		expect(lines).toEqual([
			{ line: 10, text: 'Title', heading: true },
			{ line: 11, text: 'First line.', heading: false },
			{ line: 15, text: 'Last term.', heading: false },
		]);
		expect(sentences(lines).map((s) => s.words)).toEqual([2, 2]);
	});
});

describe('content lint', () => {
	test('a lesson that follows the rules has no violations', () => {
		expect(lint({ 'content/lessons/en/vote.mdx': validLesson({ quiz: threeItems }) }).violations).toEqual([]);
	});

	test('flags too few items and too few types per lesson and per module', () => {
		expect(rules(lint({ 'content/lessons/en/vote.mdx': validLesson() }))).toEqual(['items', 'module-item-types']);
	});

	test('flags long sentences with their line, long texts and a high average', () => {
		const long = `${'word '.repeat(30).trim()}.\n`;
		const file = validLesson({ quiz: threeItems }, long.repeat(25));
		const result = lint({ 'content/lessons/en/vote.mdx': file });
		expect(rules(result)).toEqual(expect.arrayContaining(['learner-words', 'average-sentence', 'long-sentence']));
		expect(result.violations.find((v) => v.rule === 'long-sentence')!.line).toBe(file.split('\n').indexOf('---', 1) + 2);
	});

	test('flags forbidden options, loaded terms and country names, unless allowlisted with a reason', () => {
		const quiz = threeItems.replace('text: Y }', 'text: All of the above }');
		const lesson = validLesson({ quiz }, 'The regime of Kenya.\n');
		expect(rules(lint({ 'content/lessons/en/vote.mdx': lesson }))).toEqual(expect.arrayContaining(['forbidden-option', 'loaded-term', 'country-name']));
		const allowed = lint({ 'content/lessons/en/vote.mdx': lesson }, ['elections'], [
			{ file: 'content/lessons/en/vote.mdx', text: 'Kenya', reason: 'checked by a reviewer' },
			{ file: 'content/lessons/en/vote.mdx', text: 'regime', reason: 'checked by a reviewer' },
		]);
		expect(rules(allowed)).toEqual(['forbidden-option']);
	});

	test('flags an acronym used before it is spelled out, with its line', () => {
		const file = validLesson({ quiz: threeItems }, 'The UN wrote the Universal Declaration of Human Rights (UDHR).\nThe UDHR has 30 articles.\n');
		const result = lint({ 'content/lessons/en/vote.mdx': file });
		expect(result.violations.map((v) => `${v.rule} ${v.message}`)).toEqual(['acronym the acronym UN is used before it is spelled out.']);
		expect(result.violations[0]!.line).toBe(file.split('\n').indexOf('---', 1) + 2);
	});

	test('flags a lesson with one objective, and one without an activity part', () => {
		const lesson = lessonFile({ objectives: '[Name one thing.]', quiz: threeItems }, 'Text.\n' + ACTIVITY.replace(/<Debrief>[\s\S]*?<\/Debrief>/, ''));
		expect(rules(lint({ 'content/lessons/en/vote.mdx': lesson }))).toEqual(['objectives', 'activity']);
	});

	test('Seoul Plan coverage fails for the whole course and is only reported when modules are left out', () => {
		const lesson = validLesson({ quiz: threeItems });
		const whole = lint({ 'content/lessons/en/vote.mdx': lesson }, 'all');
		expect(whole.violations.filter((v) => v.rule === 'seoul-coverage')).toHaveLength(22);
		const partial = lint({ 'content/lessons/en/vote.mdx': lesson }, ['elections']);
		expect(partial.coverageIsRule).toBe(false);
		expect(partial.coverage.find((c) => c.code === 'PRE-3')!.lessons).toEqual(['vote']);
	});
});
