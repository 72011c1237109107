import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';

/** Languages the interface knows how to present; a locale must be listed here to be shipped. */
export const KNOWN_LOCALES = {
	en: { name: 'English', dir: 'ltr' },
	ar: { name: 'العربية', dir: 'rtl' },
	fr: { name: 'Français', dir: 'ltr' },
	es: { name: 'Español', dir: 'ltr' },
} as const;

export type LocaleCode = keyof typeof KNOWN_LOCALES;

const localeCode = z.enum(Object.keys(KNOWN_LOCALES) as [LocaleCode, ...LocaleCode[]], {
	error: (issue) =>
		`"${String(issue.input)}" is not a language Civitas knows. Use one of: ${Object.keys(KNOWN_LOCALES).join(', ')}.`,
});

export const siteConfigSchema = z
	.object({
		$comment: z.string().optional(),
		siteName: z.string().min(1),
		sourceLocale: localeCode,
		locales: z.array(localeCode).min(1),
		modules: z.union([z.literal('all'), z.array(z.string().min(1)).min(1)]),
		mastery: z.number().gt(0).lte(1),
	})
	.strict()
	.refine((c) => c.locales.includes(c.sourceLocale), {
		error: 'sourceLocale must be one of the shipped locales.',
		path: ['sourceLocale'],
	});

export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** Where the site configuration lives: CIVITAS_CONFIG if set, else civitas.config.json at the root. */
export function configPath(root = process.cwd()): string {
	return resolve(root, process.env.CIVITAS_CONFIG ?? 'civitas.config.json');
}

/** Read and validate the site configuration, throwing an error that names the file and the field. */
export function loadSiteConfig(file = configPath()): SiteConfig {
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(file, 'utf8'));
	} catch (cause) {
		throw new Error(`${file}: cannot read the site configuration (${(cause as Error).message}). Fix the JSON or set CIVITAS_CONFIG to a valid file.`);
	}
	const result = siteConfigSchema.safeParse(raw);
	if (!result.success) {
		const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
		throw new Error(`${file}: the site configuration is not valid.\n${lines.join('\n')}`);
	}
	return result.data;
}
