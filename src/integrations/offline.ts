import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useTranslations } from '../lib/i18n/index.ts';
import { ICON_SOURCE } from '../lib/offline/app.ts';
import { SHELL } from '../lib/offline/packs.ts';
import { loadSiteConfig } from '../lib/site/config.ts';
import { dirOf } from '../lib/site/locale.ts';
import { writeAppIcons } from './app-icons.ts';
import { writeServiceWorker } from './service-worker.ts';
import { writeWebManifests } from './web-manifest.ts';

const kilobytes = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/**
 * After the build, make the site work offline and installable: app icons drawn from public/icon.svg,
 * a web app manifest per language, and sw.js precaching the shell and one pack per language. It must
 * be the last integration, so the manifest lists every file other steps write (search indexes and the like).
 */
export function offline(): AstroIntegration {
	let root = '';
	let base = '/';
	let target: string | string[] = 'es2022';
	return {
		name: 'civitas:offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				target = (config.vite.build?.target as string | string[] | undefined) ?? target;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				const site = loadSiteConfig();
				try {
					await writeAppIcons(join(root, 'public', ICON_SOURCE), outDir);
					await writeWebManifests(
						outDir,
						site.locales.map((locale) => ({ locale, base, name: site.siteName, description: useTranslations(locale)('site.tagline'), dir: dirOf(locale) })),
					);
					const { entries, warnings } = await writeServiceWorker({ outDir, root, source: join(root, 'src', 'sw', 'sw.ts'), locales: site.locales, target });
					for (const warning of warnings) logger.warn(warning);
					const packs = [SHELL, ...site.locales].map((pack) => {
						const files = entries.filter((e) => e.pack === pack);
						return `${pack} ${files.length} files ${kilobytes(files.reduce((sum, e) => sum + e.bytes, 0))}`;
					});
					logger.info(`sw.js precaches ${packs.join(', ')} (${Math.round(performance.now() - started)} ms)`);
				} catch (cause) {
					throw new Error('Failed to make the site work offline (icons, web app manifests, service worker).', { cause });
				}
			},
		},
	};
}
