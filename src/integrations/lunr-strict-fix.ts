import type { Plugin } from 'vite';

// lunr-languages' Arabic and Hebrew stemmers open with `var self = this;`, which only works in
// sloppy scripts where `this` is the global object. Bundled as an ES module (always strict),
// `this` is undefined and the stemmer throws "Cannot set properties of undefined (setting
// 'result')". Giving the stemmer its own object fixes it and keeps its state off `globalThis`.
// See stack-notes §3.4.
const SLOPPY_STEMMER = /lunr-languages[\\/]lunr\.(ar|he)\.js$/;
const SLOPPY_SELF = 'var self = this;';

function patchStemmer(code: string, id: string) {
	if (!SLOPPY_STEMMER.test(id.split('?')[0]!)) return undefined;
	if (!code.includes(SLOPPY_SELF)) {
		throw new Error(`${id}: the lunr-languages strict-mode fix found no "${SLOPPY_SELF}". The package changed; check whether the fix is still needed.`);
	}
	return { code: code.replace(SLOPPY_SELF, 'var self = {};'), map: null };
}

/** Vite plugin for the build and for non-optimised modules in dev: makes the Arabic stemmer work in strict mode. */
export function lunrStrictModeFix(): Plugin {
	return { name: 'civitas:lunr-strict-mode-fix', enforce: 'pre', transform: patchStemmer };
}

/** The same fix for Vite's dependency optimiser (dev only), which does not run `vite.plugins`. */
export function lunrStrictModeFixOptimizer() {
	return { name: 'civitas:lunr-strict-mode-fix-optimizer', transform: patchStemmer };
}
