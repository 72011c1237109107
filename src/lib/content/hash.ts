import { createHash } from 'node:crypto';
import { canonicalJson } from '../canonicalJson.ts';

export { canonicalJson };

/**
 * The version of a translatable unit (a lesson with its quiz, a module, a glossary term, a teacher
 * guide, an interface string): 16 hex digits of SHA-256 over its data and body. Progress records
 * and translation tracking compare these; any edit changes it, reformatting the YAML does not.
 */
export function contentHash(data: unknown, body = ''): string {
	return createHash('sha256').update(canonicalJson({ data, body: body.replace(/\r\n/g, '\n').trim() })).digest('hex').slice(0, 16);
}
