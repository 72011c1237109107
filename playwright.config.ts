import { defineConfig } from '@playwright/test';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	workers: 2,
	retries: 0,
	timeout: 60_000,
	reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'test-results/results.json' }]],
	use: {
		browserName: 'chromium',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
		},
		viewport: { width: 360, height: 740 },
		// The service worker saves a whole language after each first visit: only the offline tests
		// (tests/e2e/offline*.spec.ts) turn it on; elsewhere that download would only cost time.
		serviceWorkers: 'block',
	},
});
