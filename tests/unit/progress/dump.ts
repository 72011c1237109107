import type { ProgressDb } from '../../../src/lib/progress/db.ts';

/** Everything in a progress database as text, tables and rows in a fixed order, to compare byte for byte. */
export async function dump(db: ProgressDb): Promise<string> {
	const tables: Record<string, unknown[]> = {};
	for (const table of db.tables.sort((a, b) => a.name.localeCompare(b.name))) {
		tables[table.name] = (await table.toArray()).map((row) => JSON.stringify(row)).sort();
	}
	return JSON.stringify(tables);
}
