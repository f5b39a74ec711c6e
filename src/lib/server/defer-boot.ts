import { createHash } from 'node:crypto';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/**
 * Rewrites SvelteKit's boot script in a rendered page so that it imports the app only after
 * `spasmLogAfterPaint()` (app.html's inline script) resolves, once the prerendered page has painted,
 * and swaps the script's hash in the page's Content-Security-Policy to match.
 *
 * Why: the boot script runs as soon as the stylesheets have loaded, and its imports often went out
 * before the browser's first frame. Lighthouse then counts those downloads into the page's largest
 * paint (LCP 1.8–2.0 s in such runs, 0.9 s in runs where the paint came first). The cost, measured
 * with `npm run bench -- --first-screen-only --compare-boot`: on a throttled cold first visit the
 * first tap was saved 0.2–0.4 s later; the app took over at about the same time (hydration already
 * waited for the first frame before this).
 *
 * A page without the boot script comes back unchanged. A boot script in a shape this does not know,
 * or whose hash the page's policy does not carry, throws: a SvelteKit update that changes it fails
 * the build instead of shipping a page that starts differently.
 */
export function deferBootUntilPainted(html: string): string {
	const boot = /<script>([^<]*__sveltekit_[^<]*)<\/script>/.exec(html);
	if (!boot) return html;
	const script = boot[1]!;
	const start = script.indexOf('Promise.all([');
	const end = script.indexOf(']).then(', start);
	if (start < 0 || end < 0) throw new Error('defer-boot: SvelteKit’s boot script has an unknown shape');
	const nodeIds = /node_ids: (\[[\d, ]*\])/.exec(script.slice(end));
	if (!nodeIds) throw new Error('defer-boot: SvelteKit’s boot script has no node_ids');
	const deferred =
		script.slice(0, start) +
		'spasmLogAfterPaint().then(() => Promise.all([' +
		script.slice(start + 'Promise.all(['.length, end) +
		`])).then(${inTurn(nodeIds[1]!)}).then(` +
		script.slice(end + ']).then('.length);

	const oldHash = `'${sha256(script)}'`;
	const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html);
	if (!csp || !csp[1]!.includes(oldHash)) {
		throw new Error('defer-boot: the page’s Content-Security-Policy does not carry the boot script’s hash');
	}
	const newCsp = csp[0].replace(oldHash, `'${sha256(deferred)}'`);
	return html.replace(csp[0], () => newCsp).replace(boot[0], () => `<script>${deferred}</script>`);
}

/**
 * The step between the entry modules and `kit.start`: a task later, import the page's layout and
 * page modules (what `start` would import first), then start in another task. Each starting import
 * adds a modulepreload link per dependency, and a page module is evaluated where its import
 * resolves: done inside `start`, that work shared a task with the entry modules' evaluation or with
 * hydration. A failed import is left for `start`, which reports it as it always has.
 */
function inTurn(nodeIds: string): string {
	const task = 'new Promise((r) => setTimeout(r))';
	return (
		`(m) => ${task}` +
		`.then(() => Promise.all(${nodeIds}.map((n) => m[1].nodes && m[1].nodes[n] && m[1].nodes[n]())))` +
		`.catch(() => undefined).then(() => ${task}).then(() => m)`
	);
}
