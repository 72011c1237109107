import { expect, test } from 'vitest';
import { canonicalJson, contentHash } from '../../../src/lib/content/hash.ts';

test('the content hash ignores key order and line endings but changes with any edit', () => {
	const hash = contentHash({ a: 1, b: [1, 2] }, 'Text\n');
	expect(hash).toMatch(/^[0-9a-f]{16}$/);
	expect(contentHash({ b: [1, 2], a: 1 }, 'Text\r\n')).toBe(hash);
	expect(contentHash({ a: 1, b: [2, 1] }, 'Text')).not.toBe(hash);
	expect(contentHash({ a: 1, b: [1, 2] }, 'Text.')).not.toBe(hash);
	expect(canonicalJson({ z: { y: 1, x: 2 } })).toBe('{"z":{"x":2,"y":1}}');
});
