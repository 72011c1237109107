import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ProgressDb } from '../../../src/lib/progress/db.ts';
import { exportProfile } from '../../../src/lib/progress/exportProfile.ts';
import { checksumOf, MAX_FILE_BYTES } from '../../../src/lib/progress/format.ts';
import { importBackup } from '../../../src/lib/progress/importBackup.ts';
import { REJECTIONS, type Rejection } from '../../../src/lib/progress/readBackup.ts';
import { dump } from './dump.ts';
import { freshDb, twoLearners } from './fixtures.ts';

// Malformed backups made by mutating valid exports; after each, the stored data must be unchanged.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const OPTIONAL = new Set(['hint', 'endedAt', 'score', 'total']);
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype'];
const HOSTILE_TEXT = ['<script>alert(1)</script>\u0000', 'x\u202egnp.exe', '<img src=x onerror=alert(1)>'.repeat(30), '\u0007bell', 'line\nbreak'];
const TOP_OWN_RULES = new Set(['format', 'version', 'checksum']);

const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Every value in a JSON tree with its path. */
function walk(value: Json, path: Path = [], out: { path: Path; value: Json }[] = []) {
	out.push({ path, value });
	if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, Array.isArray(value) ? Number(k) : k], out);
	return out;
}

const at = (root: Json, path: Path) => path.reduce<Json>((node, key) => (node as Record<string, Json>)[key]!, root);
const parentOf = (root: Json, path: Path) => at(root, path.slice(0, -1)) as Record<string, Json>;
const clone = (text: string) => JSON.parse(text) as Json;
const inResponse = (path: Path) => path.includes('response');

interface Mutant {
	kind: string;
	text: string;
	expected: Rejection;
}

async function finish(kind: string, file: Json, resign: boolean, expected: Rejection): Promise<Mutant> {
	if (resign) (file as Record<string, Json>).checksum = await checksumOf(file as Record<string, unknown>);
	return { kind, text: JSON.stringify(file), expected: resign ? expected : 'bad-checksum' };
}

/** All the ways a valid export is damaged or forged, each with the refusal it must meet. */
function mutants(valid: string): fc.Arbitrary<Promise<Mutant>> {
	const nodes = walk(clone(valid)).filter((n) => n.path.length > 0);
	const inner = nodes.filter((n) => !TOP_OWN_RULES.has(String(n.path[0])));
	const objects = walk(clone(valid)).filter((n) => kindOf(n.value) === 'object');
	// Required fields only: leaving out an optional one, or one pair of a matching answer, is still valid.
	const removable = nodes.filter((n) => n.path.length === 1 || (typeof n.path.at(-1) === 'string' && !OPTIONAL.has(String(n.path.at(-1))) && !inResponse(n.path.slice(0, -1))));
	const strings = inner.filter((n) => typeof n.value === 'string');
	const leaves = nodes.filter((n) => n.value === null || typeof n.value !== 'object').filter((n) => !['format', 'version'].includes(String(n.path[0])));

	const truncated = fc.integer({ min: 0, max: valid.length - 1 }).map(async (k) => ({ kind: 'truncated', text: valid.slice(0, k), expected: 'not-json' as const }));

	const swapped = fc
		.tuple(fc.constantFrom(...inner), fc.constantFrom<Json>(42, 'x', true, null, [], {}, -1.5), fc.boolean())
		.filter(([node, replacement]) => kindOf(node.value) !== kindOf(replacement) && !(node.path.at(-1) === 'seed' && (replacement === null || typeof replacement === 'string')))
		.map(([node, replacement, resign]) => {
			const file = clone(valid);
			parentOf(file, node.path)[node.path.at(-1)!] = replacement;
			return finish('swapped type', file, resign, 'invalid');
		});

	const removed = fc.tuple(fc.constantFrom(...removable), fc.boolean()).map(([node, resign]) => {
		const file = clone(valid);
		delete parentOf(file, node.path)[node.path.at(-1)!];
		const top = node.path.length === 1 ? String(node.path[0]) : '';
		if (top === 'format' || top === 'version') return Promise.resolve({ kind: 'removed field', text: JSON.stringify(file), expected: 'wrong-format' as const });
		if (top === 'checksum') return Promise.resolve({ kind: 'removed field', text: JSON.stringify(file), expected: 'bad-checksum' as const });
		return finish('removed field', file, resign, 'invalid');
	});

	const extra = fc.tuple(fc.constantFrom(...objects), fc.constantFrom('extra', 'note', 'Id', 'answers2'), fc.boolean()).map(([node, key, resign]) => {
		const file = clone(valid);
		(at(file, node.path) as Record<string, Json>)[key] = 12345;
		return finish('extra field', file, resign, 'invalid');
	});

	const hostileKey = fc.tuple(fc.constantFrom(...objects), fc.constantFrom(...HOSTILE_KEYS), fc.jsonValue(), fc.boolean()).map(([node, key, value, resign]) => {
		const file = clone(valid);
		// Define the key as data so JSON.stringify writes it, as a hand-made file would contain it.
		Object.defineProperty(at(file, node.path), key, { value, enumerable: true, configurable: true, writable: true });
		return finish('hostile key', file, resign, 'hostile-key').then((m) => ({ ...m, expected: 'hostile-key' as const }));
	});

	const hostileString = fc.tuple(fc.constantFrom(...strings), fc.constantFrom(...HOSTILE_TEXT), fc.boolean()).map(([node, replacement, resign]) => {
		const file = clone(valid);
		parentOf(file, node.path)[node.path.at(-1)!] = replacement;
		return finish('hostile string', file, resign, 'invalid');
	});

	const tampered = fc.constantFrom(...leaves).map((node) => {
		const file = clone(valid);
		const v = node.value;
		parentOf(file, node.path)[node.path.at(-1)!] = typeof v === 'number' ? v + 1 : typeof v === 'boolean' ? !v : typeof v === 'string' ? `${v}0` : 0;
		return finish('tampered', file, false, 'bad-checksum');
	});

	const otherFormat = fc.oneof(
		fc.jsonValue().filter((v) => kindOf(v) !== 'object' || (v as Record<string, unknown>).format !== 'civitas-progress').map((v) => JSON.stringify(v)).filter((t) => !HOSTILE_KEYS.some((k) => t.includes(`"${k}"`))),
		fc.string({ maxLength: 30 }).filter((s) => s !== 'civitas-progress').map((format) => JSON.stringify({ ...(clone(valid) as object), format }))
	).map(async (text) => ({ kind: 'other format', text, expected: 'wrong-format' as const }));

	const newer = fc.tuple(fc.integer({ min: 2, max: 1_000_000 }), fc.boolean()).map(([version, resign]) => {
		const file = clone(valid) as Record<string, Json>;
		file.version = version;
		return finish('newer version', file, resign, 'newer-version').then((m) => ({ ...m, expected: 'newer-version' as const }));
	});

	const huge = fc.nat(1000).map(async (extraBytes) => ({ kind: 'too large', text: valid + ' '.repeat(MAX_FILE_BYTES - valid.length + 1 + extraBytes), expected: 'too-large' as const }));

	return fc.oneof(
		{ arbitrary: truncated, weight: 3 },
		{ arbitrary: swapped, weight: 4 },
		{ arbitrary: removed, weight: 4 },
		{ arbitrary: extra, weight: 3 },
		{ arbitrary: hostileKey, weight: 2 },
		{ arbitrary: hostileString, weight: 3 },
		{ arbitrary: tampered, weight: 3 },
		{ arbitrary: otherFormat, weight: 2 },
		{ arbitrary: newer, weight: 1 },
		{ arbitrary: huge, weight: 1 }
	);
}

describe('importing malformed backups (property-based)', () => {
	let db: ProgressDb;
	let exports: string[];
	let stored: string;

	beforeAll(async () => {
		db = freshDb();
		const { amina, sam } = await twoLearners(db);
		exports = [(await exportProfile(db, amina.id, { name: 'Civitas', version: '0.1.0' })).text, (await exportProfile(db, sam.id, { name: 'Civitas', version: '0.1.0' })).text];
		stored = await dump(db);
	});
	afterAll(async () => {
		await db.delete();
	});

	test('1,200 files made by mutating valid exports are all refused for the right reason, and nothing stored changes', async () => {
		const seen = new Map<string, number>();
		const kinds = new Map<string, number>();
		const file = fc.constantFrom(0, 1).chain((i) => mutants(exports[i]!));
		await fc.assert(
			fc.asyncProperty(file, async (made) => {
				const mutant = await made;
				const result = await importBackup(db, mutant.text);
				expect(result.ok, mutant.kind).toBe(false);
				if (!result.ok) {
					expect(result.reason, `${mutant.kind}: ${mutant.text.slice(0, 200)}`).toBe(mutant.expected);
					seen.set(result.reason, (seen.get(result.reason) ?? 0) + 1);
				}
				kinds.set(mutant.kind, (kinds.get(mutant.kind) ?? 0) + 1);
				expect(await dump(db)).toBe(stored);
				expect(({} as Record<string, unknown>).polluted).toBeUndefined();
			}),
			{ numRuns: 1200 }
		);
		// Every rejection path was taken, and every kind of mutation was tried.
		expect([...seen.keys()].sort()).toEqual([...REJECTIONS].sort());
		expect(kinds.size).toBe(10);
		expect([...seen.values()].reduce((a, b) => a + b, 0)).toBe(1200);
	}, 120_000);

	test('the valid exports themselves are accepted (so the mutations are what is refused)', async () => {
		const other = freshDb();
		for (const text of exports) expect((await importBackup(other, text)).ok).toBe(true);
		await other.delete();
	});
});
