import { createHash } from 'node:crypto';
import { TEXT_SIZE_KEY } from './textSize.ts';

/**
 * Scripts that must run before the first paint, so they are inlined in <head>. The CSP allows
 * exactly these by hash (see astro.config.mjs), so any edit here keeps the policy in step.
 */
export const BOOT_SCRIPTS = {
	// Apply the saved text size before the first paint, so the page does not jump.
	textSize: `try{var s=localStorage.getItem('${TEXT_SIZE_KEY}');if(s==='large'||s==='larger')document.documentElement.dataset.textSize=s}catch(e){}`,
} as const;

/** CSP source expressions ('sha256-…') for the boot scripts. */
export function bootScriptHashes(): `sha256-${string}`[] {
	return Object.values(BOOT_SCRIPTS).map((code) => `sha256-${createHash('sha256').update(code).digest('base64')}` as const);
}
