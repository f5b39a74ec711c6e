import type { Locator, Page } from '@playwright/test';
import { ready } from '../fixtures';

/** The "Stretching" card on Today. */
export class StretchingCard {
	readonly region: Locator;
	readonly total: Locator;
	readonly progress: Locator;
	readonly sessions: Locator;

	constructor(readonly page: Page) {
		this.region = page.getByRole('region', { name: 'Stretching' });
		this.total = this.region.getByTestId('stretch-total');
		this.progress = this.region.getByRole('progressbar', { name: 'Stretching goal progress' });
		this.sessions = this.region.getByRole('list', { name: 'Done today' });
	}

	routineLink(name: string): Locator {
		return this.region.getByRole('link', { name: new RegExp(`^${name}`) });
	}
}

/** A guided routine page, /stretch/<id>. */
export class RoutinePage {
	readonly player: Locator;
	readonly phase: Locator;
	readonly step: Locator;
	readonly side: Locator;
	readonly countdown: Locator;
	readonly timeStretched: Locator;

	constructor(readonly page: Page) {
		this.player = page.getByRole('region', { name: /^(Ready when you are|Get ready|Hold|Routine complete)/ });
		this.phase = this.player.getByRole('heading', { level: 2 });
		this.step = page.getByTestId('current-step');
		this.side = page.getByTestId('current-side');
		this.countdown = page.getByTestId('countdown');
		this.timeStretched = page.getByTestId('time-stretched');
	}

	async goto(id: string): Promise<void> {
		await this.page.goto(`/stretch/${id}`);
		await ready(this.page);
	}

	button(name: 'Start' | 'Pause' | 'Resume' | 'Back to Today' | 'Stop early' | 'Skip'): Locator {
		return name === 'Skip'
			? this.page.getByRole('button', { name: /^Skip/ })
			: this.page.getByRole('button', { name, exact: true });
	}
}
