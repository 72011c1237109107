import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML file of a built site, with its path relative to the site folder. */
export function htmlFiles(dir: string): { path: string; html: string }[] {
	const out: { path: string; html: string }[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const full = join(folder, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name.endsWith('.html')) out.push({ path: relative(dir, full).split(sep).join('/'), html: readFileSync(full, 'utf8') });
		}
	};
	walk(dir);
	return out;
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'component-url', 'renderer-url', 'data-src'];

/** Every URL a page refers to: link and resource attributes, srcset candidates and CSS url(). */
export function urlsIn(html: string): { attribute: string; url: string; tag: string }[] {
	const out: { attribute: string; url: string; tag: string }[] = [];
	for (const tag of html.match(/<[a-z][a-z0-9-]*\s[^>]*>/gi) ?? []) {
		const name = /^<([a-z0-9-]+)/i.exec(tag)![1]!.toLowerCase();
		for (const attribute of URL_ATTRIBUTES) {
			const m = new RegExp(`\\s${attribute}="([^"]*)"`, 'i').exec(tag);
			if (m) out.push({ attribute, url: decodeEntities(m[1]!), tag: name });
		}
		const srcset = /\ssrcset="([^"]*)"/i.exec(tag);
		if (srcset) for (const candidate of srcset[1]!.split(',')) out.push({ attribute: 'srcset', url: candidate.trim().split(/\s+/)[0]!, tag: name });
	}
	for (const m of html.matchAll(/url\(["']?([^"')]+)["']?\)/g)) out.push({ attribute: 'css url()', url: m[1]!, tag: 'style' });
	return out;
}

const decodeEntities = (s: string) => s.replace(/&amp;/g, '&').replace(/&#x2F;/gi, '/').replace(/&quot;/g, '"');

/** The file a same-site URL path maps to in a built site, or undefined when there is none. */
export function fileForPath(dir: string, base: string, pathname: string): string | undefined {
	if (!pathname.startsWith(base)) return undefined;
	const rest = decodeURIComponent(pathname.slice(base.length));
	const candidates = rest === '' || rest.endsWith('/') ? [join(dir, rest, 'index.html')] : [join(dir, rest), join(dir, rest, 'index.html')];
	return candidates.find((c) => existsSync(c));
}
