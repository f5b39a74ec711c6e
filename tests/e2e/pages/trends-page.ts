import type { Locator, Page } from '@playwright/test';
import { ready } from '../fixtures';

export type CardId = 'frequency' | 'habits' | 'locations' | 'hours' | 'reliefs';

const TITLES: Record<CardId, string> = {
	frequency: 'Spasm frequency',
	habits: 'What goes with fewer spasms?',
	locations: 'Where',
	hours: 'Time of day',
	reliefs: 'What you tried'
};

export class TrendsPage {
	readonly shown: Locator;
	readonly empty: Locator;

	constructor(readonly page: Page) {
		this.shown = page.getByTestId('trends-shown');
		this.empty = page.getByTestId('trends-empty');
	}

	async goto(): Promise<void> {
		await this.page.goto('/trends');
		await ready(this.page);
	}

	card(id: CardId): Locator {
		return this.page.getByRole('region', { name: TITLES[id], exact: true });
	}

	sentence(id: CardId): Locator {
		return this.page.getByTestId(`${id}-sentence`);
	}

	/** The sentence of one habit in "What goes with fewer spasms?", by its label, e.g. "Water goal met". */
	habitSentence(label: string): Locator {
		return this.card('habits')
			.getByRole('list', { name: 'Each habit in a sentence' })
			.getByRole('listitem')
			.filter({ hasText: label });
	}

	async chooseRange(label: string): Promise<void> {
		await this.page.getByRole('group', { name: 'Period' }).getByRole('radio', { name: label }).check();
	}

	async chooseOverlay(label: string): Promise<void> {
		await this.card('frequency').getByRole('radio', { name: label }).check();
	}

	async chooseLag(label: string): Promise<void> {
		await this.card('habits').getByRole('radio', { name: label }).check();
	}

	/** Opens the card's data table and returns it. */
	async table(id: CardId): Promise<Locator> {
		const card = this.card(id);
		const table = card.getByRole('table');
		if (!(await table.isVisible())) await card.getByText('Show the numbers').click();
		return table;
	}

	/** Cell texts of the table row whose header cell matches `name`. */
	row(table: Locator, name: string | RegExp): Locator {
		return table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
	}

	chart(id: CardId): Locator {
		return this.card(id).locator('canvas');
	}

	/**
	 * Pixels a chart has painted in its series colours (--chart-1 or --chart-2, light or dark theme):
	 * the bars, lines and intervals, not the axes and labels around them. 0 for an empty plot.
	 */
	seriesInk(id: CardId): Promise<number> {
		return this.chart(id).evaluate((canvas: HTMLCanvasElement) => {
			const series = ['15,110,100', '179,82,0', '90,209,192', '245,165,90'];
			const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
			let n = 0;
			for (let i = 0; i < data.length; i += 4) {
				if (data[i + 3] === 255 && series.includes(`${data[i]},${data[i + 1]},${data[i + 2]}`)) n++;
			}
			return n;
		});
	}

	/** Pixels of the chart in exactly this colour. */
	pixelsOf(id: CardId, [r, g, b]: [number, number, number]): Promise<number> {
		return this.chart(id).evaluate(
			(canvas: HTMLCanvasElement, rgb) => {
				const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
				let n = 0;
				for (let i = 0; i < data.length; i += 4) {
					if (data[i] === rgb[0] && data[i + 1] === rgb[1] && data[i + 2] === rgb[2] && data[i + 3] === 255)
						n++;
				}
				return n;
			},
			[r, g, b]
		);
	}
}
