import lunr from 'lunr';

type LunrPlugin = (instance: typeof lunr) => void;
type PluginModule = { default: LunrPlugin } | LunrPlugin;

/**
 * lunr-languages stemmers by language. Adding a language with a stemmer is one line here; each
 * loads on its own (a dynamic import), so English pages never download the Arabic stemmer. A
 * language not listed still searches by whole words, with accents and Arabic marks folded.
 */
const STEMMER_PLUGINS: Record<string, () => Promise<PluginModule>> = {
	ar: () => import('lunr-languages/lunr.ar.js'),
	es: () => import('lunr-languages/lunr.es.js'),
	fr: () => import('lunr-languages/lunr.fr.js'),
};

/**
 * Words a lunr-languages stop-word list drops that carry meaning in a civics course: its Arabic
 * list comes from news text and drops عام ("general"), so "الاقتراع العام" (universal suffrage)
 * would search as "الاقتراع" alone.
 */
const MEANINGFUL_WORDS: Record<string, string[]> = {
	ar: ['عام', 'عاما', 'عامة', 'عدم', 'قوة', 'واحد', 'سنة', 'سنوات', 'يوم', 'ايام', 'اليوم', 'الاول', 'الاولى', 'الثاني', 'الثانية'],
};

type TokenFilter = (token: lunr.Token) => lunr.Token | undefined;

/** What a language contributes to search: a stemmer and a stop-word filter, when it has them. */
export interface LanguageTools {
	lang: string;
	stemmer?: TokenFilter;
	stopWordFilter?: TokenFilter;
}

const loaded = new Map<string, Promise<LanguageTools>>();

/** The stemmer and stop words of a language, loading its lunr-languages plugin the first time. */
export function languageTools(lang: string): Promise<LanguageTools> {
	let tools = loaded.get(lang);
	if (!tools) {
		tools = loadTools(lang);
		loaded.set(lang, tools);
		tools.catch(() => loaded.delete(lang));
	}
	return tools;
}

/** Whether a language has a stemmer, so that inflected forms find each other. */
export function hasStemmer(lang: string): boolean {
	return lang === 'en' || lang in STEMMER_PLUGINS;
}

async function loadTools(lang: string): Promise<LanguageTools> {
	// lunr's own pipeline is English.
	if (lang === 'en') return { lang, stemmer: lunr.stemmer, stopWordFilter: lunr.stopWordFilter };
	const load = STEMMER_PLUGINS[lang];
	if (!load) return { lang };
	const [support, plugin] = await Promise.all([import('lunr-languages/lunr.stemmer.support.js'), load()]);
	const registered = lunr as unknown as Record<string, { stemmer: TokenFilter; stopWordFilter: TokenFilter } | undefined>;
	if (!('stemmerSupport' in lunr)) pluginFunction(support)(lunr);
	if (!registered[lang]) pluginFunction(plugin)(lunr);
	const { stemmer, stopWordFilter } = registered[lang]!;
	const meaningful = new Set(MEANINGFUL_WORDS[lang]);
	return { lang, stemmer, stopWordFilter: (token) => (meaningful.has(token.toString()) ? token : stopWordFilter(token)) };
}

// lunr-languages files are CommonJS: bundlers and Node expose the function as `default`.
const pluginFunction = (module: PluginModule): LunrPlugin => (typeof module === 'function' ? module : module.default);
