import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CourseSearch } from '../lib/search/engine.ts';
import { interpolate, plural } from '../lib/i18n/plural.ts';
import SearchHit from './SearchHit.tsx';

interface Props {
	locale: string;
	/** /{locale}/search-index.json under the site's base path. */
	indexUrl: string;
	strings: Record<string, string>;
	languages: Record<string, { name: string; dir: 'ltr' | 'rtl' }>;
	links: { modules: string; glossary: string };
}

type Phase = 'idle' | 'loading' | 'ready' | 'failed';

/** Results shown at first, and added by each "Show more": a phone screen holds only a few. */
const PAGE = 10;
/** Screen readers hear the count once the learner pauses, not after every key. */
const ANNOUNCE_DELAY = 400;

let opening: Promise<CourseSearch> | undefined;

/**
 * Load the locale's index and stemmer once per page. Called when the learner starts to search,
 * never before: ordinary page loads and a visit to this page without searching cost nothing.
 */
function openIndex(url: string): Promise<CourseSearch> {
	opening ??= (async () => {
		performance.mark('civitas:search-open');
		const { openSearchIndex } = await import('../lib/search/engine.ts');
		const search = await openSearchIndex(url);
		performance.measure('civitas:search-index-load', 'civitas:search-open');
		return search;
	})();
	opening.catch(() => (opening = undefined));
	return opening;
}

/** Whatever is in the address (?q=), so that a search can be linked and bookmarked. */
const queryInAddress = () => new URLSearchParams(location.search).get('q') ?? '';

function keepQueryInAddress(query: string) {
	const url = new URL(location.href);
	if (query) url.searchParams.set('q', query);
	else url.searchParams.delete('q');
	history.replaceState(history.state, '', url);
}

/** The search page: a search box, results with the matched words highlighted, and the count for screen readers. */
export default function Search({ locale, indexUrl, strings, languages, links }: Props) {
	const [phase, setPhase] = useState<Phase>('idle');
	const [engine, setEngine] = useState<CourseSearch>();
	const [query, setQuery] = useState('');
	const [shown, setShown] = useState(PAGE);
	const [announcement, setAnnouncement] = useState('');
	const input = useRef<HTMLInputElement>(null);
	const list = useRef<HTMLOListElement>(null);
	const focusAfterMore = useRef<number>();

	const start = () => {
		if (phase === 'loading' || phase === 'ready') return;
		setPhase('loading');
		openIndex(indexUrl).then(
			(search) => {
				setEngine(search);
				setPhase('ready');
			},
			() => setPhase('failed')
		);
	};

	// A linked search (?q=), or words typed before the page became interactive, start at once.
	// The box is left uncontrolled so that hydration never wipes what was typed.
	useEffect(() => {
		const box = input.current!;
		box.value ||= queryInAddress();
		if (box.value) {
			setQuery(box.value);
			start();
		}
	}, []);

	const trimmed = query.trim();
	const outcome = useMemo(() => (engine && trimmed ? engine.search(query) : undefined), [engine, query]);
	const count = outcome?.hits.length ?? 0;

	const status = !trimmed
		? ''
		: phase === 'loading'
			? strings['search.loading']!
			: outcome && count === 0
				? interpolate(strings['search.none']!, { query: trimmed })
				: outcome
					? interpolate(strings['search.countFor']!, { count: plural(strings, 'search.count', count, locale), query: trimmed })
					: '';

	useEffect(() => {
		const timer = setTimeout(() => setAnnouncement(status), status === strings['search.loading'] ? 0 : ANNOUNCE_DELAY);
		return () => clearTimeout(timer);
	}, [status]);

	useEffect(() => setShown(PAGE), [outcome]);

	useEffect(() => {
		if (focusAfterMore.current === undefined) return;
		list.current?.querySelectorAll<HTMLAnchorElement>('a[data-result]')[focusAfterMore.current]?.focus();
		focusAfterMore.current = undefined;
	}, [shown]);

	const onInput = (value: string) => {
		setQuery(value);
		keepQueryInAddress(value.trim());
		start();
	};

	// Arrow keys move between the search box and the results; Home and End jump within the results.
	const onKeyDown = (event: KeyboardEvent) => {
		const links = [...(list.current?.querySelectorAll<HTMLAnchorElement>('a[data-result]') ?? [])];
		const at = links.indexOf(document.activeElement as HTMLAnchorElement);
		const inBox = document.activeElement === input.current;
		const targets: Record<string, HTMLElement | null | undefined> = {
			ArrowDown: inBox ? links[0] : at >= 0 ? links[at + 1] : undefined,
			ArrowUp: at > 0 ? links[at - 1] : at === 0 ? input.current : undefined,
			Home: at >= 0 ? links[0] : undefined,
			End: at >= 0 ? links.at(-1) : undefined,
			Escape: at >= 0 ? input.current : undefined,
		};
		const target = targets[event.key];
		if (target) {
			event.preventDefault();
			target.focus();
		}
	};

	return (
		<div class="search" onKeyDown={onKeyDown}>
			<form
				role="search"
				method="get"
				class="search-form"
				onSubmit={(event) => {
					event.preventDefault();
					onInput(input.current?.value ?? '');
				}}
			>
				<label for="search-query">{strings['search.label']}</label>
				<div class="search-field">
					<input
						ref={input}
						id="search-query"
						type="search"
						name="q"
						autocomplete="off"
						spellcheck={false}
						enterkeyhint="search"
						aria-describedby="search-keyboard"
						onFocus={start}
						onInput={(event) => onInput(event.currentTarget.value)}
					/>
					<button type="submit">{strings['search.submit']}</button>
				</div>
				<p id="search-keyboard" class="eyebrow">
					{strings['search.keyboard']}
				</p>
			</form>
			<p role="status" id="search-status" class="search-status">
				{announcement}
			</p>
			{phase === 'failed' && (
				<div role="alert" class="notice">
					<p>{strings['search.failed']}</p>
					<button type="button" class="search-button" onClick={start}>
						{strings['search.retry']}
					</button>
				</div>
			)}
			{outcome && count === 0 && (
				<div class="notice" data-no-results>
					<p>{strings['search.noneHelp']}</p>
					<ul>
						<li>
							<a href={links.modules}>{strings['nav.home']}</a>
						</li>
						<li>
							<a href={links.glossary}>{strings['nav.glossary']}</a>
						</li>
					</ul>
				</div>
			)}
			{outcome && count > 0 && (
				<>
					{!outcome.complete && <p class="notice">{strings['search.partial']}</p>}
					<ol ref={list} class="search-results" aria-labelledby="search-status">
						{outcome.hits.slice(0, shown).map((hit) => (
							<SearchHit key={`${hit.document.kind}:${hit.document.id}`} hit={hit} locale={locale} strings={strings} languages={languages} />
						))}
					</ol>
					{count > shown && (
						<button
							type="button"
							class="search-button search-more"
							onClick={() => {
								focusAfterMore.current = shown;
								setShown(shown + PAGE);
							}}
						>
							{strings['search.more']}
						</button>
					)}
				</>
			)}
		</div>
	);
}
