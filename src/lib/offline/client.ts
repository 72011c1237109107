/**
 * The page's side of offline use: registers the service worker with workbox-window, saves and
 * removes languages by registering the script URL that names them, follows the download by asking
 * the workers what is in Cache Storage, and applies updates when the learner asks.
 */
import { messageSW, Workbox } from 'workbox-window/build/workbox-window.prod.mjs';
import { BASE } from '../site/urls.ts';
import { serviceWorkerUrl } from './packs.ts';
import { STATUS_MESSAGE, TRIM_MESSAGE, type WorkerReport, type Workers } from './status.ts';

/** Whether this browser, on this address, can keep the course offline. */
export type Support = 'checking' | 'ok' | 'insecure' | 'unsupported';

/** Why the last save stopped. */
export type Problem = 'offline' | 'space' | 'network';

/** Everything the status bar and the panel show, as one value. */
export interface OfflineSnapshot {
	support: Support;
	workers: Workers;
	/** The languages the learner chose to keep: those of the newest worker. */
	languages: string[];
	/** A language is being saved or removed. */
	busy: boolean;
	problem?: Problem;
	/** The device asks to save data and nothing is saved yet: ask before downloading. */
	askFirst: boolean;
}

/** Set once the first visit has saved (or offered to save) the learner's language, so removing it is final. */
const FIRST_SAVE_KEY = 'civitas:offline-first-save';
const POLL_MS = 400;
// A worker replaced mid-question never answers; a report that late is of no use anyway.
const ANSWER_TIMEOUT_MS = 3000;

type Listener = (snapshot: OfflineSnapshot) => void;

/** Ask one worker for its report; undefined when it has gone or does not answer. */
function askWorker(worker: ServiceWorker | null | undefined): Promise<WorkerReport | undefined> {
	if (!worker) return Promise.resolve(undefined);
	const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, ANSWER_TIMEOUT_MS, undefined));
	return Promise.race([messageSW(worker, STATUS_MESSAGE) as Promise<WorkerReport>, timeout]);
}

function remembered(key: string): boolean {
	try {
		return localStorage.getItem(key) !== null;
	} catch {
		return false;
	}
}

function remember(key: string): void {
	try {
		localStorage.setItem(key, new Date().toISOString());
	} catch {
		// Without storage the question comes back on the next visit; nothing is lost.
	}
}

const savesData = () => Boolean((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData);

/** The service worker registration of this site and what its workers hold. */
export class OfflineClient {
	#snapshot: OfflineSnapshot = { support: 'checking', workers: {}, languages: [], busy: false, askFirst: false };
	#listeners = new Set<Listener>();
	#workbox?: Workbox;
	#registration?: ServiceWorkerRegistration;
	#started?: Promise<void>;
	#following = false;
	#reloadWhenControlled = false;
	/** The languages of the change in progress, to tell a full disk from a lost connection. */
	#target: string[] = [];

	/** Follow every change; the listener is called at once with the current state. */
	subscribe(listener: Listener): () => void {
		this.#listeners.add(listener);
		listener(this.#snapshot);
		return () => this.#listeners.delete(listener);
	}

	/** Register the service worker (once per page) and, on a first visit, save the page's language. */
	start(locale: string): Promise<void> {
		this.#started ??= this.#start(locale);
		return this.#started;
	}

	/** Keep a language on this device, as the learner asked. */
	save(locale: string): Promise<void> {
		remember(FIRST_SAVE_KEY);
		// The learner's own request is the moment to ask the browser not to evict what they keep (Firefox
		// asks them); its answer shows in the panel.
		void navigator.storage?.persist?.().catch(() => false);
		return this.#choose([...this.#snapshot.languages, locale]);
	}

	/** Free the space a language takes. */
	async remove(locale: string): Promise<void> {
		if (this.#snapshot.languages.includes(locale)) return this.#choose(this.#snapshot.languages.filter((l) => l !== locale));
		// Files left by a save that stopped halfway: the active worker deletes what it does not list.
		const active = this.#registration?.active;
		if (!active || this.#registration?.installing || this.#registration?.waiting) return;
		this.#update({ busy: true });
		await messageSW(active, TRIM_MESSAGE);
		await this.refresh();
	}

	/** The learner declined the first save on a data-saving connection. */
	decline(): void {
		remember(FIRST_SAVE_KEY);
		this.#update({ askFirst: false });
	}

	/** Switch to the waiting version and reload, so every page comes from the same version. */
	applyUpdate(): void {
		this.#reloadWhenControlled = true;
		this.#workbox?.messageSkipWaiting();
	}

	/** Ask every worker of the registration what it holds, and move a language change along. */
	async refresh(): Promise<void> {
		const registration = this.#registration;
		if (!registration) return;
		const [active, installing, waiting] = await Promise.all([askWorker(registration.active), askWorker(registration.installing), askWorker(registration.waiting)]);
		// A waiting worker of the same version only changes which languages are kept: no reason to wait.
		const sameVersion = Boolean(waiting && active && waiting.version === active.version);
		if (sameVersion) registration.waiting?.postMessage({ type: 'SKIP_WAITING' });
		const update = waiting && !sameVersion ? waiting : undefined;
		// A worker busy downloading may not answer in time: keep its last report rather than lose the progress bar.
		const downloading = registration.installing ? (installing ?? this.#snapshot.workers.installing) : undefined;
		const newest = downloading ?? waiting ?? active;
		// Until the active worker has finished activating (and cleaned up), another change would race with it.
		const activating = Boolean(registration.active && registration.active.state !== 'activated');
		this.#update({
			workers: { active, installing: downloading, update },
			languages: newest?.languages ?? this.#snapshot.languages,
			busy: Boolean(registration.installing) || sameVersion || activating,
		});
		// The rest arrives as events: installed, activated, redundant.
		if (registration.installing) this.#followDownload();
		if (activating) void this.#activated().then(() => this.refresh());
	}

	/**
	 * While a worker downloads, ask it alone how far it got, a few times a second. Questions to the
	 * active worker would keep it busy, and the browser switches workers only when it is idle.
	 */
	#followDownload(): void {
		if (this.#following) return;
		this.#following = true;
		const step = async () => {
			const worker = this.#registration?.installing;
			if (!worker) {
				this.#following = false;
				return;
			}
			const report = await askWorker(worker);
			if (report && this.#registration?.installing === worker) {
				this.#update({ workers: { ...this.#snapshot.workers, installing: report }, languages: report.languages, busy: true });
			}
			setTimeout(() => void step(), POLL_MS);
		};
		void step();
	}

	async #start(locale: string): Promise<void> {
		if (!('serviceWorker' in navigator)) return this.#update({ support: 'unsupported' });
		if (!window.isSecureContext) return this.#update({ support: 'insecure' });
		// The page's own requests come first; offline files download once it has loaded.
		if (document.readyState !== 'complete') await new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
		try {
			const existing = await navigator.serviceWorker.getRegistration(BASE);
			const newest = existing?.installing ?? existing?.waiting ?? existing?.active;
			// Registering the newest worker's own URL changes nothing; any other URL would replace it.
			await this.#register(newest?.scriptURL ?? serviceWorkerUrl(BASE, []));
		} catch {
			// Private modes and managed browsers may refuse service workers: the site still works online.
			return this.#update({ support: 'unsupported' });
		}
		this.#update({ support: 'ok' });
		await navigator.serviceWorker.ready;
		await this.refresh();
		if (this.#snapshot.languages.length > 0 || remembered(FIRST_SAVE_KEY)) return;
		remember(FIRST_SAVE_KEY);
		if (savesData()) this.#update({ askFirst: true });
		else await this.#choose([locale]);
	}

	async #choose(languages: string[]): Promise<void> {
		this.#target = languages;
		this.#update({ busy: true, problem: undefined, askFirst: false });
		try {
			await this.#activated();
			await this.#register(serviceWorkerUrl(BASE, languages));
			await this.refresh();
		} catch {
			await this.#failed();
		}
	}

	async #register(scriptUrl: string): Promise<void> {
		const workbox = new Workbox(scriptUrl, { scope: BASE });
		// Each change of languages registers a new instance; events of an earlier one are no longer ours.
		const ours = () => this.#workbox === workbox;
		const refresh = () => void (ours() && this.refresh());
		workbox.addEventListener('installed', refresh);
		workbox.addEventListener('waiting', refresh);
		workbox.addEventListener('activated', refresh);
		workbox.addEventListener('redundant', (event) => void (ours() && this.#redundant(event.sw)));
		workbox.addEventListener('controlling', () => {
			if (ours() && this.#reloadWhenControlled) window.location.reload();
		});
		this.#workbox = workbox;
		const registration = await workbox.register({ immediate: true });
		if (registration && registration !== this.#registration) registration.addEventListener('updatefound', () => this.#followDownload());
		this.#registration = registration;
		if (registration?.installing) this.#followDownload();
	}

	/** Wait until the active worker has finished activating, so its clean-up cannot delete what the next one stores. */
	async #activated(): Promise<void> {
		const active = this.#registration?.active;
		if (!active || active.state === 'activated') return;
		await new Promise<void>((resolve) => {
			const settle = () => {
				if (active.state === 'activated' || active.state === 'redundant') resolve();
			};
			active.addEventListener('statechange', settle);
			settle();
		});
	}

	/** A worker of ours went redundant: replaced by a newer one (fine), or its download failed. */
	async #redundant(worker: ServiceWorker | undefined): Promise<void> {
		const registration = this.#registration;
		// An update that failed to download is retried by the browser; only a save the learner asked for is reported.
		const replaced = registration?.installing || registration?.waiting || registration?.active?.scriptURL === worker?.scriptURL;
		if (replaced) return this.refresh();
		await this.#failed();
	}

	async #failed(): Promise<void> {
		const problem: Problem = !navigator.onLine ? 'offline' : (await this.#storageIsFull()) ? 'space' : 'network';
		await this.refresh();
		this.#update({ busy: false, problem });
	}

	async #storageIsFull(): Promise<boolean> {
		const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
		if (!estimate?.quota || estimate.usage === undefined) return false;
		const packs = this.#snapshot.workers.active?.packs ?? {};
		const missing = this.#target.reduce((sum, l) => sum + (packs[l] ? packs[l].bytes - packs[l].savedBytes : 0), 0);
		return estimate.quota - estimate.usage < missing;
	}

	#update(change: Partial<OfflineSnapshot>): void {
		this.#snapshot = { ...this.#snapshot, ...change };
		for (const listener of this.#listeners) listener(this.#snapshot);
	}
}

let client: OfflineClient | undefined;

/** The page's one OfflineClient, shared by the status bar and the panel. */
export function offlineClient(): OfflineClient {
	client ??= new OfflineClient();
	return client;
}
