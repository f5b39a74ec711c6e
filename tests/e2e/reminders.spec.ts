import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { expect, test } from './fixtures';
import { SettingsPage } from './pages/settings-page';

test('Add to my calendar downloads an .ics with the chosen reminders, alarms and the device zone', async ({
	page
}) => {
	await new SettingsPage(page).goto();
	const card = page.getByRole('region', { name: 'Reminders' });
	await expect(card.getByText('To remove these reminders later')).toBeVisible();

	await card.getByLabel('Every').selectOption('3');
	await card.getByLabel('From').fill('09:00');
	await card.getByLabel('Until').fill('18:00');
	await card.getByRole('group', { name: 'Stretch on' }).getByLabel('Sun').uncheck();
	await card.getByLabel('At', { exact: true }).first().fill('19:15');

	const download = page.waitForEvent('download');
	await card.getByRole('button', { name: 'Add to my calendar' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('spasm-log-reminders.ics');
	await expect(page.getByTestId('reminders-status')).toContainText('Downloaded spasm-log-reminders.ics');

	const text = await readFile((await file.path())!, 'utf8');
	expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
	expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
	expect(text).toContain(`BEGIN:VTIMEZONE\r\nTZID:${zone}\r\n`);

	const events = new ICAL.Component(ICAL.parse(text))
		.getAllSubcomponents('vevent')
		.map((e) => new ICAL.Event(e));
	expect(events.map((e) => e.summary)).toEqual([
		'Drink some water',
		'Drink some water',
		'Drink some water',
		'Drink some water',
		'Stretch for a few minutes',
		'Any spasms today?'
	]);
	expect(events.map((e) => e.startDate.toString().slice(11, 16))).toEqual([
		'09:00',
		'12:00',
		'15:00',
		'18:00',
		'19:15',
		'21:30'
	]);
	expect(String(events[4]!.component.getFirstPropertyValue('rrule'))).toBe(
		'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA'
	);
	for (const e of events) {
		expect(e.component.getFirstSubcomponent('valarm')!.getFirstPropertyValue('action')).toBe('DISPLAY');
	}

	// The choices are kept, and a second file has the same UIDs (re-import updates, not duplicates).
	await page.reload();
	await expect(card.getByLabel('Every')).toHaveValue('3');
	const again = page.waitForEvent('download');
	await card.getByRole('button', { name: 'Add to my calendar' }).click();
	const second = await readFile((await (await again).path())!, 'utf8');
	const uids = (t: string) => [...t.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]);
	expect(uids(second)).toEqual(uids(text));
});
