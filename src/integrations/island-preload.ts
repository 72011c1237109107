import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `import … from "./x.js"` and `import "./x.js"` in a built chunk; `import("./x.js")` loads later and is left out. */
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{},\s]+?\s*from\s*)?["']\.\/([^"']+\.js)["']/g;

/** What a page loads at once: islands that hydrate on load or at idle, and module scripts. */
// Attribute by attribute: a prop's text may hold a ">", never a bare quote (it is escaped as &quot;).
const ISLAND = /<astro-island\b(?:\s+[\w-]+(?:="[^"]*")?)*\s*>/g;
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"/g;
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Every chunk `entry` (a file name in _astro/) imports statically, directly or not, itself included. */
export function staticGraph(entry: string, read: (file: string) => string | undefined): string[] {
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		const code = read(file);
		if (code === undefined) return;
		seen.add(file);
		for (const [, dependency] of code.matchAll(STATIC_IMPORT)) visit(dependency!);
	};
	visit(entry);
	return [...seen];
}

/**
 * The modulepreload links a page needs: the whole static import graph of what it loads at once.
 * Without them the browser finds each layer of imports only after the one above has arrived, one
 * round trip per layer: on a 2-second slow 3G round trip, seconds before the quiz can answer.
 */
export function preloadLinks(html: string, assets: string, read: (file: string) => string | undefined): string[] {
	const entries: string[] = [];
	for (const [tag] of html.matchAll(ISLAND)) {
		const client = attribute(tag, 'client');
		if (client !== 'load' && client !== 'idle') continue;
		for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
			const url = attribute(tag, name);
			if (url) entries.push(url);
		}
	}
	for (const [, src] of html.matchAll(MODULE_SCRIPT)) entries.push(src!);
	const links = new Set<string>();
	for (const url of entries) {
		if (!url.startsWith(assets)) continue;
		for (const file of staticGraph(url.slice(assets.length), read)) links.add(`${assets}${file}`);
	}
	return [...links];
}

/** Add modulepreload links to every built page, before the offline step records the pages. */
export function islandPreload(): AstroIntegration {
	let assets = '/_astro/';
	return {
		name: 'civitas:island-preload',
		hooks: {
			'astro:config:done': ({ config }) => {
				const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				assets = `${base}${config.build.assets}/`;
			},
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const assetsDir = join(outDir, assets.split('/').filter(Boolean).at(-1)!);
				const chunks = new Map<string, string | undefined>();
				const read = (file: string) => {
					if (!chunks.has(file)) {
						const path = join(assetsDir, file);
						chunks.set(file, existsSync(path) ? readFileSync(path, 'utf8') : undefined);
					}
					return chunks.get(file);
				};
				let pages = 0;
				for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
					if (!file.endsWith('.html')) continue;
					const path = join(outDir, file);
					const html = readFileSync(path, 'utf8');
					const links = preloadLinks(html, assets, read);
					if (links.length === 0 || !html.includes('</head>')) continue;
					writeFileSync(path, html.replace('</head>', `${links.map((href) => `<link rel="modulepreload" href="${href}">`).join('')}</head>`));
					pages++;
				}
				logger.info(`modulepreload links added to ${pages} pages`);
			},
		},
	};
}
