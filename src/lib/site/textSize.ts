/** The text sizes a learner can choose, smallest first; CSS maps each to a root font size. */
export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** Where the choice is kept in localStorage. */
export const TEXT_SIZE_KEY = 'civitas:text-size';

/** The saved text size, or normal when none was saved or storage is unavailable. */
export function readTextSize(): TextSize {
	try {
		return TEXT_SIZES.find((s) => s === localStorage.getItem(TEXT_SIZE_KEY)) ?? 'normal';
	} catch {
		return 'normal';
	}
}

/** Remember the text size on this device; a browser that refuses storage keeps it for this page only. */
export function saveTextSize(size: TextSize): void {
	try {
		localStorage.setItem(TEXT_SIZE_KEY, size);
	} catch {
		// Private modes and full disks refuse storage; the size still applies to the open page.
	}
}

/** Apply a text size to the page. */
export function applyTextSize(size: TextSize): void {
	document.documentElement.dataset.textSize = size;
}
