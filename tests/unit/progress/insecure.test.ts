import { createHash, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { randomId, uuidFromBytes } from '../../../src/lib/progress/ids.ts';
import { sha256Bytes, sha256Hex } from '../../../src/lib/progress/sha256.ts';

// On plain HTTP at a local address, browsers withhold crypto.randomUUID and crypto.subtle.
afterEach(() => {
	vi.unstubAllGlobals();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('ids without crypto.randomUUID', () => {
	test('are version 4 UUIDs built from getRandomValues, all different', () => {
		vi.stubGlobal('crypto', { getRandomValues: (bytes: Uint8Array) => bytes.set(randomBytes(bytes.length)) });
		const ids = new Set(Array.from({ length: 500 }, randomId));
		expect(ids.size).toBe(500);
		for (const id of ids) expect(id).toMatch(UUID);
	});

	test('still work with no crypto at all', () => {
		vi.stubGlobal('crypto', undefined);
		expect(randomId()).toMatch(UUID);
	});

	test('have the version and variant bits of RFC 9562', () => {
		expect(uuidFromBytes(new Uint8Array(16).fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
		expect(uuidFromBytes(new Uint8Array(16))).toBe('00000000-0000-4000-8000-000000000000');
	});
});

describe('checksums without crypto.subtle', () => {
	test('the JavaScript SHA-256 matches the standard test vectors', () => {
		const hex = (text: string) => Buffer.from(sha256Bytes(new TextEncoder().encode(text))).toString('hex');
		expect(hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
		expect(hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
		expect(hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
	});

	test('agrees with crypto.subtle on any text, including Arabic and emoji, at every block boundary', async () => {
		await fc.assert(
			fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), async (text) => {
				const expected = createHash('sha256').update(text, 'utf8').digest('hex');
				expect(await sha256Hex(text)).toBe(expected);
				vi.stubGlobal('crypto', {});
				expect(await sha256Hex(text)).toBe(expected);
				vi.unstubAllGlobals();
			}),
			{ numRuns: 300 }
		);
		for (let n = 50; n < 140; n++) expect(Buffer.from(sha256Bytes(new Uint8Array(n).fill(97))).toString('hex')).toBe(createHash('sha256').update('a'.repeat(n)).digest('hex'));
	});

	test('falls back when crypto.subtle refuses to work', async () => {
		vi.stubGlobal('crypto', { subtle: { digest: () => Promise.reject(new Error('insecure')) } });
		expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
	});
});
