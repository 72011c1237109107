// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { contentValidation } from './src/integrations/content-validation.ts';

// A ministry may host the course under a sub-path (CIVITAS_BASE=/civics/); tests build it there too.
const base = process.env.CIVITAS_BASE || '/';

export default defineConfig({
	base,
	outDir: process.env.CIVITAS_OUT_DIR || './dist',
	cacheDir: process.env.CIVITAS_CACHE_DIR || './node_modules/.astro',
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [contentValidation(), mdx(), preact()],
	vite: {
		build: {
			// Chrome for Android 109 covers Android 7 phones stuck on old versions; see the README.
			target: ['chrome109', 'edge109', 'firefox115', 'safari15'],
		},
	},
});
