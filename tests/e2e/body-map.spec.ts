import { expect, test } from './fixtures';
import { EpisodeSheet } from './pages/episode-sheet';
import { TodayPage } from './pages/today-page';

test('the body map has knee and shin in front, glutes behind, each a 44 px target named as drawn @mobile-only', async ({
	page
}) => {
	const today = new TodayPage(page);
	await today.goto();
	await today.logPastEpisode();
	const sheet = new EpisodeSheet(page);
	const map = sheet.dialog.getByRole('radiogroup', { name: /Body map/ });

	await sheet.dialog.getByRole('button', { name: 'Front', exact: true }).click();
	for (const name of ['Left knee', 'Right knee', 'Left shin', 'Right shin', 'Left thigh'])
		await expect(map.getByRole('radio', { name, exact: true })).toHaveCount(1);
	await expect(map.getByRole('radio', { name: /quadriceps/i })).toHaveCount(0);

	const sizes = async () =>
		map.getByRole('radio').evaluateAll((regions) =>
			regions.map((r) => {
				const box = r.getBoundingClientRect();
				return { name: r.getAttribute('aria-label'), w: Math.round(box.width), h: Math.round(box.height) };
			})
		);
	for (const region of await sizes()) {
		expect(region.h, `${region.name} height`).toBeGreaterThanOrEqual(44);
		expect(region.w, `${region.name} width`).toBeGreaterThanOrEqual(44);
	}

	await sheet.chooseOnMap('Front', 'Left shin');
	await expect(map.getByRole('radio', { name: 'Left shin', exact: true })).toHaveAttribute(
		'aria-checked',
		'true'
	);

	await sheet.dialog.getByRole('button', { name: 'Back', exact: true }).click();
	for (const name of ['Left glute', 'Right glute'])
		await expect(map.getByRole('radio', { name, exact: true })).toHaveCount(1);
	for (const region of await sizes()) {
		expect(region.h, `${region.name} height`).toBeGreaterThanOrEqual(44);
		expect(region.w, `${region.name} width`).toBeGreaterThanOrEqual(44);
	}
});
