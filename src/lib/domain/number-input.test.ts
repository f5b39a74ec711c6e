import { describe, expect, it } from 'vitest';
import { parseNumberInput, type NumberInputOptions } from './number-input';

const accepts = (text: string, value: number, options?: NumberInputOptions) =>
	it(`accepts ${JSON.stringify(text)} as ${value}`, () => {
		expect(parseNumberInput(text, options)).toEqual({ ok: true, value });
	});

const rejects = (text: string, message: RegExp, options?: NumberInputOptions) =>
	it(`rejects ${JSON.stringify(text)}`, () => {
		const result = parseNumberInput(text, options);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(message);
	});

describe('parseNumberInput: what is a number', () => {
	accepts('250', 250);
	accepts(' 250 ', 250);
	accepts('1.5', 1.5);
	accepts('1,5', 1.5);
	accepts('.5', 0.5);
	accepts('0,25', 0.25);
	accepts('2.', 2);
	accepts('+3', 3);
	accepts('007', 7);
	rejects('', /^Enter a number\.$/);
	rejects('   ', /^Enter a number\.$/);
	rejects('0x10', /plain number/);
	rejects('0b11', /plain number/);
	rejects('0o7', /plain number/);
	rejects('1e3', /plain number/);
	rejects('abc', /plain number/);
	rejects('1:30', /plain number/);
	rejects('1,500.5', /plain number/);
	rejects('1.2.3', /plain number/);
	rejects('-5', /plain number/);
	rejects('Infinity', /plain number/);
	rejects('NaN', /plain number/);
	rejects('12 ml', /plain number/);
});

describe('parseNumberInput: messages in the unit typed', () => {
	const amount = { label: 'Amount', unit: 'ml', min: 1, max: 5000 };
	accepts('1', 1, amount);
	accepts('5000', 5000, amount);
	rejects('', /^Enter amount\.$/, amount);
	rejects('0.5', /^Amount must be at least 1 ml\.$/, amount);
	rejects('5001', /^Amount must be at most 5,000 ml\.$/, amount);
	rejects('ten', /^Amount must be a plain number, like 250 or 1\.5 \(in ml\)\.$/, amount);

	const minutes = { label: 'Exercise', unit: 'minutes', min: 1, max: 600, integer: true };
	accepts('45', 45, minutes);
	rejects('1.5', /^Exercise must be a whole number of minutes\.$/, minutes);
	rejects('601', /^Exercise must be at most 600 minutes\.$/, minutes);

	const servings = { label: 'Servings', minExclusive: 0, max: 20 };
	accepts('0,5', 0.5, servings);
	rejects('0', /^Servings must be more than 0\.$/, servings);

	const flOz = { label: 'Water goal', unit: 'fl oz', min: 16.9, max: 202.9 };
	rejects('10', /^Water goal must be at least 16\.9 fl oz\.$/, flOz);
});
