import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { loadSiteConfig } from '../site/config.ts';
import { formatProblems, validateContent } from './validate.ts';
import { lintContent, type AllowEntry } from './lint.ts';

const allowlistSchema = z.array(z.object({ file: z.string().min(1), text: z.string().min(1), reason: z.string().min(10, { error: 'give a reason of at least a few words' }) }).strict());

/** Read content/lint-allowlist.yaml, failing with a message that names the entry at fault. */
export function readAllowlist(root: string): AllowEntry[] {
	const file = join(root, 'content', 'lint-allowlist.yaml');
	let raw: unknown;
	try {
		raw = parse(readFileSync(file, 'utf8')) ?? [];
	} catch (cause) {
		throw new Error(`content/lint-allowlist.yaml: cannot be read (${(cause as Error).message}).`);
	}
	const result = allowlistSchema.safeParse(raw);
	if (!result.success) {
		const issue = result.error.issues[0]!;
		throw new Error(`content/lint-allowlist.yaml: entry ${issue.path.join('.')} ${issue.message}. Each entry needs file, text and reason.`);
	}
	return result.data;
}

/** Validate and lint all content under root; return the printable report and whether it passed. */
export function checkContent(root: string, contentDir?: string) {
	const site = loadSiteConfig(join(root, process.env.CIVITAS_CONFIG ?? 'civitas.config.json'));
	const { content, problems } = validateContent(root, { sourceLocale: site.sourceLocale, locales: site.locales }, contentDir);
	if (problems.length) {
		return { ok: false, text: `Content validation: ${problems.length} problem(s).\n${formatProblems(problems)}`, content, violations: [] };
	}
	const { violations, stats, coverage, coverageIsRule } = lintContent(content, { sourceLocale: site.sourceLocale, modules: site.modules, allowlist: readAllowlist(root) });
	const table = [
		'file | words | sentences | avg | max | items | types',
		...stats.map((s) => `${s.file} | ${s.words} | ${s.sentences} | ${s.averageSentence} | ${s.longestSentence} | ${s.items} | ${s.types.join(', ')}`),
	];
	const coverageLines = coverage.map((c) => `${c.code.padEnd(6)} ${String(c.lessons.length).padStart(2)}  ${c.lessons.join(', ')}`);
	const text = [
		`Lessons (${stats.length}):`,
		...table.map((l) => `  ${l}`),
		`Seoul Plan coverage (${coverageIsRule ? 'each code needs 2 lessons' : 'report only: this configuration leaves modules out'}):`,
		...coverageLines.map((l) => `  ${l}`),
		violations.length ? `Violations (${violations.length}):\n${formatProblems(violations.map((v) => ({ ...v, message: `[${v.rule}] ${v.message}` })))}` : 'No violations.',
	].join('\n');
	return { ok: violations.length === 0, text, content, violations };
}
