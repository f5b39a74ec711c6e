import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deferBootUntilPainted } from './defer-boot';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

// The shape SvelteKit 2 prerenders (with this app's CSP in hash mode).
const boot = `
				{
					__sveltekit_11qzmil = {
						base: new URL(".", location).pathname.slice(0, -1)
					};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("./_app/immutable/entry/start.BOZcPVqH.js"),
						import("./_app/immutable/entry/app.CM2apY9m.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [0, 2],
							data: [null,null],
							form: null,
							error: null
						});
					});
				}
			`;
const page = (script: string, hashes: string[]) =>
	`<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hashes
		.map((h) => `'${h}'`)
		.join(
			' '
		)}; style-src 'self'"><script>early()</script></head><body><div>text</div><script>${script}</script></body></html>`;

const scripts = (html: string) => [...html.matchAll(/<script>([^<]*)<\/script>/g)].map((m) => m[1]!);

describe('deferBootUntilPainted', () => {
	const html = page(boot, [sha256('early()'), sha256(boot)]);
	const out = deferBootUntilPainted(html);
	const [, deferred] = scripts(out);

	/** Runs the rewritten boot script with stand-ins for the page's globals and for `import()`. */
	function runDeferred(
		afterPaint: () => Promise<void>,
		element: object,
		importModule: (path: string) => Promise<unknown>
	): void {
		const run = new Function(
			'spasmLogAfterPaint',
			'document',
			'location',
			'importModule',
			deferred!.replace(/import\(/g, 'importModule(')
		);
		run(
			afterPaint,
			{ currentScript: { parentElement: element } },
			new URL('https://example.test/app/'),
			importModule
		);
	}

	it('imports the app only after the page has painted, and starts it as before', async () => {
		expect(deferred).toContain('spasmLogAfterPaint().then(() => Promise.all([');
		// Run it: nothing is imported before the paint, then both imports, then start, with the element.
		const calls: string[] = [];
		let painted!: () => void;
		const element = { id: 'app-root' };
		const started = new Promise<unknown[]>((resolve) => {
			runDeferred(
				() =>
					new Promise<void>((r) => {
						painted = r;
					}),
				element,
				async (path: string) => {
					calls.push(path);
					return path.includes('start') ? { start: (...args: unknown[]) => resolve(args) } : { name: 'app' };
				}
			);
		});
		await Promise.resolve();
		expect(calls).toEqual([]);
		painted();
		const [app, target, options] = await started;
		expect(calls).toEqual([
			'./_app/immutable/entry/start.BOZcPVqH.js',
			'./_app/immutable/entry/app.CM2apY9m.js'
		]);
		expect(app).toEqual({ name: 'app' });
		expect(target).toBe(element);
		expect(options).toMatchObject({ node_ids: [0, 2] });
	});

	/**
	 * Runs the rewritten script (painted at once) with the app module's node loaders given, and
	 * returns what happened in order, with `task` marking each task boundary seen from a timer.
	 */
	async function runBoot(loaders: Record<number, () => Promise<unknown>>, events: string[] = []) {
		await new Promise<void>((done) => {
			runDeferred(
				async () => undefined,
				{},
				async (path: string) => {
					events.push(`import ${path.includes('start') ? 'start' : 'app'}`);
					const start = () => {
						events.push('start');
						done();
					};
					return path.includes('start') ? { start } : { nodes: loaders };
				}
			);
			const tick = () => {
				if (events.at(-1) !== 'task') events.push('task');
				if (!events.includes('start')) setTimeout(tick);
			};
			setTimeout(tick);
		});
		return events;
	}

	it('loads the layout and page modules, in order, in a task between the entry imports and start', async () => {
		const events: string[] = [];
		const loader = (n: number) => async () => void events.push(`node ${n}`);
		await runBoot({ 0: loader(0), 1: loader(1), 2: loader(2) }, events);
		expect(events.filter((e) => e !== 'task')).toEqual([
			'import start',
			'import app',
			'node 0',
			'node 2',
			'start'
		]);
		const at = (e: string) => events.indexOf(e);
		expect(events.slice(at('import app'), at('node 0'))).toContain('task');
		expect(events.slice(at('node 2'), at('start'))).toContain('task');
	});

	it('still starts when a page module fails to load (start reports it, as it always has)', async () => {
		const events = await runBoot({ 0: () => Promise.reject(new Error('offline')), 2: async () => undefined });
		expect(events.at(-1)).toBe('start');
	});

	it('swaps the boot script’s hash in the CSP and keeps the others', () => {
		expect(out).toContain(`'${sha256(deferred!)}'`);
		expect(out).not.toContain(`'${sha256(boot)}'`);
		expect(out).toContain(`'${sha256('early()')}'`);
		expect(scripts(out)[0]).toBe('early()');
	});

	it('leaves a page without the boot script alone', () => {
		const plain = '<html><body><p>hi</p></body></html>';
		expect(deferBootUntilPainted(plain)).toBe(plain);
	});

	it('fails loudly on a boot script it cannot rewrite safely', () => {
		expect(() =>
			deferBootUntilPainted(page(boot.replace('Promise.all([', 'Promise.any(['), [sha256(boot)]))
		).toThrow(/unknown shape/);
		expect(() => deferBootUntilPainted(page(boot, [sha256('something else')]))).toThrow(
			/Content-Security-Policy/
		);
	});
});
