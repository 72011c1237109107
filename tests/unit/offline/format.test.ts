import { describe, expect, test } from 'vitest';
import { formatBytes, formatCount, languageName } from '../../../src/lib/offline/format.ts';

describe('formatBytes', () => {
	test.each([
		[0, '0 bytes'],
		[999, '999 bytes'],
		[410_300, '410 kilobytes'],
		[1_234_567, '1.2 megabytes'],
		[123_456_789, '123 megabytes'],
		[2_500_000_000, '2.5 gigabytes'],
	])('%d bytes in English: %s', (bytes, text) => expect(formatBytes(bytes, 'en')).toBe(text));

	test('Arabic writes the unit out in Arabic', () => {
		expect(formatBytes(1_234_567, 'ar')).toMatch(/ميغابايت/);
		expect(formatBytes(410_000, 'ar')).toMatch(/كيلوبايت/);
	});
});

test('counts use the learner’s digits', () => {
	expect(formatCount(1234, 'en')).toBe('1,234');
	expect(formatCount(18, 'ar')).toBe((18).toLocaleString('ar'));
});

test('a language is named in the interface’s language', () => {
	expect(languageName('ar', 'en')).toBe('Arabic');
	expect(languageName('en', 'ar')).toBe('الإنجليزية');
	expect(languageName('ar', 'ar')).toBe('العربية');
});
