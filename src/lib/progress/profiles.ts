import type { ProgressDb } from './db.ts';
import { randomId } from './ids.ts';
import type { Profile } from './records.ts';

const ACTIVE = 'activeProfile';

/** The longest profile name, in characters: a first name or a nickname, nothing more. */
export const NAME_MAX = 40;

/** A name as it will be kept: spaces trimmed and runs of spaces and control characters made one space. */
export function cleanName(name: string): string {
	return name.replace(/[\p{Cc}\p{Z}\s]+/gu, ' ').trim();
}

/** Every profile on this device, oldest first. */
export async function listProfiles(db: ProgressDb): Promise<Profile[]> {
	return (await db.profiles.toArray()).sort((a, b) => a.createdAt - b.createdAt);
}

/** The profile whose progress is shown and saved now; a first, unnamed one is made if there is none. */
export async function activeProfile(db: ProgressDb): Promise<Profile> {
	return db.transaction('rw', db.profiles, db.settings, async () => {
		const id = (await db.settings.get(ACTIVE))?.value;
		const profile = (typeof id === 'string' && (await db.profiles.get(id))) || (await listProfiles(db))[0];
		if (profile) {
			if (profile.id !== id) await db.settings.put({ key: ACTIVE, value: profile.id });
			return profile;
		}
		const first: Profile = { id: randomId(), name: '', createdAt: Date.now() };
		await db.profiles.add(first);
		await db.settings.put({ key: ACTIVE, value: first.id });
		return first;
	});
}

/** Make a profile the active one. */
export async function setActiveProfile(db: ProgressDb, id: string): Promise<void> {
	await db.settings.put({ key: ACTIVE, value: id });
}

/** Add a profile with the name a learner chose and make it active. */
export async function createProfile(db: ProgressDb, name: string): Promise<Profile> {
	const profile: Profile = { id: randomId(), name: cleanName(name).slice(0, NAME_MAX), createdAt: Date.now() };
	await db.transaction('rw', db.profiles, db.settings, async () => {
		await db.profiles.add(profile);
		await db.settings.put({ key: ACTIVE, value: profile.id });
	});
	return profile;
}

/** Change the name of a profile. */
export async function renameProfile(db: ProgressDb, id: string, name: string): Promise<void> {
	await db.profiles.update(id, { name: cleanName(name).slice(0, NAME_MAX) });
}

/** Delete a profile with all its attempts, answers and lesson status; another profile becomes active. */
export async function deleteProfile(db: ProgressDb, id: string): Promise<void> {
	await db.transaction('rw', [db.profiles, db.attempts, db.answers, db.lessonStatus, db.settings], async () => {
		const attemptIds = await db.attempts.where('profileId').equals(id).primaryKeys();
		await db.answers.where('attemptId').anyOf(attemptIds).delete();
		await db.attempts.bulkDelete(attemptIds);
		await db.lessonStatus.where('profileId').equals(id).delete();
		await db.profiles.delete(id);
		const active = (await db.settings.get(ACTIVE))?.value;
		if (active === id) {
			const next = (await listProfiles(db))[0];
			if (next) await db.settings.put({ key: ACTIVE, value: next.id });
			else await db.settings.delete(ACTIVE);
		}
	});
}
