import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/report.ts';
import { ROOT } from '../../sites.mjs';

describe('the real course', () => {
	const result = checkContent(ROOT);

	test('validates and passes the content lint', () => {
		expect(result.violations.map((v) => `${v.file}:${v.line ?? ''} [${v.rule}] ${v.message}`)).toEqual([]);
		expect(result.ok, result.text).toBe(true);
	});

	test('has lessons in English and Arabic', () => {
		const locales = new Set(result.content.lessons.map((l) => l.locale));
		expect(locales).toEqual(new Set(['en', 'ar']));
	});
});
