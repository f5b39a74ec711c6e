import type { Locator, Page } from '@playwright/test';

/** The "Worth talking to a doctor about" card on Today. */
export class DoctorCard {
	readonly root: Locator;
	readonly flags: Locator;

	constructor(readonly page: Page) {
		this.root = page.getByRole('region', { name: 'Worth talking to a doctor about' });
		this.flags = this.root.getByRole('listitem');
	}

	flag(title: string): Locator {
		return this.flags.filter({ has: this.page.getByRole('heading', { level: 3, name: title, exact: true }) });
	}

	entriesLink(title: string): Locator {
		return this.flag(title).getByRole('link', { name: /^See the \d+ entr(y|ies) for/ });
	}

	hideButton(title: string): Locator {
		return this.root.getByRole('button', { name: `Hide “${title}”`, exact: true });
	}
}
