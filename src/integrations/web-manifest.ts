import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { APP_ICONS, BACKGROUND_COLOR, THEME_COLOR, webManifestPath } from '../lib/offline/app.ts';

interface ManifestOptions {
	locale: string;
	base: string;
	name: string;
	description: string;
	dir: 'ltr' | 'rtl';
}

/**
 * The web app manifest of one language: installing from an Arabic page gives an app that opens on
 * the Arabic home page, in Arabic, while the scope covers the whole site so links between languages stay inside the app.
 */
export function webManifest({ locale, base, name, description, dir }: ManifestOptions) {
	return {
		id: `${base}${locale}/`,
		name,
		short_name: name,
		description,
		lang: locale,
		dir,
		start_url: `${base}${locale}/`,
		scope: base,
		display: 'standalone',
		theme_color: THEME_COLOR,
		background_color: BACKGROUND_COLOR,
		categories: ['education'],
		icons: APP_ICONS.filter((icon) => !icon.appleTouch).map((icon) => ({
			src: `${base}${icon.file}`,
			sizes: `${icon.size}x${icon.size}`,
			type: 'image/png',
			purpose: icon.purpose,
		})),
	};
}

/** Write the manifest of every language into the built site. */
export async function writeWebManifests(outDir: string, manifests: ManifestOptions[]): Promise<void> {
	for (const options of manifests) {
		const file = join(outDir, webManifestPath(options.locale));
		await mkdir(join(file, '..'), { recursive: true });
		await writeFile(file, `${JSON.stringify(webManifest(options), null, '\t')}\n`);
	}
}
