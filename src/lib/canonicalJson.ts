/**
 * JSON with object keys sorted at every level, so that the same data always gives the same text.
 * Shared by the content hash (at build time) and the progress file's checksum (in the browser), so
 * it must not depend on Node.
 */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v
	);
}
