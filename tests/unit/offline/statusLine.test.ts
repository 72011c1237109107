import { describe, expect, test } from 'vitest';
import type { OfflineSnapshot } from '../../../src/lib/offline/client.ts';
import type { PackProgress, WorkerReport } from '../../../src/lib/offline/status.ts';
import { statusLine } from '../../../src/lib/offline/statusLine.ts';
import { interpolate } from '../../../src/lib/i18n/plural.ts';
import { STRINGS } from '../../../src/lib/i18n/strings.ts';

const translate = (locale: string) => (key: string, values: Record<string, string | number> = {}) => interpolate(STRINGS[locale]![key] ?? key, values);
const pack = (files: number, savedFiles: number, bytesPerFile = 10_000): PackProgress => ({ files, savedFiles, bytes: files * bytesPerFile, savedBytes: savedFiles * bytesPerFile });
const report = (languages: string[], packs: Record<string, PackProgress>, version = 'v1'): WorkerReport => ({ version, languages, shell: pack(10, 10, 1_000), packs });
const snapshot = (change: Partial<OfflineSnapshot>): OfflineSnapshot => ({ support: 'ok', workers: {}, languages: [], busy: false, askFirst: false, ...change });
const saved = report(['en'], { en: pack(42, 42), ar: pack(40, 0) });

describe('the status line of an English page', () => {
	const line = (change: Partial<OfflineSnapshot>) => statusLine(snapshot(change), 'en', 'English', translate('en'));

	test('says nothing until a worker is active, or when offline use is impossible', () => {
		expect(line({}).kind).toBe('hidden');
		expect(line({ support: 'insecure', workers: { active: saved } }).kind).toBe('hidden');
	});

	test('counts what is stored while saving: files and bytes', () => {
		const installing = report(['en'], { en: pack(42, 8), ar: pack(40, 0) });
		const result = line({ busy: true, languages: ['en'], workers: { active: report([], { en: pack(42, 0) }), installing } });
		expect(result).toMatchObject({ kind: 'saving', text: 'Saving lessons for offline use: 18 of 52, 90 kilobytes', progress: { value: 18, max: 52 } });
	});

	test('ends in "Available offline"', () => {
		expect(line({ languages: ['en'], workers: { active: saved } })).toEqual({ kind: 'available', text: 'Available offline' });
	});

	test('offers an update before anything else', () => {
		const result = line({ languages: ['en'], workers: { active: saved, update: report(['en'], { en: pack(43, 43) }, 'v2') } });
		expect(result).toMatchObject({ kind: 'update', text: 'New lessons are available.', action: 'reload', actionLabel: 'Reload' });
	});

	test('asks first on a data-saving connection, with the size', () => {
		const result = line({ askFirst: true, workers: { active: report([], { en: pack(42, 0) }) } });
		expect(result).toMatchObject({ kind: 'ask', action: 'save', actionLabel: 'Save', dismissLabel: 'Not now' });
		expect(result.text).toBe('Your device is set to save data. Save the lessons in English for offline use? They need 420 kilobytes.');
	});

	test('says why saving stopped, and offers to try again', () => {
		const result = line({ problem: 'space', workers: { active: report([], { en: pack(42, 3) }) } });
		expect(result).toMatchObject({ kind: 'problem', action: 'retry', actionLabel: 'Try again' });
		expect(result.text).toMatch(/not have enough free space/);
	});

	test('offers to save a language that is not saved, with its size', () => {
		const result = line({ languages: ['ar'], workers: { active: report(['ar'], { en: pack(42, 0), ar: pack(40, 40) }) } });
		expect(result).toMatchObject({ kind: 'not-saved', text: 'The lessons in English are not saved on this device.', actionLabel: 'Save them (420 kilobytes)' });
	});
});

test('an Arabic page says the same in Arabic, with its own digits', () => {
	const installing = report(['ar'], { ar: pack(42, 8) });
	const result = statusLine(snapshot({ busy: true, languages: ['ar'], workers: { active: report([], { ar: pack(42, 0) }), installing } }), 'ar', 'العربية', translate('ar'));
	expect(result.text).toContain('جارٍ حفظ الدروس للاستخدام دون اتصال');
	expect(result.text).toContain((18).toLocaleString('ar'));
	expect(result.text).toContain((52).toLocaleString('ar'));
});
