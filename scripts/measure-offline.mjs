#!/usr/bin/env node
// Offline figures for the benchmark: bytes of the app shell and of each language's pack (stored and
// gzipped), bytes of a first visit to a lesson page, and the time from that first visit to
// "Available offline" under Chromium's Slow 3G emulation, applied to the page and to its service
// worker (Playwright cannot throttle a service worker, so this speaks the DevTools protocol itself).
// Usage: node scripts/measure-offline.mjs [--site root] [--lesson en/lessons/secret-ballot/] [--json figures.json]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { createSiteServer } from './serve.mjs';
import { builtSite, SITES } from '../tests/sites.mjs';

/** DevTools' "Slow 3G" preset: 400 ms round trips (x5 for 3G radio), 400 kbit/s, as Lighthouse documents it. */
export const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: (500 * 1000 * 0.8) / 8, uploadThroughput: (500 * 1000 * 0.8) / 8, connectionType: 'cellular3g' };
const COMPRESSED = new Set(['.png', '.jpg', '.webp', '.woff2']);
const TIMEOUT_MS = 20 * 60 * 1000;

/** Files and bytes of the shell and each language's pack: as stored on the device, and gzipped as a server sends them. */
export function packSizes(dir) {
	const { entries } = JSON.parse(readFileSync(join(dir, 'offline-packs.json'), 'utf8'));
	const sizes = {};
	for (const entry of entries) {
		const file = join(dir, entry.url === './' ? 'index.html' : entry.url.endsWith('/') ? `${entry.url}index.html` : entry.url);
		const body = readFileSync(file);
		const pack = (sizes[entry.pack] ??= { files: 0, bytes: 0, gzipBytes: 0 });
		pack.files += 1;
		pack.bytes += body.length;
		pack.gzipBytes += COMPRESSED.has(extname(file)) ? body.length : gzipSync(body).length;
	}
	return sizes;
}

/** A minimal DevTools protocol client over the browser's WebSocket, with flat sessions. */
class DevTools {
	#socket;
	#next = 0;
	#pending = new Map();
	#listeners = new Set();

	static async connect(url) {
		const socket = new WebSocket(url);
		await new Promise((resolve, reject) => {
			socket.onopen = resolve;
			socket.onerror = () => reject(new Error(`Cannot reach Chromium's DevTools at ${url}.`));
		});
		return new DevTools(socket);
	}

	constructor(socket) {
		this.#socket = socket;
		socket.onmessage = ({ data }) => {
			const message = JSON.parse(data);
			const waiting = message.id && this.#pending.get(message.id);
			if (waiting) {
				this.#pending.delete(message.id);
				if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
				else waiting.resolve(message.result);
			} else for (const listener of this.#listeners) listener(message);
		};
	}

	send(method, params = {}, sessionId) {
		const id = ++this.#next;
		this.#socket.send(JSON.stringify({ id, method, params, sessionId }));
		return new Promise((resolve, reject) => this.#pending.set(id, { resolve, reject, method }));
	}

	on(listener) {
		this.#listeners.add(listener);
	}

	close() {
		this.#socket.close();
	}
}

/** Start headless Chromium with a fresh profile; resolves with its DevTools address and a way to stop it. */
async function launchChromium() {
	const executable = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
	const profile = mkdtempSync(join(tmpdir(), 'civitas-measure-'));
	const args = ['--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, '--no-sandbox', '--no-first-run', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', 'about:blank'];
	const child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe'] });
	const endpoint = await new Promise((resolve, reject) => {
		let output = '';
		child.stderr.on('data', (chunk) => {
			output += chunk;
			const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
			if (match) resolve(match[1]);
		});
		child.on('exit', (code) => reject(new Error(`Chromium (${executable}) exited with ${code} before DevTools started. Set CHROMIUM_PATH.\n${output}`)));
	});
	return {
		endpoint,
		stop: () => {
			child.kill();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}

/**
 * Open `path` once in a fresh browser under Slow 3G and follow it until the status bar says the
 * language is available offline: milliseconds to the page's load event and to "Available offline",
 * and the bytes the page and its service worker transferred.
 */
export async function firstVisit(siteUrl, path) {
	const chromium = await launchChromium();
	const devtools = await DevTools.connect(chromium.endpoint);
	const kinds = new Map();
	// Target id → the session auto-attached to it, once throttled.
	const attached = new Map();
	const transferred = { page: {}, worker: 0 };
	const types = new Map();
	let loadedAt;
	try {
		devtools.on((message) => {
			const { method, params, sessionId } = message;
			if (method === 'Target.attachedToTarget') {
				const kind = params.targetInfo.type === 'page' ? 'page' : params.targetInfo.type === 'service_worker' ? 'worker' : 'other';
				kinds.set(params.sessionId, kind);
				// Throttle every page and worker before it runs, so nothing escapes the slow network.
				const ready = (async () => {
					await devtools.send('Network.enable', {}, params.sessionId);
					await devtools.send('Network.emulateNetworkConditions', SLOW_3G, params.sessionId);
					if (kind === 'page') await devtools.send('Page.enable', {}, params.sessionId);
					if (params.waitingForDebugger) await devtools.send('Runtime.runIfWaitingForDebugger', {}, params.sessionId);
					return params.sessionId;
				})();
				attached.set(params.targetInfo.targetId, ready);
			} else if (method === 'Network.responseReceived') types.set(params.requestId, params.type);
			else if (method === 'Network.loadingFinished') {
				if (kinds.get(sessionId) === 'worker') transferred.worker += params.encodedDataLength;
				else if (kinds.get(sessionId) === 'page') {
					const type = types.get(params.requestId) ?? 'Other';
					transferred.page[type] = (transferred.page[type] ?? 0) + params.encodedDataLength;
				}
			} else if (method === 'Page.loadEventFired' && loadedAt === undefined) loadedAt = performance.now();
		});
		await devtools.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
		const { targetId } = await devtools.send('Target.createTarget', { url: 'about:blank' });
		while (!attached.has(targetId)) await new Promise((resolve) => setTimeout(resolve, 20));
		const sessionId = await attached.get(targetId);
		const started = performance.now();
		await devtools.send('Page.navigate', { url: new URL(path, siteUrl).href }, sessionId);
		for (;;) {
			const { result } = await devtools.send('Runtime.evaluate', { expression: "document.querySelector('.offline-status')?.dataset.kind ?? ''", returnByValue: true }, sessionId);
			if (result.value === 'available') break;
			if (result.value === 'problem') throw new Error('Saving stopped with an error; see the status bar.');
			if (performance.now() - started > TIMEOUT_MS) throw new Error(`Not available offline after ${TIMEOUT_MS / 60000} minutes.`);
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
		const pageBytes = Object.values(transferred.page).reduce((sum, n) => sum + n, 0);
		return { loadMs: Math.round(loadedAt - started), availableOfflineMs: Math.round(performance.now() - started), pageBytes, pageBytesByType: transferred.page, workerBytes: transferred.worker };
	} finally {
		devtools.close();
		chromium.stop();
	}
}

/** Every figure of this script for one built site configuration. */
export async function measureOffline({ site = 'root', lesson = 'en/lessons/secret-ballot/' } = {}) {
	if (!(site in SITES)) throw new Error(`There is no site configuration "${site}". Use one of: ${Object.keys(SITES).join(', ')}.`);
	const { dir, base } = builtSite(site);
	const server = createSiteServer({ dir, base });
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	try {
		const siteUrl = `http://127.0.0.1:${server.address().port}${base}`;
		return { site, lesson, profile: 'DevTools Slow 3G (2000 ms latency, 400 kbit/s)', packs: packSizes(dir), firstVisit: await firstVisit(siteUrl, lesson) };
	} finally {
		server.closeAllConnections();
		server.close();
	}
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	try {
		const { values: options } = parseArgs({ options: { site: { type: 'string' }, lesson: { type: 'string' }, json: { type: 'string' } } });
		const figures = await measureOffline({ site: options.site, lesson: options.lesson });
		console.log(`Offline packs (${figures.site} build): files, stored, gzipped`);
		for (const [pack, size] of Object.entries(figures.packs)) console.log(`  ${pack.padEnd(6)} ${String(size.files).padStart(4)}  ${kb(size.bytes).padStart(10)}  ${kb(size.gzipBytes).padStart(10)}`);
		const visit = figures.firstVisit;
		console.log(`First visit to /${figures.lesson} under ${figures.profile}:`);
		console.log(`  page transferred ${kb(visit.pageBytes)} (${Object.entries(visit.pageBytesByType).map(([type, n]) => `${type} ${kb(n)}`).join(', ')}), load event after ${(visit.loadMs / 1000).toFixed(1)} s`);
		console.log(`  service worker transferred ${kb(visit.workerBytes)}; "Available offline" after ${(visit.availableOfflineMs / 1000).toFixed(1)} s`);
		if (options.json) writeFileSync(options.json, `${JSON.stringify(figures, null, '\t')}\n`);
	} catch (error) {
		console.error(`${error.message}${error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? '. Usage: node scripts/measure-offline.mjs [--site root] [--lesson en/lessons/secret-ballot/] [--json figures.json]' : ''}`);
		process.exit(1);
	}
}
