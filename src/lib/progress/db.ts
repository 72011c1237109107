import Dexie, { type EntityTable, type Table } from 'dexie';
import type { AnswerRecord, Attempt, LessonStatusRecord, Profile, Setting } from './records.ts';
import { DB_NAME, LATEST_VERSION, SCHEMA } from './schema.ts';

/** The progress database: every table and every version declared in one place (see schema.ts). */
export class ProgressDb extends Dexie {
	profiles!: EntityTable<Profile, 'id'>;
	attempts!: EntityTable<Attempt, 'id'>;
	answers!: Table<AnswerRecord, [string, string]>;
	lessonStatus!: Table<LessonStatusRecord, [string, string]>;
	settings!: EntityTable<Setting, 'key'>;

	/** upTo opens the database as an earlier release did; only the migration tests pass it. */
	constructor(name = DB_NAME, upTo = LATEST_VERSION) {
		super(name);
		for (const { version, stores, upgrade } of SCHEMA) {
			if (version > upTo) break;
			const declared = this.version(version).stores(stores);
			if (upgrade) declared.upgrade(upgrade);
		}
	}
}
