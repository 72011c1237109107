import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { attemptsOf } from '../../../src/lib/progress/attempts.ts';
import type { ProgressDb } from '../../../src/lib/progress/db.ts';
import { exportProfile } from '../../../src/lib/progress/exportProfile.ts';
import { checksumOf, FORMAT_ID, FORMAT_VERSION, MAX_FILE_BYTES } from '../../../src/lib/progress/format.ts';
import { importBackup, previewImport } from '../../../src/lib/progress/importBackup.ts';
import { setActiveProfile } from '../../../src/lib/progress/profiles.ts';
import { readBackup } from '../../../src/lib/progress/readBackup.ts';
import { dump } from './dump.ts';
import { freshDb, twoLearners } from './fixtures.ts';

const SITE = { name: 'Civitas', version: '0.1.0' };
const dbs: ProgressDb[] = [];
const open = () => {
	const db = freshDb();
	dbs.push(db);
	return db;
};
afterEach(async () => {
	for (const db of dbs.splice(0)) await db.delete();
});

/** Rewrite a backup's content and give it a checksum that matches, as a careful forger would. */
async function resigned(text: string, change: (file: Record<string, unknown>) => void): Promise<string> {
	const file = JSON.parse(text);
	change(file);
	file.checksum = await checksumOf(file);
	return JSON.stringify(file);
}

describe('export', () => {
	test('one file with the format id, version, profile, site version, attempts with answers and a checksum', async () => {
		const db = open();
		const { amina } = await twoLearners(db);
		const backup = await exportProfile(db, amina.id, SITE, new Date('2025-06-01T12:00:00Z'));
		expect(backup.fileName).toBe('civitas-progress-amina-2025-06-01.json');
		const file = JSON.parse(backup.text);
		expect(file).toMatchObject({ format: FORMAT_ID, version: FORMAT_VERSION, exportedAt: '2025-06-01T12:00:00.000Z', site: SITE, profile: { id: amina.id, name: 'Amina' } });
		expect(file.attempts.map((a: { id: string }) => a.id)).toEqual(['amina-1', 'amina-2']);
		expect(file.attempts[0].answers[0]).not.toHaveProperty('attemptId');
		expect(file.attempts[0]).not.toHaveProperty('profileId');
		expect(file.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
		expect(await checksumOf(file)).toBe(file.checksum);
		expect((await db.profiles.get(amina.id))!.lastBackupAt).toBe(Date.parse('2025-06-01T12:00:00Z'));
	});

	test('a name that is not plain ASCII still gives a usable file name', async () => {
		const db = open();
		const { sam } = await twoLearners(db);
		expect((await exportProfile(db, sam.id, SITE)).fileName).toMatch(/^civitas-progress-b-sam-b-\d{4}-\d{2}-\d{2}\.json$/);
	});
});

describe('import', () => {
	test('on another device, everything comes back: profile, attempts and answers as given', async () => {
		const phone = open();
		const { amina } = await twoLearners(phone);
		const backup = await exportProfile(phone, amina.id, SITE);
		const tablet = open();
		const read = await readBackup(backup.text);
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(await previewImport(tablet, read.file)).toMatchObject({ name: 'Amina', localName: undefined, newAttempts: 2, knownAttempts: 0 });
		const result = await importBackup(tablet, backup.text);
		expect(result.ok).toBe(true);
		const strip = (list: Awaited<ReturnType<typeof attemptsOf>>) => list.map(({ attempt, answers }) => ({ attempt, answers: [...answers].sort((a, b) => a.itemId.localeCompare(b.itemId)) }));
		expect(strip(await attemptsOf(tablet, amina.id))).toEqual(strip(await attemptsOf(phone, amina.id)));
		const profile = await tablet.profiles.get(amina.id);
		expect(profile).toMatchObject({ id: amina.id, name: 'Amina', createdAt: amina.createdAt });
		expect((await tablet.settings.get('activeProfile'))!.value).toBe(amina.id);
	});

	test('importing the same file twice adds nothing; merging is by attempt id', async () => {
		const db = open();
		const { amina } = await twoLearners(db);
		const backup = await exportProfile(db, amina.id, SITE);
		// Importing makes the imported profile active; start from there so that nothing else may differ.
		await setActiveProfile(db, amina.id);
		const before = await dump(db);
		const again = await importBackup(db, backup.text);
		expect(again).toMatchObject({ ok: true, preview: { newAttempts: 0, knownAttempts: 2, localName: 'Amina' } });
		expect(await dump(db)).toBe(before);
	});

	test('a backup of the same learner from another device adds only the attempts that are new', async () => {
		const db = open();
		const { amina } = await twoLearners(db);
		const backup = await exportProfile(db, amina.id, SITE);
		const withNew = await resigned(backup.text, (file) => {
			const attempts = file.attempts as { id: string; answers: unknown[] }[];
			attempts.push({ ...attempts[0]!, id: 'from-tablet' });
		});
		const result = await importBackup(db, withNew);
		expect(result).toMatchObject({ ok: true, preview: { newAttempts: 1, knownAttempts: 2 } });
		expect(await db.attempts.get('from-tablet')).toMatchObject({ profileId: amina.id });
	});

	test('text containing HTML is kept as text, never as markup', async () => {
		const db = open();
		const { sam } = await twoLearners(db);
		const backup = await exportProfile(db, sam.id, SITE);
		const other = open();
		const result = await importBackup(other, backup.text);
		expect(result).toMatchObject({ ok: true, preview: { name: '<b>Sam</b>' } });
		expect((await other.profiles.get(sam.id))!.name).toBe('<b>Sam</b>');
	});
});

describe('refusing bad files: a clear reason, and nothing changed', () => {
	const cases: [string, (text: string) => Promise<string> | string, string][] = [
		['not JSON', () => 'this is not a backup', 'not-json'],
		['an empty file', () => '', 'not-json'],
		['a truncated file', (text) => text.slice(0, text.length / 2), 'not-json'],
		['another format', (text) => resigned(text, (f) => (f.format = 'moodle-backup')), 'wrong-format'],
		['a list, not a backup', () => '[1, 2, 3]', 'wrong-format'],
		['a version from a newer Civitas', (text) => resigned(text, (f) => (f.version = FORMAT_VERSION + 1)), 'newer-version'],
		['a tampered file', (text) => text.replace('"score": 3', '"score": 2').replace(/"correct": false/, '"correct": true'), 'bad-checksum'],
		['a file without its checksum', (text) => resigned(text, (f) => delete f.checksum).then((t) => t.replace(/,"checksum":"[^"]+"/, '')), 'bad-checksum'],
		['a valid checksum over an invalid body', (text) => resigned(text, (f) => ((f.profile as Record<string, unknown>).id = 42)), 'invalid'],
		['an unknown field', (text) => resigned(text, (f) => (f.extra = true)), 'invalid'],
		['a __proto__ key', (text) => text.replace('{', '{"__proto__": {"polluted": true},'), 'hostile-key'],
		['a constructor key', (text) => text.replace('"profile": {', '"profile": {"constructor": {"prototype": 1},'), 'hostile-key'],
		['a file over 5 MB', (text) => text + ' '.repeat(MAX_FILE_BYTES), 'too-large'],
		['a name with control characters', (text) => resigned(text, (f) => ((f.profile as Record<string, unknown>).name = 'Amina\u202e')), 'invalid'],
	];

	test.each(cases)('%s', async (_, mutate, reason) => {
		const db = open();
		const { amina } = await twoLearners(db);
		const backup = await exportProfile(db, amina.id, SITE);
		const before = await dump(db);
		const result = await importBackup(db, await mutate(backup.text));
		expect(result).toMatchObject({ ok: false, reason });
		expect(await dump(db)).toBe(before);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	test('an invalid file says where the problem is', async () => {
		const db = open();
		const { amina } = await twoLearners(db);
		const backup = await exportProfile(db, amina.id, SITE);
		const result = await readBackup(await resigned(backup.text, (f) => ((f.attempts as { answers: { response: unknown }[] }[])[0]!.answers[0]!.response = 7)));
		expect(result).toMatchObject({ ok: false, reason: 'invalid' });
		expect(!result.ok && result.where).toMatch(/^file\.attempts\[0\]\.answers\[0\]\.response: /);
	});
});
