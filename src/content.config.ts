import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from './lib/content/schema.ts';

/** One collection per folder under content/, one subfolder per locale; entry ids are "{locale}/{id}". */
function collection(name: CollectionName) {
	const { schema, ext } = COLLECTIONS[name];
	return defineCollection({ loader: glob({ pattern: `*/*${ext}`, base: `./content/${name}` }), schema });
}

export const collections = {
	modules: collection('modules'),
	lessons: collection('lessons'),
	glossary: collection('glossary'),
	teacher: collection('teacher'),
};
