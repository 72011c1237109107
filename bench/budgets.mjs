// Budgets: the figures the benchmark promises to keep (bench/budgets.json), read from its results
// and checked, one line per budget and scope (language, or course sizes), each PASS, FAIL or N/A.
import { readFileSync } from 'node:fs';

/** The budgets file, checked for the fields the checker needs. */
export function loadBudgets(file = new URL('./budgets.json', import.meta.url)) {
	const { budgets } = JSON.parse(readFileSync(file, 'utf8'));
	if (!Array.isArray(budgets)) throw new Error(`${file}: "budgets" must be a list; see bench/budgets.json in the repository.`);
	for (const b of budgets) {
		if (!b.id || !b.metric || typeof b.max !== 'number') throw new Error(`${file}: budget ${JSON.stringify(b)} needs "id", "metric" and a numeric "max".`);
	}
	return budgets;
}

const each = (list, take) => (list ?? []).map(take);

/**
 * The figures budgets are checked against, by metric: a list of { scope, value } where a value
 * that could not be measured is undefined and carries a note saying why.
 */
export function metricsFromResults(results) {
	const real = results.real ?? {};
	const unmeasured = real.build && !real.build.ok ? { value: undefined, note: `the real course did not build: ${real.build.error}` } : undefined;
	const metrics = {
		lessonFirstVisitBytes: each(real.pages?.filter((p) => p.type === 'lesson'), (p) => ({ scope: p.locale, value: p.withoutImages.gzip })),
		jsUntilQuizTapBytes: Object.entries(real.quizTap ?? {}).map(([scope, q]) => (q.available ? { scope, value: q.before.gzip } : { scope, value: undefined, note: q.reason })),
		lessonLcpMs: each(real.lab?.filter((l) => l.type === 'lesson'), (l) => ({ scope: l.locale, value: l.first?.lcp })),
		offlinePackBytes: Object.entries(real.offline?.locales ?? {}).map(([scope, o]) => (o.available ? { scope, value: o.transferred } : { scope, value: undefined, note: o.reason })),
		buildPerPageGrowth: [scaleGrowth(results.scale ?? [])],
	};
	if (unmeasured) for (const key of ['lessonFirstVisitBytes', 'jsUntilQuizTapBytes', 'lessonLcpMs', 'offlinePackBytes']) metrics[key] = [{ scope: 'real course', ...unmeasured }];
	return metrics;
}

/** Growth of build time per page from the smallest to the largest generated course. */
function scaleGrowth(scale) {
	if (scale.length < 2) return { scope: 'generated courses', value: undefined, note: 'needs two generated course sizes' };
	const small = scale[0];
	const large = scale.at(-1);
	const scope = `${small.lessons}→${large.lessons} lessons`;
	const broken = [small, large].find((s) => !s.build.ok);
	if (broken) return { scope, value: undefined, broken: true, note: `the ${broken.lessons}-lesson build ${broken.build.error}` };
	// Rounded to a hundredth of a percent, so that a growth of exactly the tolerance passes.
	return { scope, value: Math.round((large.build.msPerPage / small.build.msPerPage - 1) * 1e4) / 1e4 };
}

/**
 * Check every budget against the metrics. A value over its maximum fails; a build that broke at
 * scale fails too; a figure that could not be measured is N/A, with the reason.
 */
export function checkBudgets(budgets, metrics) {
	const rows = [];
	for (const budget of budgets) {
		const values = metrics[budget.metric] ?? [];
		if (!values.length) rows.push({ ...budget, scope: '', value: undefined, status: 'N/A', note: 'not measured in this run' });
		for (const { scope, value, note, broken } of values) {
			const status = broken ? 'FAIL' : value === undefined ? 'N/A' : value <= budget.max ? 'PASS' : 'FAIL';
			rows.push({ id: budget.id, label: budget.label, unit: budget.unit, max: budget.max, scope, value, status, ...(note ? { note } : {}) });
		}
	}
	return rows;
}
