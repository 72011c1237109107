import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSiteConfig } from '../lib/site/config.ts';
import { formatProblems, validateContent } from '../lib/content/validate.ts';

/**
 * Check every content file before Astro reads it, so a broken lesson stops the build with
 * one message per problem (file, line, field, what to do) instead of a stack trace.
 */
export function contentValidation(): AstroIntegration {
	return {
		name: 'civitas:content-validation',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const root = fileURLToPath(config.root);
				const started = performance.now();
				const site = loadSiteConfig();
				const contentDir = process.env.CIVITAS_CONTENT_DIR ? resolve(root, process.env.CIVITAS_CONTENT_DIR) : undefined;
				const { content, problems } = validateContent(root, { sourceLocale: site.sourceLocale, locales: site.locales }, contentDir);
				if (problems.length) {
					logger.error(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was built.\n${formatProblems(problems)}`);
					process.exit(1);
				}
				const count = Object.values(content).reduce((n, list) => n + list.length, 0);
				logger.info(`${count} content files valid in ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
