import { describe, expect, test } from 'vitest';
import { isComplete, languageView, overallProgress, type PackProgress, type WorkerReport } from '../../../src/lib/offline/status.ts';

const pack = (files: number, savedFiles: number): PackProgress => ({ files, savedFiles, bytes: files * 1000, savedBytes: savedFiles * 1000 });
const report = (languages: string[], packs: Record<string, PackProgress>, version = 'v1'): WorkerReport => ({ version, languages, shell: pack(10, 10), packs });

describe('languageView', () => {
	test('a language the active worker keeps, with every file stored, is saved', () => {
		expect(languageView('en', { active: report(['en'], { en: pack(50, 50), ar: pack(50, 0) }) })).toMatchObject({ state: 'saved', files: 50, bytes: 50_000 });
	});

	test('a language no worker keeps and nothing stored is not saved', () => {
		expect(languageView('ar', { active: report(['en'], { en: pack(50, 50), ar: pack(50, 0) }) }).state).toBe('not-saved');
	});

	test('while a worker downloads it, a language shows that worker’s progress', () => {
		const workers = { active: report(['en'], { en: pack(50, 50), ar: pack(40, 0) }), installing: report(['ar', 'en'], { en: pack(50, 50), ar: pack(40, 12) }) };
		expect(languageView('ar', workers)).toMatchObject({ state: 'saving', savedFiles: 12, files: 40 });
		// The language already saved stays saved during another's download.
		expect(languageView('en', workers).state).toBe('saved');
	});

	test('files left by a save that stopped halfway show as partly saved', () => {
		expect(languageView('ar', { active: report(['en'], { en: pack(50, 50), ar: pack(40, 7) }) })).toMatchObject({ state: 'partial', savedFiles: 7 });
	});

	test('a language kept by a newer version waiting for a reload shows the update, with the new size', () => {
		const workers = { active: report(['en'], { en: pack(50, 50), ar: pack(40, 0) }), update: report(['ar', 'en'], { en: pack(51, 51), ar: pack(41, 41) }, 'v2') };
		expect(languageView('en', workers)).toMatchObject({ state: 'update-ready', files: 51 });
		// Saved together with the update: ready too, though the active version does not keep it.
		expect(languageView('ar', workers).state).toBe('update-ready');
	});

	test('without any worker yet, every language is not saved', () => {
		expect(languageView('en', {})).toMatchObject({ state: 'not-saved', files: 0 });
	});
});

test('overall progress counts the shell and the worker’s languages only', () => {
	const progress = overallProgress(report(['ar'], { en: pack(50, 50), ar: pack(40, 8) }));
	expect(progress).toEqual({ files: 50, savedFiles: 18, bytes: 50_000, savedBytes: 18_000 });
	expect(isComplete(progress)).toBe(false);
	expect(isComplete(pack(3, 3))).toBe(true);
});
