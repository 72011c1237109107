// The benchmark's web server: the project's own static server (gzip when asked), on a fixed
// loopback port that survives a stop and restart (a service worker is bound to its origin), and
// counting the bytes it sends, which also sees what a service worker downloads.
import { createSiteServer } from '../scripts/serve.mjs';

/** A started server for a built site, with a log of every response it sent. */
export async function startServer({ dir, base = '/' }) {
	const sent = [];
	let server;
	let port = 0;
	let running = false;
	const listen = () =>
		new Promise((resolve, reject) => {
			server = createSiteServer({ dir, base });
			// First in line, so the body bytes are counted however the site server writes them.
			server.prependListener('request', (req, res) => {
				let bytes = 0;
				const count = (chunk, encoding) => {
					if (chunk && typeof chunk !== 'function') bytes += Buffer.byteLength(chunk, typeof encoding === 'string' ? encoding : undefined);
				};
				const { write, end } = res;
				res.write = (chunk, ...rest) => (count(chunk, rest[0]), write.call(res, chunk, ...rest));
				res.end = (chunk, ...rest) => (count(chunk, rest[0]), end.call(res, chunk, ...rest));
				res.on('finish', () => sent.push({ path: req.url, status: res.statusCode, bytes }));
			});
			server.once('error', reject);
			server.listen(port, '127.0.0.1', () => {
				port = server.address().port;
				running = true;
				resolve();
			});
		});
	await listen();
	return {
		get origin() {
			return `http://127.0.0.1:${port}`;
		},
		/** Responses sent so far: path, status and body bytes as sent (gzipped when the client asked). */
		sent,
		/** Stop answering at once, as a classroom laptop that was shut down. */
		stop: () =>
			new Promise((resolve) => {
				if (!running) return resolve();
				running = false;
				server.closeAllConnections();
				server.close(() => resolve());
			}),
		/** Start again on the same port, so a service worker's origin is unchanged. */
		restart: () => (running ? Promise.resolve() : listen()),
	};
}
