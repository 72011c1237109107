// Validate and lint the curriculum: prints a readable report and exits 1 on any violation.
import { checkContent } from '../src/lib/content/report.ts';

try {
	const { ok, text } = checkContent(process.cwd());
	console.log(text);
	process.exitCode = ok ? 0 : 1;
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exitCode = 1;
}
