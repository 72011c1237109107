// Words for the benchmark's generated courses, in the four languages the site configuration
// knows. Sentences are short and plain, like the real lessons, so that page weight, build cost
// and search index size grow as they would with real content. Placeholders: {topic} {place}
// {name} {n} {term}. One file per language, as src/i18n/ has.
import ar from './ar.mjs';
import en from './en.mjs';
import es from './es.mjs';
import fr from './fr.mjs';

/** Syllables for fictional place and person names, per script (never real country names). */
export const SYLLABLES = {
	latin: ['ka', 'lo', 'mi', 'ren', 'sa', 'tu', 'vel', 'do', 'ri', 'nam', 'be', 'zor', 'fi', 'lan', 'gu', 'he', 'ost', 'py', 'qua', 'wen'],
	arabic: ['سا', 'مي', 'را', 'لو', 'نا', 'دي', 'كا', 'ري', 'تو', 'بي', 'ها', 'زين', 'فو', 'جا', 'قو', 'شي', 'ور', 'طا', 'غو', 'صا'],
};

/** The words of each language, by locale. */
export const TEXT = { en, ar, fr, es };
