import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from './lib/content/schema.ts';

// CIVITAS_CONTENT_DIR builds another content tree (the benchmark's generated courses, test variants).
const contentDir = process.env.CIVITAS_CONTENT_DIR ?? './content';

/** One collection per folder under the content folder, one subfolder per locale; entry ids are "{locale}/{id}". */
function collection(name: CollectionName) {
	const { schema, ext } = COLLECTIONS[name];
	return defineCollection({ loader: glob({ pattern: `*/*${ext}`, base: `${contentDir}/${name}` }), schema });
}

export const collections = {
	modules: collection('modules'),
	lessons: collection('lessons'),
	glossary: collection('glossary'),
	teacher: collection('teacher'),
};
