/**
 * The installable app: colours and icons, shared by the web app manifest the build writes and the
 * head of every page. The icons are drawn from one SVG (public/icon.svg) at build time.
 */

/** The brand colour of the title bar and splash screen: the accent colour of global.css. */
export const THEME_COLOR = '#0b5cad';
/** The title bar in dark mode: the page background of global.css. */
export const DARK_THEME_COLOR = '#15161a';
export const BACKGROUND_COLOR = '#ffffff';

/** Where a language's web app manifest is served, under the base; packOf() keeps it in the shell. */
export function webManifestPath(locale: string): string {
	return `${locale}/manifest.webmanifest`;
}

/** The icon source, in public/ so pages can use it as their favicon. */
export const ICON_SOURCE = 'icon.svg';

export interface AppIcon {
	/** Path under the base. */
	file: string;
	size: number;
	/** "any" keeps the SVG's rounded corners; "maskable" fills the square so launchers can cut their own shape. */
	purpose: 'any' | 'maskable';
	/** Only for the apple-touch-icon link, not the manifest. */
	appleTouch?: boolean;
}

export const APP_ICONS: readonly AppIcon[] = [
	{ file: 'icons/icon-192.png', size: 192, purpose: 'any' },
	{ file: 'icons/icon-512.png', size: 512, purpose: 'any' },
	{ file: 'icons/maskable-192.png', size: 192, purpose: 'maskable' },
	{ file: 'icons/maskable-512.png', size: 512, purpose: 'maskable' },
	// iOS cuts its own rounded corners and shows transparency as black, so it gets the filled square.
	{ file: 'icons/apple-touch-icon.png', size: 180, purpose: 'maskable', appleTouch: true },
];
