import lunr from 'lunr';
import { createAnalyser } from './analyser.ts';
import { languageTools } from './languages.ts';
import { compactIndex } from './serialise.ts';
import { SEARCH_INDEX_FORMAT, type IndexInput, type SearchFields, type SearchIndexFile } from './types.ts';

/** How much a match in each field counts: a word in the title says far more than one in the body. */
export const FIELD_BOOSTS: Record<keyof SearchFields, number> = { title: 10, keywords: 4, summary: 3, body: 1 };

/** Build a locale's search index file: one lunr index per language its documents are written in. */
export async function buildSearchIndex(locale: string, inputs: IndexInput[]): Promise<SearchIndexFile> {
	const langs = [...new Set(inputs.map((input) => input.document.lang))];
	const indexes: Record<string, object> = {};
	for (const lang of langs) {
		const analyser = createAnalyser(await languageTools(lang));
		const builder = new lunr.Builder();
		// Terms arrive analysed, and queries are analysed by the search page with the same analyser,
		// so the index carries no pipeline that would have to be registered before loading it.
		builder.pipeline.reset();
		builder.searchPipeline.reset();
		builder.metadataWhitelist = [];
		builder.ref('ref');
		for (const [field, boost] of Object.entries(FIELD_BOOSTS)) builder.field(field, { boost });
		inputs.forEach(({ document, fields, boost }, ref) => {
			if (document.lang !== lang) return;
			const terms = Object.fromEntries(Object.keys(FIELD_BOOSTS).map((field) => [field, analyser.terms(fields[field as keyof SearchFields] ?? '')]));
			builder.add({ ref: String(ref), ...terms }, { boost: boost ?? 1 });
		});
		indexes[lang] = compactIndex(builder.build().toJSON());
	}
	return { format: SEARCH_INDEX_FORMAT, locale, documents: inputs.map((input) => input.document), indexes };
}
