// What the build leaves for offline use, checked on the built course at the root and under a sub-path.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { APP_ICONS, webManifestPath } from '../../../src/lib/offline/app.ts';
import { packOf, requestPath, SHELL, type PackEntry } from '../../../src/lib/offline/packs.ts';
import { loadSiteConfig } from '../../../src/lib/site/config.ts';
import { builtSite, ROOT } from '../../sites.mjs';

const { locales } = loadSiteConfig(join(ROOT, 'civitas.config.json'));

function builtFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

for (const name of ['root', 'civics'] as const) {
	describe(`the "${name}" build`, () => {
		const { dir, base } = builtSite(name);
		const entries = (JSON.parse(readFileSync(join(dir, 'offline-packs.json'), 'utf8')) as { entries: PackEntry[] }).entries;
		const sw = readFileSync(join(dir, 'sw.js'), 'utf8');

		test('precaches every built file, each in the pack its folder says, with its true size and integrity', () => {
			const files = builtFiles(dir).filter((file) => file !== 'sw.js' && file !== 'offline-packs.json');
			expect(entries.map((e) => e.url).sort()).toEqual(files.map(requestPath).sort());
			for (const file of files) {
				const entry = entries.find((e) => e.url === requestPath(file))!;
				const body = readFileSync(join(dir, file));
				expect(entry.pack, file).toBe(packOf(file, locales));
				expect(entry.bytes, file).toBe(body.length);
				expect(entry.integrity, file).toBe(`sha256-${createHash('sha256').update(body).digest('base64')}`);
				// Hashed assets need no revision; everything else must have one, or updates would never reach it.
				expect(entry.revision === null, file).toBe(file.startsWith('_astro/'));
			}
		});

		test('has a pack for every language with its pages and search index, and a shell that serves every language offline', () => {
			for (const locale of locales) {
				const pack = entries.filter((e) => e.pack === locale).map((e) => e.url);
				for (const page of ['', 'lessons/secret-ballot/', 'glossary/', 'search/', 'progress/', 'teacher/', 'about/']) expect(pack).toContain(`${locale}/${page}`);
				const shell = entries.filter((e) => e.pack === SHELL).map((e) => e.url);
				expect(shell).toEqual(expect.arrayContaining([`${locale}/offline/`, `${locale}/offline/unsaved/`, webManifestPath(locale)]));
			}
			// The shell comes first: the worker installs in manifest order.
			const firstPack = entries.findIndex((e) => e.pack !== SHELL);
			expect(entries.slice(firstPack).every((e) => e.pack !== SHELL)).toBe(true);
		});

		test('sw.js carries its manifest and Workbox inside it, and loads no other script', () => {
			expect(sw).not.toContain('self.__WB_MANIFEST');
			expect(sw).toContain(entries.find((e) => e.pack === SHELL)!.integrity);
			expect(sw).toContain('workbox:precaching');
			expect(sw).not.toContain('importScripts');
		});

		test('every language has an installable web app manifest scoped to the base', async () => {
			for (const locale of locales) {
				const manifest = JSON.parse(readFileSync(join(dir, webManifestPath(locale)), 'utf8'));
				expect(manifest).toMatchObject({ lang: locale, scope: base, start_url: `${base}${locale}/`, display: 'standalone', short_name: expect.any(String), theme_color: expect.stringMatching(/^#/) });
				expect(manifest.name.length).toBeGreaterThan(0);
				expect(manifest.icons.map((i: { purpose: string; sizes: string }) => `${i.purpose} ${i.sizes}`)).toEqual(expect.arrayContaining(['any 192x192', 'any 512x512', 'maskable 512x512']));
				for (const icon of manifest.icons) expect(icon.src.startsWith(`${base}icons/`)).toBe(true);
			}
			for (const icon of APP_ICONS) {
				const { width, height, format } = await sharp(join(dir, icon.file)).metadata();
				expect({ width, height, format }, icon.file).toEqual({ width: icon.size, height: icon.size, format: 'png' });
			}
		});
	});
}
