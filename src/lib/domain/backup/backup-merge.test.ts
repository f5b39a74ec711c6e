import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyTables, type BackupRecord } from './backup-tables';
import { mergeSyncStates, planMerge, sameSyncState, type SyncState } from './backup-merge';

const IDS = [
	'00000000-0000-4000-8000-000000000001',
	'00000000-0000-4000-8000-000000000002',
	'00000000-0000-4000-8000-000000000003',
	'00000000-0000-4000-8000-000000000004'
];
const time = (minute: number) => `2026-11-24T08:${String(minute).padStart(2, '0')}:00.000+01:00`;
const water = (id: string, minute: number, ml: number): BackupRecord => ({
	id,
	at: time(0),
	day: '2026-11-24',
	ml,
	updatedAt: time(minute)
});

function state(records: BackupRecord[] = [], deletions: SyncState['deletions'] = []): SyncState {
	const tables = emptyTables();
	tables.water = records;
	return { tables, deletions };
}

/** A device's history: adds, edits and deletes of a few shared ids at a few shared moments. */
type Op =
	{ type: 'put'; id: string; minute: number; ml: number } | { type: 'delete'; id: string; minute: number };
const opArb: fc.Arbitrary<Op> = fc.oneof(
	fc.record({
		type: fc.constant('put' as const),
		id: fc.constantFrom(...IDS),
		minute: fc.integer({ min: 0, max: 9 }),
		ml: fc.integer({ min: 1, max: 3 })
	}),
	fc.record({
		type: fc.constant('delete' as const),
		id: fc.constantFrom(...IDS),
		minute: fc.integer({ min: 0, max: 9 })
	})
);

/** Plays a device's own history, each step merged in the way the app writes it. */
function device(ops: Op[]): SyncState {
	let s = state();
	for (const op of ops) {
		const step =
			op.type === 'put'
				? state([water(op.id, op.minute, op.ml)])
				: state([], [{ id: op.id, kind: 'water', deletedAt: time(op.minute) }]);
		s = mergeSyncStates(s, step);
	}
	return s;
}
const deviceArb = fc.array(opArb, { maxLength: 12 }).map(device);

/** What the app's import does with a plan: write, remove and add tombstones. */
function apply(local: SyncState, incoming: SyncState): SyncState {
	const plan = planMerge(local, incoming);
	const byId = new Map(local.tables.water.map((r) => [r.id, r]));
	for (const id of plan.removals.water) byId.delete(id);
	for (const r of plan.puts.water) byId.set(r.id, r);
	const tombs = new Map(local.deletions.map((d) => [d.id, d]));
	for (const d of plan.deletions) tombs.set(d.id, d);
	return mergeSyncStates(state([...byId.values()], [...tombs.values()]), state());
}

describe('merging backups', () => {
	it('is commutative', () => {
		fc.assert(
			fc.property(deviceArb, deviceArb, (a, b) => {
				expect(mergeSyncStates(a, b)).toEqual(mergeSyncStates(b, a));
			})
		);
	});

	it('is idempotent: importing the same file twice changes nothing the second time', () => {
		fc.assert(
			fc.property(deviceArb, deviceArb, (a, b) => {
				const once = mergeSyncStates(a, b);
				expect(mergeSyncStates(once, b)).toEqual(once);
				expect(mergeSyncStates(a, a)).toEqual(mergeSyncStates(a, state()));
				expect(planMerge(once, b).empty).toBe(true);
			})
		);
	});

	it('is associative', () => {
		fc.assert(
			fc.property(deviceArb, deviceArb, deviceArb, (a, b, c) => {
				expect(mergeSyncStates(mergeSyncStates(a, b), c)).toEqual(mergeSyncStates(a, mergeSyncStates(b, c)));
			})
		);
	});

	it('two devices exchanging files in either order end with identical data', () => {
		fc.assert(
			fc.property(deviceArb, deviceArb, fc.boolean(), (a, b, aFirst) => {
				// One sends its file first; the other imports it, then sends its (merged) file back.
				const [first, second] = aFirst ? [a, b] : [b, a];
				const secondAfter = apply(second, first);
				const firstAfter = apply(first, secondAfter);
				expect(firstAfter).toEqual(secondAfter);
				// Exchanging the original files at the same time gives the same result too.
				expect(apply(a, b)).toEqual(apply(b, a));
			})
		);
	});

	it('an import applies exactly the merge', () => {
		fc.assert(
			fc.property(deviceArb, deviceArb, (a, b) => {
				expect(apply(a, b)).toEqual(mergeSyncStates(a, b));
			})
		);
	});
});

describe('merge rules and preview counts', () => {
	const [one, two, three, four] = IDS as [string, string, string, string];

	it('newer updatedAt wins, whatever the side', () => {
		const local = state([water(one, 1, 250)]);
		const file = state([water(one, 5, 500)]);
		expect(mergeSyncStates(local, file).tables.water).toEqual([water(one, 5, 500)]);
		expect(mergeSyncStates(file, local).tables.water).toEqual([water(one, 5, 500)]);
	});

	it('compares instants, not text, across offsets', () => {
		const utc = { ...water(one, 0, 1), updatedAt: '2026-11-24T07:30:00.000Z' }; // 08:30 +01:00
		expect(mergeSyncStates(state([water(one, 9, 2)]), state([utc])).tables.water[0]!.ml).toBe(1);
	});

	it('a tombstone removes an older record but not one edited after it', () => {
		const local = state([water(one, 1, 250), water(two, 8, 250)]);
		const file = state(
			[],
			[
				{ id: one, kind: 'water', deletedAt: time(3) },
				{ id: two, kind: 'water', deletedAt: time(3) }
			]
		);
		expect(mergeSyncStates(local, file).tables.water.map((r) => r.id)).toEqual([two]);
	});

	it('counts new, changed, kept and deleted records per kind, and the file’s date range', () => {
		const local = state([water(one, 5, 250), water(two, 1, 250), water(three, 1, 250)]);
		const file = state(
			[water(one, 1, 100), water(two, 5, 500), { ...water(four, 1, 250), day: '2026-11-20' }],
			[{ id: three, kind: 'water', deletedAt: time(2) }]
		);
		const plan = planMerge(local, file);
		expect(plan.changes.water).toEqual({
			added: 1,
			changed: 1,
			kept: 1,
			deleted: 1,
			inFile: 3,
			from: '2026-11-20',
			to: '2026-11-24'
		});
		expect(plan.puts.water.map((r) => r.id).sort()).toEqual([two, four]);
		expect(plan.removals.water).toEqual([three]);
		expect(plan.deletions).toHaveLength(1);
		expect(plan.changes.episodes.inFile).toBe(0);
	});
});

describe('telling whether a device changed since a merge was planned', () => {
	const tomb = { id: IDS[3]!, kind: 'water' as const, deletedAt: time(5) };
	const base = () => state([water(IDS[0]!, 1, 250), water(IDS[1]!, 2, 500)], [tomb]);

	it('is the same for a fresh read of the same records, whatever the key order', () => {
		const reread = base();
		reread.tables.water[0] = Object.fromEntries(
			Object.entries(reread.tables.water[0]!).reverse()
		) as BackupRecord;
		expect(sameSyncState(base(), reread)).toBe(true);
	});

	it.each([
		['an edited field', (s: SyncState) => (s.tables.water[1] = { ...s.tables.water[1]!, ml: 501 })],
		['a record added', (s: SyncState) => s.tables.water.push(water(IDS[2]!, 3, 100))],
		['a record removed', (s: SyncState) => s.tables.water.pop()],
		['a tombstone added', (s: SyncState) => s.deletions.push({ ...tomb, id: IDS[2]! })],
		['a field added', (s: SyncState) => (s.tables.water[0] = { ...s.tables.water[0]!, extra: null })]
	])('differs after %s', (_what, change) => {
		const changed = base();
		change(changed);
		expect(sameSyncState(base(), changed)).toBe(false);
	});
});
