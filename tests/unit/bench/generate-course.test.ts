import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCourse, GENERATED_LOCALES, planCourse } from '../../../bench/generate-course.mjs';
import { lintContent } from '../../../src/lib/content/lint.ts';
import { QUIZ_ITEM_TYPES } from '../../../src/lib/content/schema.ts';
import { siteConfigSchema } from '../../../src/lib/site/config.ts';
import { validateContent, type ContentSet } from '../../../src/lib/content/validate.ts';
import { ROOT as root } from '../../sites.mjs';


describe('the benchmark course generator', () => {
	let dir: string;
	let result: ReturnType<typeof generateCourse>;
	let content: ContentSet;
	let problems: ReturnType<typeof validateContent>['problems'];

	// Generating and validating four languages takes a few seconds on a busy 2-core machine.
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'civitas-generated-'));
		result = generateCourse({ dir, lessons: 22 });
		({ content, problems } = validateContent(root, { sourceLocale: 'en', locales: GENERATED_LOCALES }, result.contentDir));
	}, 30_000);
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	test('writes content that passes the same validation as the real course, in every locale', () => {
		expect(problems).toEqual([]);
		for (const locale of GENERATED_LOCALES) {
			expect(content.lessons.filter((l) => l.locale === locale)).toHaveLength(22);
			expect(content.modules.filter((m) => m.locale === locale)).toHaveLength(3);
			expect(content.teacher.filter((g) => g.locale === locale)).toHaveLength(3);
			expect(content.glossary.filter((g) => g.locale === locale)).toHaveLength(22);
		}
	});

	test('writes a site configuration that ships the four locales and every module', () => {
		const config = siteConfigSchema.parse(JSON.parse(readFileSync(result.configPath, 'utf8')));
		expect(config.locales).toEqual(['en', 'ar', 'fr', 'es']);
		expect(config.modules).toBe('all');
	});

	test('uses every quiz item type, and lessons look like real lessons to the content lint', () => {
		const types = new Set(content.lessons.flatMap((l) => l.data.quiz.items.map((i) => i.type)));
		expect([...types].sort()).toEqual([...QUIZ_ITEM_TYPES].sort());
		const { violations, stats } = lintContent(content, { sourceLocale: 'en', modules: 'all', allowlist: [] });
		expect(violations).toEqual([]);
		for (const lesson of stats) {
			expect(lesson.words).toBeGreaterThan(300);
			expect(lesson.words).toBeLessThanOrEqual(600);
		}
	}, 30_000);

	test('writes lesson files of a realistic size', () => {
		const sizes = content.lessons.map((l) => readFileSync(join(root, l.file)).length);
		expect(Math.min(...sizes)).toBeGreaterThan(5_000);
		expect(Math.max(...sizes)).toBeLessThan(20_000);
	});

	test('plans the same course for the same seed, with unique ids', () => {
		expect(planCourse({ lessons: 30, seed: 7 })).toEqual(planCourse({ lessons: 30, seed: 7 }));
		const plan = planCourse({ lessons: 500 });
		const lessons = plan.modules.flatMap((m) => m.lessons as { id: string; term: { id: string } }[]);
		expect(lessons).toHaveLength(500);
		expect(new Set(lessons.map((l) => l.id)).size).toBe(500);
		expect(new Set(lessons.map((l) => l.term.id)).size).toBe(500);
		expect(new Set(plan.modules.map((m) => m.id)).size).toBe(plan.modules.length);
	});

	test('refuses a locale it has no words for', () => {
		expect(() => generateCourse({ dir, lessons: 1, locales: ['en', 'de'] })).toThrow(/no text for de/);
	});
});
