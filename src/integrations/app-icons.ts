import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { APP_ICONS, THEME_COLOR } from '../lib/offline/app.ts';

/** Draw every app icon from the one SVG, so a ministry that changes the logo changes one file. */
export async function writeAppIcons(svgFile: string, outDir: string): Promise<void> {
	const svg = await readFile(svgFile);
	const { width = 512 } = await sharp(svg).metadata();
	for (const icon of APP_ICONS) {
		const file = join(outDir, icon.file);
		await mkdir(dirname(file), { recursive: true });
		// Rasterise at the target size rather than scaling a bitmap, so small icons stay sharp.
		const image = sharp(svg, { density: (72 * icon.size) / width }).resize(icon.size, icon.size);
		// A maskable icon must fill its square: the launcher cuts the shape, and a transparent corner would show.
		if (icon.purpose === 'maskable') image.flatten({ background: THEME_COLOR });
		await image.png({ compressionLevel: 9, palette: true }).toFile(file);
	}
}
