// Chromium for the benchmark, started as the end-to-end tests start it, and the network and CPU
// profile of a cheap phone on a slow connection.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import playwrightConfig from '../playwright.config.ts';

/** Chrome DevTools' "Slow 3G" as the issue states it: 2,000 ms latency, 400 kbit/s down and up. */
export const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };
export const CPU_SLOWDOWN = 4;

/** A phone-sized fresh context; service workers blocked unless a measurement needs them. */
export const contextOptions = (serviceWorkers = 'block') => ({ viewport: playwrightConfig.use?.viewport ?? { width: 360, height: 740 }, hasTouch: true, serviceWorkers });

/** Launch the system Chromium with the same options as playwright.config.ts. */
export async function launchBrowser() {
	const { executablePath, args } = playwrightConfig.use?.launchOptions ?? {};
	if (!existsSync(executablePath)) {
		throw new Error(`No Chromium at ${executablePath}: install it (Debian/Ubuntu: "sudo apt-get install chromium") or set CHROMIUM_PATH.`);
	}
	return chromium.launch({ executablePath, args });
}

/** Slow the page's network and CPU as on a cheap phone on a slow 3G connection. */
export async function throttle(context, page) {
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
	return cdp;
}
