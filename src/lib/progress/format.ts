import type { QuizItemType, Response } from '../quiz/types.ts';
import type { QuizMode } from './records.ts';
import { canonicalJson } from '../canonicalJson.ts';
import { sha256Hex } from './sha256.ts';

/**
 * The backup file: one profile's progress as versioned JSON, documented in docs/progress-format.md.
 * A version is never changed once released; a newer one gets a higher number.
 */
export const FORMAT_ID = 'civitas-progress';
export const FORMAT_VERSION = 1;
/** Larger files are refused before they are read: a year of daily quizzes is well under 1 MB. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface ExportAnswer {
	itemId: string;
	type: QuizItemType;
	response: Response;
	correct: boolean;
	answeredAt: number;
	hint?: boolean;
}

export interface ExportAttempt {
	id: string;
	lessonId: string;
	locale: string;
	contentLocale: string;
	contentHash: string;
	mode: QuizMode;
	seed: string | null;
	startedAt: number;
	endedAt?: number;
	score?: number;
	total?: number;
	answers: ExportAnswer[];
}

export interface ExportFile {
	format: typeof FORMAT_ID;
	version: typeof FORMAT_VERSION;
	exportedAt: string;
	site: { name: string; version: string };
	profile: { id: string; name: string; createdAt: number };
	attempts: ExportAttempt[];
	/** "sha256:" and the hex SHA-256 of the canonical JSON of every other field. */
	checksum: string;
}


/** The checksum of a backup: SHA-256 over the canonical JSON of everything but the checksum itself. */
export async function checksumOf(file: Omit<ExportFile, 'checksum'> | Record<string, unknown>): Promise<string> {
	const { checksum: _, ...body } = file as Record<string, unknown>;
	return `sha256:${await sha256Hex(canonicalJson(body))}`;
}
