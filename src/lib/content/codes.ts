/** Seoul Plan of Action codes, as defined in the curriculum guide (preamble, sections 3, 4 and 5); their wording is in src/i18n/ under "seoul.{code}". */
export const SEOUL_CODES = [
	'PRE-1',
	'PRE-2',
	'PRE-3',
	'PRE-4',
	'PRE-5',
	'PRE-6',
	'3-1a',
	'3-1b',
	'3-1c',
	'3-1d',
	'3-1e',
	'3-2',
	'3-3',
	'4-1a',
	'4-1b',
	'4-1e',
	'4-1f',
	'4-3b',
	'4-3e',
	'4-3f',
	'4-3h',
	'5-1',
] as const;

export type SeoulCode = (typeof SEOUL_CODES)[number];

/** The 20 competences of the Council of Europe's Reference Framework of Competences for Democratic Culture. */
export const RFCDC_CODES = [
	'V1', 'V2', 'V3',
	'A1', 'A2', 'A3', 'A4', 'A5', 'A6',
	'S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8',
	'K1', 'K2', 'K3',
] as const;

export type RfcdcCode = (typeof RFCDC_CODES)[number];
