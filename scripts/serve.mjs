#!/usr/bin/env node
// Serve a built Civitas site with Node's standard library only, so it runs on any laptop with
// Node.js and no `npm install`: `node serve.mjs [--dir dist] [--port 4321] [--host localhost] [--base /]`.
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.woff2': 'font/woff2',
	'.zip': 'application/zip',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.webmanifest', '.svg', '.txt', '.xml']);

/** Cache rules: hashed assets never change; everything else must be revalidated so updates arrive. */
function cacheControl(urlPath) {
	if (urlPath.includes('/_astro/')) return 'public, max-age=31536000, immutable';
	return 'no-cache';
}

/** Create (but do not start) a static server for `dir`, mounted at `base`. */
export function createSiteServer({ dir, base = '/', log = () => {} }) {
	const root = resolve(dir);
	const mount = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
	const gzipCache = new Map();

	const fileFor = (urlPath) => {
		const relative = normalize(decodeURIComponent(urlPath.slice(mount.length))).replace(/^(\.\.(\/|\\|$))+/, '');
		const path = join(root, relative);
		if (path !== root && !path.startsWith(root + sep)) return undefined;
		if (existsSync(path) && statSync(path).isFile()) return path;
		if (existsSync(join(path, 'index.html'))) return urlPath.endsWith('/') ? join(path, 'index.html') : { redirect: `${urlPath}/` };
		return undefined;
	};

	const notFoundPage = (urlPath) => {
		const locale = urlPath.slice(mount.length).split('/')[0];
		const localised = locale && join(root, locale, '404', 'index.html');
		if (localised && existsSync(localised)) return localised;
		return existsSync(join(root, '404.html')) ? join(root, '404.html') : undefined;
	};

	return createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let path = url.pathname;
		log(`${req.method} ${path}`);
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { allow: 'GET, HEAD' }).end();
			return;
		}
		if (mount !== '/' && (path === mount.slice(0, -1) || path === '/')) {
			res.writeHead(302, { location: mount }).end();
			return;
		}
		let status = 200;
		let file = path.startsWith(mount) ? fileFor(path) : undefined;
		if (file && typeof file === 'object') {
			res.writeHead(301, { location: file.redirect + url.search }).end();
			return;
		}
		if (!file) {
			status = 404;
			file = notFoundPage(path);
			path = '/404.html';
			if (!file) {
				res.writeHead(404, { 'content-type': TYPES['.txt'] }).end('Not found');
				return;
			}
		}
		const ext = extname(file);
		const headers = {
			'content-type': TYPES[ext] ?? 'application/octet-stream',
			'cache-control': status === 200 ? cacheControl(path) : 'no-cache',
			'x-content-type-options': 'nosniff',
		};
		if (path.endsWith('/sw.js')) headers['service-worker-allowed'] = mount;
		const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
		if (gzip) {
			const stat = statSync(file);
			const key = `${file}:${stat.mtimeMs}`;
			if (!gzipCache.has(key)) gzipCache.set(key, gzipSync(readFileSync(file)));
			const body = gzipCache.get(key);
			res.writeHead(status, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length, vary: 'accept-encoding' });
			res.end(req.method === 'HEAD' ? undefined : body);
			return;
		}
		res.writeHead(status, { ...headers, 'content-length': statSync(file).size });
		if (req.method === 'HEAD') res.end();
		else createReadStream(file).pipe(res);
	});
}

/** The base path a site was built for, read from the scope of its web app manifests; "/" when none says. */
export function builtBase(dir) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const manifest = join(dir, entry.name, 'manifest.webmanifest');
		if (!entry.isDirectory() || !existsSync(manifest)) continue;
		try {
			const { scope } = JSON.parse(readFileSync(manifest, 'utf8'));
			if (typeof scope === 'string' && scope.startsWith('/')) return scope;
		} catch {
			// An unreadable manifest says nothing about the base; the default or --base applies.
		}
	}
	return '/';
}

function parseArgs(argv) {
	const options = {};
	for (let i = 0; i < argv.length; i += 2) {
		const name = argv[i]?.replace(/^--/, '');
		if (!['dir', 'port', 'host', 'base'].includes(name ?? '') || argv[i + 1] === undefined) {
			throw new Error(`Unknown or incomplete option "${argv[i]}". Usage: node serve.mjs [--dir DIR] [--port 4321] [--host localhost] [--base /]`);
		}
		options[name] = argv[i + 1];
	}
	return options;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	try {
		const here = fileURLToPath(new URL('.', import.meta.url));
		const options = parseArgs(process.argv.slice(2));
		// In the repository the site is in dist/; in a release zip this script sits next to site/.
		const dir = options.dir ?? (existsSync(join(here, 'site')) ? join(here, 'site') : join(here, '..', 'dist'));
		if (!existsSync(join(dir, 'index.html'))) throw new Error(`No built site in ${dir}. Run "npm run build" first, or pass --dir.`);
		const base = options.base ?? process.env.CIVITAS_BASE ?? builtBase(dir);
		const port = Number(options.port ?? process.env.PORT ?? 4321);
		const host = options.host ?? 'localhost';
		const server = createSiteServer({ dir, base });
		server.on('error', (error) => {
			console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use. Stop the other server or choose another port with --port.` : error.message);
			process.exit(1);
		});
		server.listen(port, host, () => {
			const { port: actual } = server.address();
			console.log(`Civitas is served at http://${host}:${actual}${base.startsWith('/') ? base : `/${base}`}  (Ctrl+C to stop)`);
		});
	} catch (error) {
		console.error(error.message);
		process.exit(1);
	}
}
