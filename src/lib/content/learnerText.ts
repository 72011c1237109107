/** A line of learner text with its line number in the file. */
export interface TextLine {
	line: number;
	text: string;
	/** Headings count towards words but are not sentences. */
	heading: boolean;
}

/** Components whose content is not learner text: activities, teacher notes and optional reading. */
const NON_LEARNER = ['Activity', 'TeacherNote', 'ReadMore', 'Figure'];

/**
 * The learner text of an MDX body: everything outside Activity, TeacherNote, ReadMore and Figure,
 * with Markdown and JSX markup removed, line by line so that problems can point at a line.
 */
export function learnerText(body: string, firstLine: number): TextLine[] {
	const lines: TextLine[] = [];
	let depth = 0;
	body.split('\n').forEach((raw, i) => {
		const opens = NON_LEARNER.filter((name) => new RegExp(`<${name}[\\s>]`).test(raw) && !new RegExp(`<${name}[^>]*/>`).test(raw)).length;
		const closes = NON_LEARNER.filter((name) => raw.includes(`</${name}>`)).length;
		const inside = depth > 0 || opens > 0;
		depth += opens - closes;
		if (inside || /^\s*(import|export)\s/.test(raw)) return;
		const heading = /^\s*#{1,6}\s/.test(raw);
		const text = stripMarkup(raw);
		if (text) lines.push({ line: firstLine + i, text, heading });
	});
	return lines;
}

/** Remove Markdown and JSX markup from one line, keeping the words a reader sees. */
export function stripMarkup(line: string): string {
	return line
		.replace(/<\/?[A-Za-z][^>]*>/g, '')
		.replace(/\{[^}]*\}/g, ' ')
		.replace(/^\s*(#{1,6}|[-*+]|\d+[.)])\s+/, '')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`]/g, '')
		.trim();
}

/** Words in a piece of text: runs of letters or digits, in any script. */
export function words(text: string): string[] {
	return text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu) ?? [];
}

/** Sentences of the learner text, each with the line it starts on; a line without final punctuation ends a sentence. */
export function sentences(lines: TextLine[]): { line: number; text: string; words: number }[] {
	const out: { line: number; text: string; words: number }[] = [];
	for (const { line, text, heading } of lines) {
		if (heading) continue;
		for (const sentence of text.split(/(?<=[.!?؟।])\s+/u)) {
			const count = words(sentence).length;
			if (count > 0) out.push({ line, text: sentence, words: count });
		}
	}
	return out;
}
