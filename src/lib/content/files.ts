import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { COLLECTIONS, type CollectionName } from './schema.ts';

/** One content file read from disk, before validation. */
export interface RawEntry {
	collection: CollectionName;
	locale: string;
	/** The id given by the file name, without extension. */
	fileId: string;
	/** Path relative to the project root, for messages. */
	file: string;
	data: unknown;
	/** MDX body after the frontmatter; empty for YAML files. */
	body: string;
	/** 1-based line of the first body line in the file. */
	bodyLine: number;
	/** The 1-based line in the file where the value at a data path starts, or the closest parent's line. */
	lineOf(path: readonly PropertyKey[]): number;
}

/** A problem in the content, located precisely enough that an editor can fix it. */
export interface Problem {
	file: string;
	line?: number;
	field?: string;
	message: string;
	hint: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Parse the YAML text of a file or frontmatter, mapping data paths to file lines. */
function parseYaml(source: string, lineOffset: number) {
	const lineCounter = new LineCounter();
	const doc: Document = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
	const lineOf = (path: readonly PropertyKey[]) => {
		for (let depth = path.length; depth >= 0; depth--) {
			const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
			if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
		}
		return 1 + lineOffset;
	};
	const lastLine = source.split('\n').length;
	const errors = doc.errors.map((e) => ({ line: Math.min(lineCounter.linePos(e.pos[0]).line, lastLine) + lineOffset, message: e.message.split('\n')[0]! }));
	return { data: errors.length ? undefined : doc.toJS(), errors, lineOf };
}

/** Read every file of every collection under `contentDir`, reporting files that cannot be parsed. */
export function readContent(root: string, contentDir = join(root, 'content')): { entries: RawEntry[]; problems: Problem[] } {
	const entries: RawEntry[] = [];
	const problems: Problem[] = [];
	for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
		const dir = join(contentDir, collection);
		if (!exists(dir)) continue;
		for (const locale of readdirSync(dir).sort()) {
			const localeDir = join(dir, locale);
			if (!statSync(localeDir).isDirectory()) continue;
			for (const name of readdirSync(localeDir).sort()) {
				const path = join(localeDir, name);
				const file = relative(root, path);
				if (statSync(path).isDirectory()) continue;
				const { ext } = COLLECTIONS[collection];
				if (extname(name) !== ext) {
					problems.push({
						file,
						message: `is not a ${ext} file, so it is not part of the "${collection}" collection.`,
						hint: `Rename it to end in ${ext}, or move it out of content/${collection}/.`,
					});
					continue;
				}
				const parsed = parseFile(readFileSync(path, 'utf8'), ext);
				if ('error' in parsed) {
					problems.push({ file, line: parsed.line, message: parsed.error, hint: parsed.hint });
					continue;
				}
				entries.push({ collection, locale, fileId: basename(name, ext), file, ...parsed });
			}
		}
	}
	return { entries, problems };
}

type Parsed = Pick<RawEntry, 'data' | 'body' | 'bodyLine' | 'lineOf'> | { error: string; hint: string; line: number };

/** Split an MDX file into frontmatter and body, or read a YAML file, with line-aware errors. */
export function parseFile(source: string, ext: string): Parsed {
	if (ext === '.yaml') {
		const { data, errors, lineOf } = parseYaml(source, 0);
		if (errors.length) return yamlError(errors[0]!);
		return { data, body: '', bodyLine: 1, lineOf };
	}
	const match = FRONTMATTER.exec(source);
	if (!match) {
		return {
			error: 'has no frontmatter.',
			hint: 'Start the file with a line "---", the lesson fields in YAML, and another line "---".',
			line: 1,
		};
	}
	const { data, errors, lineOf } = parseYaml(match[1]!, 1);
	if (errors.length) return yamlError(errors[0]!);
	const bodyLine = match[0].split('\n').length;
	return { data, body: source.slice(match[0].length), bodyLine, lineOf };
}

function yamlError(error: { line: number; message: string }): Parsed {
	return {
		error: `is not valid YAML: ${error.message}`,
		hint: 'Check the indentation and quoting on that line; text containing ": " or starting with a quote must be put in quotes.',
		line: error.line,
	};
}

function exists(path: string): boolean {
	try {
		statSync(path);
		return true;
	} catch {
		return false;
	}
}
