import AxeBuilder from '@axe-core/playwright';
import { GET_READY_SEC, ROUTINES, buildTimeline, getRoutine } from '../../src/lib/domain/stretches';
import { expect, ready, test } from './fixtures';
import { RoutinePage, StretchingCard } from './pages/stretch-pages';
import { TodayPage } from './pages/today-page';

const calf = getRoutine('calf')!;
const calfTotalSec = buildTimeline(calf).totalSec;
const [toePull] = calf.steps;

/** '3 min 30 s', '25 s', as people read a duration. */
function duration(sec: number): string {
	const m = Math.floor(sec / 60);
	const s = sec % 60;
	return m === 0 ? `${s} s` : s === 0 ? `${m} min` : `${m} min ${s} s`;
}

test('finish the calf routine, fast-forwarding through the holds, then see it on Today and in History', async ({
	page
}) => {
	await page.clock.install({ time: new Date('2026-03-10T08:00:00') });
	const today = new TodayPage(page);
	await today.goto();
	const card = new StretchingCard(page);
	await expect(card.total).toContainText('0 min of 10 min today');
	await expect(card.region.getByText('No stretching yet today.')).toBeVisible();

	await card.routineLink(calf.name).click();
	await expect(page).toHaveURL(/\/stretch\/calf$/);
	await expect(page.getByRole('heading', { level: 1, name: calf.name })).toBeVisible();
	await expect(page.getByText('never sharp pain')).toBeVisible();
	const routine = new RoutinePage(page);
	await ready(page);
	await expect(routine.countdown).toContainText(`0:${toePull!.holdSec}`);

	await routine.button('Start').click();
	await expect(routine.phase).toHaveText('Get ready');
	await expect(routine.side).toHaveText('Left leg, round 1 of 2');

	await page.clock.fastForward(GET_READY_SEC * 1000);
	await expect(routine.phase).toHaveText('Hold');
	await expect(routine.step).toHaveText(toePull!.title);
	await expect(routine.countdown).toContainText(/0:(30|29)/);
	await expect(
		page.getByRole('listitem').filter({ has: page.getByText('Now', { exact: true }) })
	).toContainText(toePull!.title);

	await page.clock.fastForward((toePull!.holdSec + GET_READY_SEC) * 1000);
	await expect(routine.side).toHaveText('Right leg, round 1 of 2');
	await expect(page.getByText('Hold 2 of 6')).toBeVisible();

	// The rest at once, as if the phone slept in a pocket: time comes from the clock, not from ticks.
	await page.clock.fastForward((calfTotalSec - 2 * GET_READY_SEC - toePull!.holdSec) * 1000);
	await expect(routine.phase).toHaveText('Routine complete');
	await expect(page.getByTestId('routine-done')).toContainText(`You stretched for ${duration(calfTotalSec)}`);
	// No Finish to press: a finished routine logs itself.
	await expect(
		page.getByRole('status').filter({ hasText: `Logged ${duration(calfTotalSec)} of calf stretches` })
	).toBeVisible();
	await expect(page.getByTestId('routine-done')).toContainText('It is logged.');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();

	await expect(page).toHaveURL(/\/$/);
	await expect(card.total).toContainText(`${duration(calfTotalSec)} of 10 min today`);
	const percent = Math.floor((calfTotalSec / 600) * 100);
	await expect(card.progress).toHaveAttribute('value', String(percent));
	await expect(card.region.getByText(`${percent}% of your goal.`)).toBeVisible();
	await expect(card.sessions.getByRole('listitem')).toHaveText(
		new RegExp(`${calf.name}, ${duration(calfTotalSec)}`)
	);

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
	const entry = page.locator('[data-kind="stretches"]');
	await expect(entry).toContainText(`Stretching — ${duration(calfTotalSec)}`);
	await expect(entry).toContainText(`Routine: ${calf.name}`);
	await expect(entry).toContainText('Areas: calf');
});

test('pause holds the timer, skip moves on, and stopping early logs only the time stretched', async ({
	page
}) => {
	await page.clock.install({ time: new Date('2026-03-10T08:00:00') });
	const routine = new RoutinePage(page);
	await routine.goto('calf');
	// Frozen time from here: every number below is exact.
	await page.clock.pauseAt(new Date('2026-03-10T08:05:00'));

	await routine.button('Start').click();
	await routine.button('Skip').click();
	await expect(routine.phase).toHaveText('Hold');
	await expect(routine.countdown).toContainText('0:30');

	await page.clock.fastForward(20_000);
	await expect(routine.countdown).toContainText('0:10');
	await routine.button('Pause').click();
	await expect(routine.phase).toHaveText('Hold (paused)');
	await page.clock.fastForward(60_000);
	await expect(routine.countdown).toContainText('0:10');

	await routine.button('Resume').click();
	await page.clock.fastForward(5_000);
	await expect(routine.countdown).toContainText('0:05');
	await routine.button('Pause').click();
	await expect(routine.timeStretched).toHaveText('Time stretched: 25 s');
	await page.clock.resume();

	await routine.button('Stop early').click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('status').filter({ hasText: 'Logged 25 s of calf stretches' })).toBeVisible();
	const card = new StretchingCard(page);
	await expect(card.total).toContainText('25 s of 10 min today');

	await page.goto('/history');
	await expect(page.locator('[data-kind="stretches"]')).toContainText('Stretching — 25 s');
});

test('a session can be deleted from Today and restored with undo', async ({ page }) => {
	await page.clock.install({ time: new Date('2026-03-10T08:00:00') });
	const routine = new RoutinePage(page);
	await routine.goto('lower-back');
	await routine.button('Start').click();
	await page.clock.fastForward(40_000);
	await expect(routine.phase).toHaveText('Hold');
	await routine.button('Stop early').click();
	const card = new StretchingCard(page);
	await expect(card.total).not.toContainText('0 min of');

	const session = card.sessions.getByRole('listitem');
	await session.getByRole('button', { name: /^Delete Lower back stretches/ }).click();
	await expect(card.total).toContainText('0 min of 10 min today');
	await expect(card.sessions).toHaveCount(0);
	await page.getByRole('button', { name: /^Undo: .* deleted$/ }).click();
	await expect(session).toContainText('Lower back stretches');
});

test('leaving a routine before starting logs nothing @mobile-only', async ({ page }) => {
	const routine = new RoutinePage(page);
	await routine.goto('hamstring');
	await expect(routine.button('Stop early')).toHaveCount(0);
	await page.getByRole('link', { name: 'Back to Today' }).click();
	await expect(new StretchingCard(page).total).toContainText('0 min of 10 min today');
});

test('leaving mid-routine by a tab after 30 s logs the partial session and says so on Today', async ({
	page
}) => {
	await page.clock.install({ time: new Date('2026-03-10T08:00:00') });
	const routine = new RoutinePage(page);
	await routine.goto('calf');
	await routine.button('Start').click();
	await page.clock.fastForward(45_000);
	await expect(routine.timeStretched).toHaveText(/Time stretched: 4\d s/);
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();

	await expect(
		page.getByRole('status').filter({ hasText: /Logged 4\d s of calf stretches \(left before the end\)/ })
	).toBeVisible();
	const card = new StretchingCard(page);
	await expect(card.total).toContainText(/4\d s of 10 min today/);
	await expect(card.sessions.getByRole('listitem')).toHaveCount(1);
});

test('leaving by Back after less than 30 s logs nothing', async ({ page }) => {
	await page.clock.install({ time: new Date('2026-03-10T08:00:00') });
	const routine = new RoutinePage(page);
	await routine.goto('calf');
	await routine.button('Start').click();
	await page.clock.fastForward(20_000);
	await page.getByRole('link', { name: 'Back to Today' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(new StretchingCard(page).total).toContainText('0 min of 10 min today');
});

test('closing the app mid-routine (hidden, then killed) keeps the time stretched', async ({ page }) => {
	await page.clock.install({ time: new Date('2026-03-10T08:00:00') });
	const routine = new RoutinePage(page);
	await routine.goto('calf');
	await routine.button('Start').click();
	await page.clock.fastForward(50_000);
	// What a phone does when the app goes to the background: the page is hidden, then may be killed.
	await page.evaluate(() => {
		Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
		document.dispatchEvent(new Event('visibilitychange'));
	});
	await expect(
		page.getByRole('status').filter({ hasText: /Saved \d+ s of stretching so far/ })
	).toBeVisible();
	await page.reload();
	await ready(page);
	await page.goto('/');
	await ready(page);
	await expect(new StretchingCard(page).total).toContainText(/[45]\d s of 10 min today/);
});

test('each routine has its own page with steps, sides and a Start button @mobile-only', async ({ page }) => {
	for (const r of ROUTINES) {
		const routine = new RoutinePage(page);
		await routine.goto(r.id);
		await expect(page).toHaveTitle(new RegExp(`^${r.name}`));
		await expect(page.getByRole('heading', { level: 1, name: r.name })).toBeVisible();
		const steps = page.getByRole('region', { name: 'Steps' }).getByRole('listitem');
		await expect(steps).toHaveCount(r.steps.length);
		for (const step of r.steps)
			await expect(steps.filter({ hasText: step.title })).toContainText(`Hold ${step.holdSec} s`);
		await expect(routine.button('Start')).toBeEnabled();
	}
});

test('a routine runs from the keyboard alone @mobile-only', async ({ page }) => {
	await page.clock.install({ time: new Date('2026-03-10T08:00:00') });
	const routine = new RoutinePage(page);
	await routine.goto('neck-shoulders');
	await routine.button('Start').focus();
	await page.keyboard.press('Enter');
	await expect(routine.phase).toHaveText('Get ready');
	// The same button becomes Pause, so focus stays put.
	await expect(routine.button('Pause')).toBeFocused();
	await page.keyboard.press('Space');
	await expect(routine.phase).toHaveText('Get ready (paused)');
	await page.keyboard.press('Space');
	await page.clock.fastForward(buildTimeline(getRoutine('neck-shoulders')!).totalSec * 1000);
	await expect(routine.button('Back to Today')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/$/);
});

for (const scheme of ['light', 'dark'] as const) {
	test(`a running routine has no serious accessibility problems (${scheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await page.clock.install({ time: new Date('2026-03-10T08:00:00') });
		const routine = new RoutinePage(page);
		await routine.goto('calf');
		await routine.button('Start').click();
		await page.clock.fastForward(GET_READY_SEC * 1000);
		await expect(routine.phase).toHaveText('Hold');

		const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
		const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});

	test(`Today's stretching card has no serious accessibility problems (${scheme}) @mobile-only`, async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme: scheme });
		await new TodayPage(page).goto();
		await expect(new StretchingCard(page).total).toBeVisible();
		const { violations } = await new AxeBuilder({ page })
			.include('section[aria-labelledby="stretch-heading"]')
			.withTags(['wcag2a', 'wcag2aa'])
			.analyze();
		const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(serious.map((v) => v.id)).toEqual([]);
	});
}

test('every control on a routine page is at least 44 px tall and wide', async ({ page }) => {
	await page.clock.install({ time: new Date('2026-03-10T08:00:00') });
	const routine = new RoutinePage(page);
	await routine.goto('calf');
	await routine.button('Start').click();
	const controls = page.locator('main').locator('button, a');
	expect(await controls.count()).toBeGreaterThanOrEqual(4);
	for (const control of await controls.all()) {
		const box = await control.boundingBox();
		const name = (await control.textContent())?.trim();
		expect([name, box!.width >= 44 && box!.height >= 44]).toEqual([name, true]);
	}
});
