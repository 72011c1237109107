// `npm run package`: the zip holds the built site, the zero-dependency server and how to serve it,
// and what is unzipped serves the course, base path included.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, expect, test } from 'vitest';
import { packageSite } from '../../../scripts/package.mjs';
import { builtSite } from '../../sites.mjs';

const work = mkdtempSync(join(tmpdir(), 'civitas-package-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Start the unzipped serve.mjs on a free port and return its address once it says it is listening. */
function startServer(script: string) {
	const child = spawn(process.execPath, [script, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
	const address = new Promise<string>((resolve, reject) => {
		child.stdout.on('data', (chunk: Buffer) => {
			const match = /http:\/\/\S+/.exec(chunk.toString());
			if (match) resolve(match[0]);
		});
		child.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
	});
	return { child, address };
}

test('the release zip serves the course from a laptop, with the headers offline use needs', async () => {
	const { dir, base } = builtSite('civics');
	const { zip, files } = packageSite({ dir, out: work, date: '2030-01-31' });
	expect(zip.endsWith('civitas-2030-01-31.zip')).toBe(true);
	const unzipped = unzipSync(readFileSync(zip));
	const names = Object.keys(unzipped);
	expect(names.length).toBe(files);
	expect(names).toEqual(expect.arrayContaining(['civitas-2030-01-31/serve.mjs', 'civitas-2030-01-31/HOW-TO-SERVE.txt', 'civitas-2030-01-31/site/index.html', 'civitas-2030-01-31/site/sw.js']));
	const howTo = new TextDecoder().decode(unzipped['civitas-2030-01-31/HOW-TO-SERVE.txt']);
	expect(howTo).toContain('node serve.mjs');
	expect(howTo).toContain(`http://localhost:4321${base}`);
	expect(howTo).toContain('https://');

	// Write the zip's files out, as unzipping on the laptop would, and start its own server.
	const folder = join(work, 'unzipped');
	for (const [name, bytes] of Object.entries(unzipped)) {
		mkdirSync(join(folder, name, '..'), { recursive: true });
		writeFileSync(join(folder, name), bytes);
	}
	const { child, address } = startServer(join(folder, 'civitas-2030-01-31', 'serve.mjs'));
	try {
		const url = await address;
		expect(new URL(url).pathname, 'the base path read from the site').toBe(base);
		const page = await fetch(new URL('en/', url));
		expect(page.status).toBe(200);
		const html = await page.text();
		expect(html).toContain('<html lang="en"');
		const worker = await fetch(new URL('sw.js', url));
		expect(worker.headers.get('cache-control')).toBe('no-cache');
		expect(worker.headers.get('service-worker-allowed')).toBe(base);
		// Styles are inline; the page's hashed scripts are what the browser may keep for a year.
		const script = new RegExp(`src="(${base}_astro/[^"]+\\.js)"`).exec(html)?.[1];
		expect(script, 'a hashed script in the page').toBeDefined();
		expect((await fetch(new URL(script!, url))).headers.get('cache-control')).toContain('immutable');
	} finally {
		child.kill();
	}
}, 120_000);
