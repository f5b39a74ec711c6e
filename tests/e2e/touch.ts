import type { Page } from '@playwright/test';

/** The page's clock as the epoch milliseconds that input events are stamped with. */
export function pageNow(page: Page): Promise<number> {
	return page.evaluate(() => performance.timeOrigin + performance.now());
}

/**
 * A tap at (x, y) stamped as made at `at` (epoch ms; see `pageNow`), whenever it is delivered. A
 * double tap is a matter of when each tap was made: on a loaded machine two taps sent 120 ms apart
 * were made 800 ms apart, so specs stamp them instead of waiting between them.
 */
export async function tapAt(page: Page, x: number, y: number, at: number): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	try {
		await cdp.send('Input.dispatchTouchEvent', {
			type: 'touchStart',
			touchPoints: [{ x, y }],
			timestamp: at / 1000
		});
		await cdp.send('Input.dispatchTouchEvent', {
			type: 'touchEnd',
			touchPoints: [],
			timestamp: (at + 30) / 1000
		});
	} finally {
		await cdp.detach();
	}
}

/**
 * From now on counts the clicks the page receives (`made`, seen first of all) and those that got
 * through to the document (`through`): a click the app swallows counts only as made.
 */
export async function countClicks(page: Page): Promise<() => Promise<{ made: number; through: number }>> {
	await page.evaluate(() => {
		const w = window as unknown as { __clicks: { made: number; through: number } };
		w.__clicks = { made: 0, through: 0 };
		addEventListener('click', () => (w.__clicks.made += 1), true);
		document.addEventListener('click', () => (w.__clicks.through += 1));
	});
	return () =>
		page.evaluate(() => ({
			...(window as unknown as { __clicks: { made: number; through: number } }).__clicks
		}));
}
