// The benchmark's results as Markdown tables: readable in a terminal, and pasted as they are into
// the README's "Benchmark" section.

/** Bytes in KiB (or MiB from 1 MiB on) with one decimal. */
export function formatBytes(bytes) {
	if (bytes === undefined || bytes === null) return '–';
	if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
	return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** Milliseconds as "850 ms" or "4.2 s". */
export function formatMs(ms) {
	if (ms === undefined || ms === null) return '–';
	if (ms === 0) return '0 ms';
	if (ms < 10) return `${ms.toFixed(1)} ms`;
	return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** A budget's value or limit in its unit. */
export function formatValue(value, unit) {
	if (value === undefined || value === null) return '–';
	if (unit === 'bytes') return formatBytes(value);
	if (unit === 'ms') return formatMs(value);
	if (unit === 'ratio') return `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)}%`;
	return String(value);
}

/** A Markdown table with padded columns. */
export function table(header, rows) {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
	const line = (cells) => `| ${cells.map((c, i) => String(c ?? '').padEnd(widths[i])).join(' | ')} |`;
	return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

const pair = (t) => `${formatBytes(t.raw)} / ${formatBytes(t.gzip)}`;

function pagesTable(pages) {
	return table(
		['page', 'lang', 'requests', 'HTML raw / gz', 'CSS raw / gz', 'JS raw / gz', 'all but images, gz'],
		pages.map((p) => [p.type, p.locale || '–', p.all.requests, pair(p.html), pair(p.css), pair(p.js), formatBytes(p.withoutImages.gzip)])
	);
}

function quizTable(quizTap, pages) {
	const byLoad = (locale) => pages?.find((p) => p.type === 'lesson' && p.locale === locale)?.js;
	return table(
		['lang', 'JS by the end of load (learner reads first), gz', 'JS until the quiz answers a tap at once, gz', 'JS after that tap (progress store), gz', 'note'],
		Object.entries(quizTap).map(([locale, q]) => {
			const load = byLoad(locale) ? `${formatBytes(byLoad(locale).gzip)} (${byLoad(locale).requests} files)` : '–';
			if (q.error) return [locale, load, 'n/a', 'n/a', q.error];
			return q.available ? [locale, load, `${formatBytes(q.before.gzip)} (${q.before.requests} files)`, `${formatBytes(q.after.gzip)} (${q.after.requests} files)`, ''] : [locale, load, 'n/a', 'n/a', q.reason];
		})
	);
}

function labTable(lab) {
	const rows = [];
	for (const l of lab) {
		rows.push([l.type, l.locale, 'first', formatMs(l.first.fcp), formatMs(l.first.lcp), formatMs(l.first.tbt), l.type === 'lesson' ? (l.first.quizTap ? formatMs(l.first.quizTap) : `n/a${l.first.quizTapNote ? `: ${l.first.quizTapNote}` : ''}`) : '']);
		if (l.repeat.available === false) rows.push([l.type, l.locale, 'repeat, server stopped', 'n/a', 'n/a', 'n/a', l.repeat.reason]);
		else rows.push([l.type, l.locale, 'repeat, server stopped', formatMs(l.repeat.fcp), formatMs(l.repeat.lcp), formatMs(l.repeat.tbt), l.type === 'lesson' ? formatMs(l.repeat.quizTap) : '']);
	}
	return table(['page', 'lang', 'visit', 'FCP', 'LCP', 'TBT', 'quiz answers a tap'], rows);
}

function offlineTable(offline) {
	return table(
		['lang', 'transferred (compressed)', 'stored in Cache Storage', 'requests', 'note'],
		Object.entries(offline.locales).map(([locale, o]) => (o.available ? [locale, formatBytes(o.transferred), formatBytes(o.stored), o.requests ?? '', ''] : [locale, 'n/a', 'n/a', '', o.reason]))
	);
}

function searchRows(course, search) {
	if (search?.error) return [[course, '', 'n/a', 'n/a', '', '', '', '', search.error]];
	const notes = (s) => [s.top3 && `top-3 ${s.top3.found}/${s.top3.of} of the query set`, s.browserLoadMs !== undefined && `load in Chromium at 4x CPU ${formatMs(s.browserLoadMs)}`, s.queryNote, search.note].filter(Boolean).join('; ');
	return Object.entries(search?.locales ?? {}).map(([locale, s]) =>
		s.available ? [course, locale, formatBytes(s.raw), formatBytes(s.gzip), s.documents ?? '', formatMs(s.loadMs), formatMs(s.queryMs), formatMs(s.queryMaxMs), notes(s)] : [course, locale, 'n/a', 'n/a', '', '', '', '', s.reason]
	);
}

function buildRows(results) {
	const rows = [];
	const real = results.real;
	if (real?.build) rows.push(['real course', real.lessons ?? '', real.build.pages, formatMs(real.build.ms), formatMs(real.build.validationMs), real.build.msPerPage ? `${real.build.msPerPage.toFixed(1)} ms` : '–', formatBytes(real.output?.totalBytes), describeLargest(real.output), real.build.ok ? overLimit(real.output) : `FAILED: ${real.build.error}`]);
	for (const s of results.scale ?? []) {
		const course = `generated, ${s.lessons} lessons × ${s.locales.length} langs`;
		rows.push([course, s.lessons * s.locales.length, s.build.pages, formatMs(s.build.ms), formatMs(s.build.validationMs), s.build.msPerPage ? `${s.build.msPerPage.toFixed(1)} ms` : '–', formatBytes(s.output?.totalBytes), describeLargest(s.output), s.build.ok ? overLimit(s.output) : `FAILED: ${s.build.error}`]);
	}
	return rows;
}

const describeLargest = (output) => [output?.largest?.[0], output?.largestPage].filter(Boolean).map((f) => `${f.path} ${formatBytes(f.bytes)} (gz ${formatBytes(f.gzip)})`).join('; ');

/** What is over the precache limit the site was built with (recorded by largeFiles in scale.mjs). */
function overLimit(output) {
	const limit = output?.precacheLimit ? ` ${formatBytes(output.precacheLimit)}` : '';
	if (!output?.overPrecacheLimit?.length) return `nothing over the${limit} precache limit`;
	return `${output.overPrecacheLimit.length} file(s) over the${limit} precache limit, so not saved for offline use: ${output.overPrecacheLimit.map((f) => `${f.path} (${formatBytes(f.bytes)})`).join(', ')}`;
}

function budgetsTable(rows) {
	return table(
		['budget', 'scope', 'measured', 'limit', 'result'],
		rows.map((r) => [r.label, r.scope, formatValue(r.value, r.unit), formatValue(r.max, r.unit), r.status === 'N/A' ? `N/A: ${r.note}` : r.note ? `${r.status}: ${r.note}` : r.status])
	);
}

/** The whole report as Markdown. */
export function formatReport(results) {
	const { machine } = results;
	const out = [`Benchmark (${results.mode}, ${machine.cpus} cores, Node ${machine.node}, ${machine.browser}), ${results.finishedAt}`, ''];
	const load = Math.max(machine.loadAtStart ?? 0, machine.loadAtEnd ?? 0);
	if (load > machine.cpus) out.push(`Note: the one-minute load average was ${machine.loadAtStart?.toFixed(1)} at the start and ${machine.loadAtEnd?.toFixed(1)} at the end, on ${machine.cpus} cores: other work may have shared the CPU, so build times and CPU-bound timings may be inflated.`, '');
	const real = results.real;
	if (real?.pages?.length) {
		out.push('### Page weight, first visit (fresh context, service workers blocked)', '', pagesTable(real.pages), '');
		if (real.missing?.length) out.push(`Not built, so not measured: ${real.missing.map((m) => `${m.type}${m.locale ? ` (${m.locale})` : ''}`).join(', ')}.`, '');
	}
	if (real?.quizTap) out.push('### JavaScript on a lesson page until the quiz answers a tap', '', quizTable(real.quizTap, real.pages), '');
	if (real?.lab?.length) out.push(`### Lab timings: slow 3G (2,000 ms, 400 kbit/s), 4x CPU slowdown, median of ${real.lab[0].first.runs}`, '', labTable(real.lab), '');
	if (real?.offline) out.push('### Offline pack per language', '', offlineTable(real.offline), '');
	const search = [...(real?.search ? searchRows('real course', real.search) : []), ...(results.scale ?? []).flatMap((s) => searchRows(`${s.lessons} lessons`, s.search))];
	if (search.length) out.push('### Search index', '', table(['course', 'lang', 'index raw', 'gz', 'documents', 'load (Node)', 'query (median)', 'query (p95 or slowest)', 'note'], search), '');
	out.push('### Build', '', table(['course', 'lesson pages', 'pages', 'build time', 'of which content validation', 'per page', 'output', 'largest file; largest page', 'at scale'], buildRows(results)), '');
	const packs = (results.scale ?? []).filter((s) => s.offlinePacks);
	if (packs.length) {
		const rows = packs.flatMap((s) => Object.entries(s.offlinePacks).map(([pack, p]) => [`${s.lessons} lessons`, pack, p.files, formatBytes(p.bytes), formatBytes(p.gzip)]));
		out.push('### Offline packs at scale (from offline-packs.json; gzip as the server sends it)', '', table(['course', 'pack', 'files', 'stored', 'transferred, gz'], rows), '');
	}
	out.push('### Budgets (bench/budgets.json)', '', budgetsTable(results.budgets), '');
	const failed = results.budgets.filter((r) => r.status === 'FAIL');
	out.push(failed.length ? `FAIL: ${failed.length} budget check(s) failed: ${failed.map((r) => `${r.id}${r.scope ? ` (${r.scope})` : ''}`).join(', ')}.` : 'All measured budgets pass.');
	return out.join('\n');
}
