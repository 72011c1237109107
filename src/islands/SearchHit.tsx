import type { SearchHit as Hit } from '../lib/search/engine.ts';
import { excerpt, highlight, type Fragment } from '../lib/search/snippet.ts';

interface Props {
	hit: Hit;
	locale: string;
	strings: Record<string, string>;
	/** Name and direction of every language a result may be written in. */
	languages: Record<string, { name: string; dir: 'ltr' | 'rtl' }>;
}

const KIND_LABELS = { lesson: 'search.kind.lesson', module: 'search.kind.module', glossary: 'search.kind.glossary', teacher: 'search.kind.teacher' } as const;

/** Text with the matched words in <mark>, built as DOM text so content is never parsed as HTML. */
function Marked({ fragments }: { fragments: Fragment[] }) {
	return <>{fragments.map((f) => (f.mark ? <mark>{f.text}</mark> : f.text))}</>;
}

/** One result: title linking to the page, what kind of page it is and its module, and the passage that matched. */
export default function SearchHit({ hit, locale, strings, languages }: Props) {
	const { document: doc, matches } = hit;
	// Content in another language than the page (a fallback) says so, for screen readers and fonts.
	const langAttrs = (lang: string) => (lang === locale ? {} : { lang, dir: languages[lang]?.dir ?? 'ltr' });
	const content = langAttrs(doc.lang);
	// A glossary hit answers the question itself: its whole definition is shown.
	const passage = doc.kind === 'glossary' ? highlight(doc.text, matches) : excerpt(doc.text, matches);
	return (
		<li class="search-hit" data-kind={doc.kind}>
			<h2 class="search-hit__title">
				<a href={doc.href} data-result {...content}>
					<Marked fragments={highlight(doc.title, matches)} />
				</a>
			</h2>
			<p class="eyebrow">
				{strings[KIND_LABELS[doc.kind]]}
				{doc.module && (
					<>
						{' · '}
						<span {...langAttrs(doc.module.lang)}>{doc.module.title}</span>
					</>
				)}
				{doc.lang !== locale && (
					<>
						{' · '}
						<span lang={doc.lang}>{languages[doc.lang]?.name ?? doc.lang}</span>
					</>
				)}
			</p>
			<p class="search-hit__text" {...content}>
				<Marked fragments={passage} />
			</p>
		</li>
	);
}
