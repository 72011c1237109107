// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { contentValidation } from './src/integrations/content-validation.ts';
import { islandPreload } from './src/integrations/island-preload.ts';
import { lunrStrictModeFix, lunrStrictModeFixOptimizer } from './src/integrations/lunr-strict-fix.ts';
import { offline } from './src/integrations/offline.ts';
import { bootScriptHashes } from './src/lib/site/inlineScripts.ts';

// A ministry may host the course under a sub-path (CIVITAS_BASE=/civics/); tests build it there too.
const base = process.env.CIVITAS_BASE || '/';

export default defineConfig({
	base,
	outDir: process.env.CIVITAS_OUT_DIR || './dist',
	cacheDir: process.env.CIVITAS_CACHE_DIR || './node_modules/.astro',
	trailingSlash: 'always',
	// Styles inline in each page (about 3 KB gzipped): on a slow connection a stylesheet request
	// would hold the first paint back by a whole round trip.
	build: { format: 'directory', inlineStylesheets: 'always' },
	// offline() stays last: its service worker precaches every file the other integrations write.
	integrations: [contentValidation(), mdx(), preact(), islandPreload(), offline()],
	security: {
		// A meta element travels with static hosting: scripts only from this site (hashed when inline),
		// no eval, nothing loaded from another origin.
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"worker-src 'self'",
				"manifest-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { hashes: bootScriptHashes() },
		},
	},
	vite: {
		plugins: [lunrStrictModeFix()],
		optimizeDeps: { rolldownOptions: { plugins: [lunrStrictModeFixOptimizer()] } },
		build: {
			// Chrome for Android 109 covers Android 7 phones stuck on old versions; see the README.
			target: ['chrome109', 'edge109', 'firefox115', 'safari15'],
			rolldownOptions: {
				output: {
					// Fewer, larger files for what islands share: a browser opens six connections to an
					// HTTP/1.1 host, and on slow 3G each further wave of requests costs a 2-second round trip.
					codeSplitting: {
						groups: [
							{ name: 'preact', test: /[\\/]node_modules[\\/]preact[\\/]/ },
							{ name: 'shared', test: /vite[\\/]preload-helper|[\\/]src[\\/](lib[\\/]i18n[\\/]plural|islands[\\/]strings|lib[\\/]progress[\\/](dbName|ids))\.ts/ },
						],
					},
				},
			},
		},
	},
});
