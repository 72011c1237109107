/**
 * The offline status bar at the end of every page (src/components/OfflineStatus.astro), brought to
 * life once the page has settled: it registers the service worker through the offline client and
 * shows the download, an update to apply, or a question on a data-saving connection.
 */
import { interpolate } from '../i18n/plural.ts';
import { offlineClient } from './client.ts';
import { statusLine, type StatusLine } from './statusLine.ts';

/** Wire the status bar inside `host` (a <civitas-offline-status> element) to the offline client. */
export function startStatusBar(host: HTMLElement): void {
	const { locale = 'en', language = '', strings = '{}' } = host.dataset;
	const dictionary: Record<string, string> = JSON.parse(strings);
	const t = (key: string, values: Record<string, string | number> = {}) => interpolate(dictionary[key] ?? key, values);
	const box = host.querySelector<HTMLElement>('.offline-status')!;
	const text = host.querySelector<HTMLElement>('[data-text]')!;
	const bar = host.querySelector<HTMLProgressElement>('[data-progress]')!;
	const action = host.querySelector<HTMLButtonElement>('[data-action]')!;
	const dismiss = host.querySelector<HTMLButtonElement>('[data-dismiss]')!;
	const client = offlineClient();
	let line: StatusLine = { kind: 'hidden', text: '' };

	client.subscribe((snapshot) => {
		line = statusLine(snapshot, locale, language, t);
		box.dataset.kind = line.kind;
		// Screen readers hear the start and the end of a download, not every file in between.
		text.setAttribute('aria-busy', String(line.kind === 'saving'));
		if (text.textContent !== line.text) text.textContent = line.text;
		bar.hidden = !line.progress;
		if (line.progress) {
			bar.max = Math.max(1, line.progress.max);
			bar.value = line.progress.value;
		}
		action.hidden = !line.action;
		action.textContent = line.actionLabel ?? '';
		dismiss.hidden = !line.dismissLabel;
		dismiss.textContent = line.dismissLabel ?? '';
	});
	action.addEventListener('click', () => {
		if (line.action === 'reload') client.applyUpdate();
		else void client.save(locale);
	});
	dismiss.addEventListener('click', () => client.decline());
	void client.start(locale);
}
