import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { glossarySchema, lessonSchema, moduleSchema, teacherGuideSchema } from './lib/content/schema.ts';

// CIVITAS_CONTENT_DIR builds another content tree (the benchmark's generated courses, test variants).
const contentDir = process.env.CIVITAS_CONTENT_DIR ?? './content';

/** The files of one collection: one subfolder per locale; entry ids are "{locale}/{id}". */
const files = (name: string, ext: string) => glob({ pattern: `*/*${ext}`, base: `${contentDir}/${name}` });

export const collections = {
	modules: defineCollection({ loader: files('modules', '.yaml'), schema: moduleSchema }),
	lessons: defineCollection({ loader: files('lessons', '.mdx'), schema: lessonSchema }),
	glossary: defineCollection({ loader: files('glossary', '.yaml'), schema: glossarySchema }),
	teacher: defineCollection({ loader: files('teacher', '.mdx'), schema: teacherGuideSchema }),
};
