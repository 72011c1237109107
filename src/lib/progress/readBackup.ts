import { checksumOf, FORMAT_ID, FORMAT_VERSION, MAX_FILE_BYTES, type ExportFile } from './format.ts';
import { QUIZ_TYPES } from './quizTypes.ts';
import { boolean, integer, list, nullable, oneOf, record, shape, text, type Rule } from './validate.ts';

/** Why a file was refused; each has its own message for the learner. */
export type Rejection = 'too-large' | 'not-json' | 'hostile-key' | 'wrong-format' | 'newer-version' | 'bad-checksum' | 'invalid';

export const REJECTIONS: Rejection[] = ['too-large', 'not-json', 'hostile-key', 'wrong-format', 'newer-version', 'bad-checksum', 'invalid'];

/** A backup file read and checked: its content, or why it was refused and where the problem is. */
export type ReadResult = { ok: true; file: ExportFile } | { ok: false; reason: Rejection; where?: string };

// Keys that could reach an object's prototype if some code ever copied the data naively.
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const RANDOM_ID = /^[A-Za-z0-9_-]+$/;
const CONTENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LOCALE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

const randomId = text(64, RANDOM_ID, 'a random id');
const contentId = text(100, CONTENT_ID, 'an id such as "secret-ballot"');
const locale = text(20, LOCALE, 'a language code such as "en"');
// From 2020 to 2100, in milliseconds: anything else is a damaged clock or a damaged file.
const time = integer(1_577_836_800_000, 4_102_444_800_000);
const count = integer(0, 1000);

const RESPONSE: Record<(typeof QUIZ_TYPES)[number], Rule> = {
	single: contentId,
	scenario: contentId,
	multiple: list(contentId, 1, 100, (id) => id),
	ordering: list(contentId, 1, 100, (id) => id),
	truefalse: boolean,
	matching: record(contentId, contentId, 1, 100),
	short: text(500),
};

const answerFields = { itemId: contentId, type: oneOf(QUIZ_TYPES), response: () => undefined, correct: boolean, answeredAt: time, hint: boolean };
const answerShape = shape(answerFields, ['hint']);
const answer: Rule = (v, path) => answerShape(v, path) ?? RESPONSE[(v as { type: (typeof QUIZ_TYPES)[number] }).type](( v as { response: unknown }).response, `${path}.response`);

const attemptShape = shape(
	{
		id: randomId,
		lessonId: contentId,
		locale,
		contentLocale: locale,
		contentHash: text(64, /^[0-9a-f]+$/, 'a content hash'),
		mode: oneOf(['practice', 'check']),
		seed: nullable(randomId),
		startedAt: time,
		endedAt: time,
		score: count,
		total: count,
		answers: list(answer, 0, 500, (a) => (a as { itemId: string }).itemId),
	},
	['endedAt', 'score', 'total']
);
const attempt: Rule = (v, path) => {
	const problem = attemptShape(v, path);
	if (problem) return problem;
	const a = v as { startedAt: number; endedAt?: number; score?: number; total?: number };
	if (a.endedAt !== undefined && a.endedAt < a.startedAt) return `${path}.endedAt: is before startedAt`;
	if ((a.score ?? 0) > (a.total ?? Infinity)) return `${path}.score: is more than total`;
	return undefined;
};

const backupShape = shape({
	format: oneOf([FORMAT_ID]),
	version: oneOf([FORMAT_VERSION]),
	exportedAt: text(30, ISO_DATE, 'a date and time such as "2025-03-01T10:00:00.000Z"'),
	site: shape({ name: text(100), version: text(40) }),
	profile: shape({ id: randomId, name: text(40), createdAt: time }),
	attempts: list(attempt, 0, 20_000, (a) => (a as { id: string }).id),
	checksum: text(71),
});

/** Parse JSON, noting any key that could reach a prototype. */
function parse(content: string): { value: unknown; hostile?: string } | undefined {
	let hostile: string | undefined;
	try {
		const value: unknown = JSON.parse(content, function (key, v: unknown) {
			if (HOSTILE_KEYS.has(key)) hostile ??= key;
			return v;
		});
		return { value, hostile };
	} catch {
		return undefined;
	}
}

/**
 * Read a backup file and check everything before anything is stored: its size, that it is JSON,
 * that no key could reach a prototype, its format and version, its checksum, then every field.
 */
export async function readBackup(content: string): Promise<ReadResult> {
	if (content.length > MAX_FILE_BYTES || new TextEncoder().encode(content).length > MAX_FILE_BYTES) return { ok: false, reason: 'too-large' };
	const parsed = parse(content);
	if (!parsed) return { ok: false, reason: 'not-json' };
	if (parsed.hostile) return { ok: false, reason: 'hostile-key', where: parsed.hostile };
	const data = parsed.value as Record<string, unknown> | null;
	if (typeof data !== 'object' || data === null || Array.isArray(data) || data.format !== FORMAT_ID) return { ok: false, reason: 'wrong-format' };
	if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) return { ok: false, reason: 'wrong-format', where: 'version' };
	if (data.version > FORMAT_VERSION) return { ok: false, reason: 'newer-version', where: String(data.version) };
	if (typeof data.checksum !== 'string' || data.checksum !== (await checksumOf(data))) return { ok: false, reason: 'bad-checksum' };
	const problem = backupShape(data, 'file');
	if (problem) return { ok: false, reason: 'invalid', where: problem };
	return { ok: true, file: data as unknown as ExportFile };
}
