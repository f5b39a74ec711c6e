import type { ChartOptions } from 'chart.js';
/** Colours a chart draws with, read from the CSS variables in src/app.css so dark mode applies. */
export interface Palette {
	primary: string;
	secondary: string;
	text: string;
	muted: string;
	grid: string;
	surface: string;
}

const VARIABLES: Record<keyof Palette, string> = {
	primary: '--chart-1',
	secondary: '--chart-2',
	text: '--text',
	muted: '--muted',
	grid: '--border',
	surface: '--surface'
};

// Used only if a variable is missing, so a chart never draws invisible black on black.
const FALLBACK: Palette = {
	primary: '#0f6e64',
	secondary: '#b35200',
	text: '#18211f',
	muted: '#4b5a56',
	grid: '#c5cfcb',
	surface: '#ffffff'
};

export function readPalette(root: HTMLElement = document.documentElement): Palette {
	const style = getComputedStyle(root);
	const out = { ...FALLBACK };
	for (const key of Object.keys(VARIABLES) as (keyof Palette)[]) {
		const value = style.getPropertyValue(VARIABLES[key]).trim();
		if (value) out[key] = value;
	}
	return out;
}

/**
 * Calls `onChange` with fresh colours when the theme changes: the Settings choice (the root's
 * `data-theme`) or the system preference. Canvas pixels don't follow CSS, so charts must redraw.
 */
export function watchPalette(onChange: (palette: Palette) => void): () => void {
	const root = document.documentElement;
	const update = () => onChange(readPalette(root));
	const observer = new MutationObserver(update);
	observer.observe(root, { attributes: true, attributeFilter: ['data-theme'] });
	const scheme = matchMedia('(prefers-color-scheme: dark)');
	scheme.addEventListener('change', update);
	return () => {
		observer.disconnect();
		scheme.removeEventListener('change', update);
	};
}

/** Translucent version of a #rrggbb colour, for fills under a line. */
export function withAlpha(color: string, alpha: number): string {
	const m = /^#([0-9a-f]{6})$/i.exec(color);
	if (!m) return color;
	const n = parseInt(m[1]!, 16);
	return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/**
 * Diagonal stripes of `color` on `background`, so a series differs from its neighbour by texture
 * and not by colour alone. Drawn on a small canvas: no image request, nothing for a CSP to block.
 */
export function hatch(color: string, background: string): CanvasPattern | string {
	const tile = document.createElement('canvas');
	tile.width = tile.height = 8;
	const ctx = tile.getContext('2d');
	if (!ctx) return color;
	ctx.fillStyle = background;
	ctx.fillRect(0, 0, 8, 8);
	ctx.strokeStyle = color;
	ctx.lineWidth = 2;
	ctx.beginPath();
	ctx.moveTo(0, 8);
	ctx.lineTo(8, 0);
	ctx.moveTo(-2, 2);
	ctx.lineTo(2, -2);
	ctx.moveTo(6, 10);
	ctx.lineTo(10, 6);
	ctx.stroke();
	return ctx.createPattern(tile, 'repeat') ?? color;
}

/**
 * Options for a horizontal bar chart with category labels down the side (body areas, reliefs):
 * the value axis is the only part that differs between them.
 */
export function horizontalBarOptions(
	p: Palette,
	valueAxis: { title: string; min?: number; max?: number; format?: (value: number | string) => string }
): ChartOptions<'bar'> {
	return {
		indexAxis: 'y',
		responsive: true,
		maintainAspectRatio: false,
		animation: false,
		scales: {
			x: {
				beginAtZero: true,
				min: valueAxis.min,
				max: valueAxis.max,
				ticks: valueAxis.format
					? { color: p.muted, callback: valueAxis.format }
					: { color: p.muted, precision: 0 },
				grid: { color: p.grid },
				title: { display: true, text: valueAxis.title, color: p.text }
			},
			y: { ticks: { color: p.text, autoSkip: false }, grid: { display: false } }
		},
		plugins: { legend: { display: false } }
	};
}
