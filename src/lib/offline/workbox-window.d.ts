// workbox-window's package points bundlers at its ES5 build; the ES2017 build is a third smaller and
// runs on every browser the site supports (see the README), so client.ts imports it by path.
declare module 'workbox-window/build/workbox-window.prod.mjs' {
	export * from 'workbox-window';
}
