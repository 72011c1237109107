#!/usr/bin/env node
// `npm run package`: zip the built site with the zero-dependency server and a note on how to serve
// it, dated, for copying to a classroom laptop or a USB stick.
// Usage: node scripts/package.mjs [--dir dist] [--out release]
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { zipSync } from 'fflate';
import { builtBase } from './serve.mjs';

const ROOT = resolve(import.meta.dirname, '..');
// Already compressed: storing them again in deflate only costs time.
const STORED = new Set(['.png', '.jpg', '.jpeg', '.webp', '.woff2', '.zip', '.gz']);

/** The text file that travels in the zip: how to serve the course from a laptop, in plain words. */
export function howToServe({ date, base }) {
	const address = `http://localhost:4321${base}`;
	return `Civitas: the course as a folder, packaged on ${date}

TO SERVE IT FROM THIS COMPUTER
1. Install Node.js 22 or newer from https://nodejs.org (nothing else: no "npm install").
2. Open a terminal (Windows: PowerShell) in this folder and run:
       node serve.mjs
3. Open ${address} in a browser. Press Ctrl+C in the terminal to stop.

Options: --port 8080 to use another port; --host 0.0.0.0 to let other devices on the same
network open it at http://THIS-COMPUTER'S-ADDRESS:4321${base}

SAVING THE COURSE ON PHONES
Browsers only save the course for offline use from a secure address: https://, or localhost on
the device itself. Phones that open this computer over the network read the lessons, but cannot
save them. To let them save, serve the "site" folder from a web server with HTTPS (see "Hosting"
in the project's README), with "no-cache" for sw.js and long caching for _astro/.

---

Civitas: المقرر في مجلد، جُهِّز بتاريخ ${date}

لتشغيله من هذا الحاسوب:
1. ثبّت Node.js الإصدار 22 أو أحدث من https://nodejs.org (ولا شيء غيره).
2. افتح نافذة الأوامر في هذا المجلد واكتب:
       node serve.mjs
3. افتح ${address} في المتصفح. اضغط Ctrl+C في نافذة الأوامر للإيقاف.

لا تحفظ المتصفحات المقرر للاستخدام دون اتصال إلا من عنوان آمن يبدأ بـ https://، أو من localhost على
الجهاز نفسه.
`;
}

/** Every file under a folder, with its path inside it ("en/lessons/x/index.html"). */
function filesUnder(dir) {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.map((file) => ({ file, path: relative(dir, file).split(sep).join('/') }));
}

/** Write `{out}/civitas-{date}.zip` holding site/, serve.mjs and HOW-TO-SERVE.txt; returns its path and size. */
export function packageSite({ dir, out, date = new Date().toISOString().slice(0, 10) }) {
	if (!statSync(join(dir, 'index.html'), { throwIfNoEntry: false })) {
		throw new Error(`No built site in ${dir}. Run "npm run build" first, or pass --dir with a built site.`);
	}
	const folder = `civitas-${date}`;
	const entries = {};
	for (const { file, path } of filesUnder(dir)) {
		entries[`${folder}/site/${path}`] = [readFileSync(file), { level: STORED.has(extname(file)) ? 0 : 6 }];
	}
	entries[`${folder}/serve.mjs`] = readFileSync(join(ROOT, 'scripts', 'serve.mjs'));
	entries[`${folder}/HOW-TO-SERVE.txt`] = Buffer.from(howToServe({ date, base: builtBase(dir) }));
	mkdirSync(out, { recursive: true });
	const zip = join(out, `${folder}.zip`);
	const bytes = zipSync(entries, { level: 6 });
	writeFileSync(zip, bytes);
	return { zip, bytes: bytes.length, files: Object.keys(entries).length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	try {
		const { values: options } = parseArgs({ options: { dir: { type: 'string' }, out: { type: 'string' } } });
		const { zip, bytes, files } = packageSite({ dir: resolve(options.dir ?? join(ROOT, 'dist')), out: resolve(options.out ?? join(ROOT, 'release')) });
		console.log(`Wrote ${relative(process.cwd(), zip)}: ${files} files, ${(bytes / 1e6).toFixed(1)} MB. Unzip it and read HOW-TO-SERVE.txt.`);
	} catch (error) {
		console.error(`${error.message}${error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? '. Usage: npm run package -- [--dir dist] [--out release]' : ''}`);
		process.exit(1);
	}
}
