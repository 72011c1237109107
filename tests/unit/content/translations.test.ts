import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readRecord, sourceUnits, translatedUnits, translationStatus, writeRecord } from '../../../src/lib/content/translations.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { contentFixture, lessonFile } from '../../fixtures/content.ts';

const options = { sourceLocale: 'en', locales: ['en', 'ar'] };

function statusOf(files: Record<string, string | null>, record: Record<string, string>, strings = { en: { 'a.b': 'Hello' }, ar: { 'a.b': 'مرحبا' } }) {
	const root = contentFixture(files);
	const { content, problems } = validateContent(root, options);
	expect(problems).toEqual([]);
	const source = sourceUnits(content, 'en', strings.en);
	return Object.fromEntries(translationStatus(source, translatedUnits(content, 'ar', strings.ar), record).map((s) => [s.unit, s]));
}

describe('translation status', () => {
	test('a unit with no translation is missing, and one with no recorded source version is unchecked', () => {
		const status = statusOf({ 'content/lessons/ar/vote.mdx': lessonFile({ title: 'التصويت' }) }, {});
		expect(status['lessons/vote']!.state).toBe('unchecked');
		expect(status['modules/elections']!.state).toBe('missing');
		expect(status['strings/a.b']!.state).toBe('unchecked');
	});

	test('a translation is current while its source is unchanged, and outdated once the source changes', () => {
		const files = { 'content/lessons/ar/vote.mdx': lessonFile({ title: 'التصويت' }) };
		const first = statusOf(files, {});
		const record = { 'lessons/vote': first['lessons/vote']!.sourceHash };
		expect(statusOf(files, record)['lessons/vote']!.state).toBe('current');
		const edited = statusOf({ ...files, 'content/lessons/en/vote.mdx': lessonFile({ summary: 'How voting works, step by step.' }) }, record);
		expect(edited['lessons/vote']!.state).toBe('outdated');
	});

	test('records are written sorted and read back; a broken record says how to fix it', () => {
		const dir = contentFixture();
		mkdirSync(join(dir, 'content', 'translations'), { recursive: true });
		writeRecord(join(dir, 'content'), 'ar', { 'lessons/b': '2', 'lessons/a': '1' });
		expect(readRecord(join(dir, 'content'), 'ar')).toEqual({ 'lessons/a': '1', 'lessons/b': '2' });
		expect(readRecord(join(dir, 'content'), 'fr')).toEqual({});
		writeFileSync(join(dir, 'content', 'translations', 'ar.yaml'), 'lessons/a: [unclosed');
		expect(() => readRecord(join(dir, 'content'), 'ar')).toThrow(/content\/translations\/ar\.yaml cannot be read.*mark the translations again/);
	});
});
