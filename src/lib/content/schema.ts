import { z } from 'astro/zod';
import { RFCDC_CODES, SEOUL_CODES } from './codes.ts';

/** Stable ids: lowercase words joined by hyphens, identical in every locale. */
export const idSchema = z
	.string({ error: 'must be a text id such as "secret-ballot"' })
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: 'must use lowercase letters, digits and single hyphens only, such as "secret-ballot"',
	});

const text = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });

const choice = z.object({ id: idSchema, text }).strict();

const itemBase = {
	id: idSchema,
	prompt: text,
	explanation: text,
	source: text.describe('The instrument, article or document that the explanation rests on.'),
	hint: text.optional(),
};

/** One quiz item; the answer always refers to choice ids, never to choice text. */
export const quizItemSchema = z.discriminatedUnion(
	'type',
	[
		z.object({ ...itemBase, type: z.literal('single'), choices: z.array(choice).min(2), answer: idSchema }).strict(),
		z.object({ ...itemBase, type: z.literal('scenario'), scenario: text, choices: z.array(choice).min(2), answer: idSchema }).strict(),
		z.object({ ...itemBase, type: z.literal('multiple'), choices: z.array(choice).min(3), answer: z.array(idSchema).min(1) }).strict(),
		z.object({ ...itemBase, type: z.literal('truefalse'), answer: z.boolean({ error: 'must be true or false' }) }).strict(),
		z.object({ ...itemBase, type: z.literal('ordering'), choices: z.array(choice).min(3), answer: z.array(idSchema).min(3) }).strict(),
		z
			.object({
				...itemBase,
				type: z.literal('matching'),
				pairs: z.array(choice).min(2),
				choices: z.array(choice).min(2),
				answer: z.record(idSchema, idSchema),
			})
			.strict(),
		z.object({ ...itemBase, type: z.literal('short'), accept: z.array(text).min(1) }).strict(),
	],
	{ error: 'type must be one of: single, multiple, truefalse, ordering, matching, short, scenario' }
);

export type QuizItem = z.infer<typeof quizItemSchema>;
export type QuizItemType = QuizItem['type'];
export const QUIZ_ITEM_TYPES: QuizItemType[] = ['single', 'multiple', 'truefalse', 'ordering', 'matching', 'short', 'scenario'];

const sourceSchema = z
	.object({
		title: text,
		citation: text.optional(),
		url: z.url({ error: 'must be a full web address starting with https://' }).optional(),
	})
	.strict()
	.refine((s) => s.citation || s.url, { error: 'give a citation or a url for each source' });

const seoulCode = z.enum(SEOUL_CODES, {
	error: (issue) => `"${String(issue.input)}" is not a Seoul Plan code; see src/lib/content/codes.ts`,
});

const rfcdcCode = z.enum(RFCDC_CODES, {
	error: (issue) => `"${String(issue.input)}" is not an RFCDC competence code (V1–V3, A1–A6, S1–S8, K1–K3)`,
});

/** Frontmatter of a lesson (content/lessons/{locale}/{id}.mdx). */
export const lessonSchema = z
	.object({
		id: idSchema,
		title: text,
		summary: text,
		module: idSchema,
		order: z.number().int().positive(),
		audience: z.enum(['learners', 'teachers']),
		band: z.enum(['9-12', '12-15', '15-18', 'adults']),
		complexity: z.number().int().min(1).max(4),
		duration: z.number().int().positive().max(240),
		objectives: z.array(text).min(1),
		keyTerms: z.array(idSchema).default([]),
		seoul: z.array(seoulCode).min(1),
		rfcdc: z.array(rfcdcCode).min(1),
		udhr: z.array(z.string().regex(/^(Preamble|\d{1,2}(\(\d\))?)$/, { error: 'write UDHR references as "21", "21(3)" or "Preamble"' })),
		instruments: z.array(text).default([]),
		sensitive: z.union([z.literal(false), z.object({ reason: text }).strict()], {
			error: 'write false, or { reason: "why the topic is sensitive" }',
		}),
		sources: z.array(sourceSchema).min(1, { error: 'list at least one primary source' }),
		quiz: z
			.object({
				mastery: z.number().gt(0).lte(1).optional(),
				items: z.array(quizItemSchema).min(1),
			})
			.strict(),
	})
	.strict();

export type Lesson = z.infer<typeof lessonSchema>;

/** A module (content/modules/{locale}/{id}.yaml). */
export const moduleSchema = z
	.object({
		id: idSchema,
		title: text,
		order: z.number().int().positive(),
		summary: text,
		aim: text,
		objectives: z.array(text).min(1),
		check: z
			.object({
				task: text,
				rubric: z
					.array(
						z
							.object({ criterion: text, beginning: text, developing: text, secure: text, advanced: text })
							.strict()
					)
					.min(1),
				iCan: z.array(text).min(1),
			})
			.strict(),
	})
	.strict();

export type Module = z.infer<typeof moduleSchema>;

/** A glossary term (content/glossary/{locale}/{id}.yaml). */
export const glossarySchema = z
	.object({
		id: idSchema,
		term: text,
		definition: text,
	})
	.strict();

export type GlossaryTerm = z.infer<typeof glossarySchema>;

/** Frontmatter of a module's teacher guide (content/teacher/{locale}/{module}.mdx). */
export const teacherGuideSchema = z
	.object({
		id: idSchema,
		module: idSchema,
		title: text,
		summary: text,
		materials: z.array(text).min(1),
		timing: z.array(z.object({ step: text, minutes: z.number().int().positive() }).strict()).min(1),
	})
	.strict();

export type TeacherGuide = z.infer<typeof teacherGuideSchema>;

/** The collections, by folder name under content/, with their schema and file extension. */
export const COLLECTIONS = {
	modules: { schema: moduleSchema, ext: '.yaml' },
	lessons: { schema: lessonSchema, ext: '.mdx' },
	glossary: { schema: glossarySchema, ext: '.yaml' },
	teacher: { schema: teacherGuideSchema, ext: '.mdx' },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
