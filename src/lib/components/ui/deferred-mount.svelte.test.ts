import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, hydrate, mount, unmount } from 'svelte';
import DeferredCard from '../../../../tests/support/deferred-card.svelte';
import { DeferredMount } from './deferred-mount';

// What the server renders for `<DeferredMount component={DeferredCard} />` (the card's own markup,
// as the prerendered page has it), inside the hydration markers of a root component.
const prerendered =
	'<!--[--><div class="deferred-mount"><!--[--><section class="card"><label>Amount <input name="amount" value=""></label> <button type="button">Add</button> <output></output></section><!--]--></div><!--]-->';

const nextTask = () => new Promise((resolve) => setTimeout(resolve));
const instances: Record<string, unknown>[] = [];

afterEach(() => {
	for (const instance of instances.splice(0)) void unmount(instance);
	document.body.replaceChildren();
});

function prerender(): HTMLElement {
	const target = document.createElement('div');
	target.innerHTML = prerendered;
	document.body.append(target);
	return target;
}

describe('DeferredMount', () => {
	it('hydrates without touching the prerendered card, then mounts the card in its place a task later', async () => {
		const target = prerender();
		const shown = target.querySelector('section');
		instances.push(hydrate(DeferredMount, { target, props: { component: DeferredCard } }));
		flushSync();
		expect(target.querySelector('section')).toBe(shown);

		await nextTask();
		const mounted = target.querySelector('section');
		expect(mounted).not.toBe(shown);
		expect(target.querySelectorAll('section')).toHaveLength(1);
		// The mounted card works: its field is bound to its state.
		const input = target.querySelector('input')!;
		input.value = '250';
		input.dispatchEvent(new Event('input', { bubbles: true }));
		flushSync();
		expect(target.querySelector('output')!.textContent).toBe('250');
	});

	it('keeps what was typed into the prerendered card, and where the keyboard was', async () => {
		const target = prerender();
		instances.push(hydrate(DeferredMount, { target, props: { component: DeferredCard } }));
		flushSync();
		const early = target.querySelector('input')!;
		early.value = '330';
		early.focus();

		await nextTask();
		const input = target.querySelector('input')!;
		expect(input).not.toBe(early);
		expect(input.value).toBe('330');
		flushSync();
		expect(target.querySelector('output')!.textContent).toBe('330');
		expect(document.activeElement).toBe(input);
	});

	it('mounts at once when opened without a prerendered card (client-side navigation)', () => {
		const target = document.createElement('div');
		document.body.append(target);
		instances.push(mount(DeferredMount, { target, props: { component: DeferredCard } }));
		flushSync();
		expect(target.querySelector('section input')).not.toBeNull();
	});
});
