/**
 * Random ids for profiles and attempts. crypto.randomUUID exists only in secure contexts (HTTPS
 * or localhost); a classroom server on plain HTTP at a local address has only getRandomValues,
 * which every browser offers everywhere, so a version 4 UUID is built from it there.
 */

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** A random version 4 UUID, from crypto.randomUUID where the browser allows it, else from random bytes. */
export function randomId(): string {
	const crypto = globalThis.crypto;
	if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
	return uuidFromBytes(randomBytes(16));
}

/** Sixteen random bytes shaped as a version 4 UUID (RFC 9562). */
export function uuidFromBytes(bytes: Uint8Array): string {
	bytes[6] = (bytes[6]! & 0x0f) | 0x40;
	bytes[8] = (bytes[8]! & 0x3f) | 0x80;
	const h = hex(bytes);
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function randomBytes(length: number): Uint8Array {
	const bytes = new Uint8Array(length);
	if (typeof globalThis.crypto?.getRandomValues === 'function') globalThis.crypto.getRandomValues(bytes);
	// No browser Civitas supports lacks getRandomValues; this keeps ids unique if one ever does.
	else for (let i = 0; i < length; i++) bytes[i] = Math.floor(Math.random() * 256);
	return bytes;
}
