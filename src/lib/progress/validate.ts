/**
 * A small schema checker for backup files. The site cannot ship a validation library to phones
 * for one form, so each rule is a function that returns what is wrong and where, or nothing.
 */
export type Rule = (value: unknown, path: string) => string | undefined;

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
// Control characters and bidirectional overrides could hide or disguise text where it is shown.
const UNSAFE_TEXT = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

/** Text of at most max characters, without control characters, optionally matching a pattern. */
export const text =
	(max: number, pattern?: RegExp, what = 'text'): Rule =>
	(v, path) => {
		if (typeof v !== 'string') return `${path}: must be ${what}`;
		if (v.length > max) return `${path}: is longer than ${max} characters`;
		if (UNSAFE_TEXT.test(v)) return `${path}: contains control characters`;
		if (pattern && !pattern.test(v)) return `${path}: must be ${what}`;
		return undefined;
	};

/** A whole number from min to max. */
export const integer =
	(min: number, max: number): Rule =>
	(v, path) =>
		typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? undefined : `${path}: must be a whole number from ${min} to ${max}`;

export const boolean: Rule = (v, path) => (typeof v === 'boolean' ? undefined : `${path}: must be true or false`);

/** One of a few literal values. */
export const oneOf =
	(values: readonly unknown[]): Rule =>
	(v, path) =>
		values.includes(v) ? undefined : `${path}: must be one of ${values.map((x) => JSON.stringify(x)).join(', ')}`;

/** Either null or what the rule accepts. */
export const nullable =
	(rule: Rule): Rule =>
	(v, path) =>
		v === null ? undefined : rule(v, path);

/** A list of at most max entries, each checked by the rule; unique entries if asked. */
export const list =
	(rule: Rule, min: number, max: number, unique?: (entry: unknown) => unknown): Rule =>
	(v, path) => {
		if (!Array.isArray(v)) return `${path}: must be a list`;
		if (v.length < min || v.length > max) return `${path}: must have from ${min} to ${max} entries`;
		const seen = new Set<unknown>();
		for (let i = 0; i < v.length; i++) {
			const problem = rule(v[i], `${path}[${i}]`);
			if (problem) return problem;
			if (unique) {
				const key = unique(v[i]);
				if (seen.has(key)) return `${path}[${i}]: appears twice`;
				seen.add(key);
			}
		}
		return undefined;
	};

/** An object with exactly these fields (those named in optional may be left out); nothing else. */
export const shape =
	(fields: Record<string, Rule>, optional: string[] = []): Rule =>
	(v, path) => {
		if (!isPlainObject(v)) return `${path}: must be an object`;
		for (const key of Object.keys(v)) if (!(key in fields)) return `${path}.${key}: is not a field of this format`;
		for (const [key, rule] of Object.entries(fields)) {
			if (!(key in v)) {
				if (optional.includes(key)) continue;
				return `${path}.${key}: is missing`;
			}
			const problem = rule(v[key], `${path}.${key}`);
			if (problem) return problem;
		}
		return undefined;
	};

/** An object used as a map: at most max keys, each checked by one rule and each value by another. */
export const record =
	(key: Rule, value: Rule, min: number, max: number): Rule =>
	(v, path) => {
		if (!isPlainObject(v)) return `${path}: must be an object`;
		const entries = Object.entries(v);
		if (entries.length < min || entries.length > max) return `${path}: must have from ${min} to ${max} entries`;
		for (const [k, x] of entries) {
			const problem = key(k, `${path} key "${k.slice(0, 40)}"`) ?? value(x, `${path}.${k}`);
			if (problem) return problem;
		}
		return undefined;
	};
