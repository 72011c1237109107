import type { APIRoute } from 'astro';
import { localeParams } from '../../lib/content/collections.ts';
import { buildSearchIndex } from '../../lib/search/build.ts';
import { searchInputs } from '../../lib/search/documents.ts';

export const getStaticPaths = localeParams;

/** /{locale}/search-index.json: the locale's search index, built with the pages from the same content. */
export const GET: APIRoute = async ({ params }) => {
	const locale = params.locale!;
	const file = await buildSearchIndex(locale, await searchInputs(locale));
	return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
