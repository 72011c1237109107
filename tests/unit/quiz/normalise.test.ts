import { describe, expect, test } from 'vitest';
import { normaliseAnswer } from '../../../src/lib/quiz/normalise.ts';

describe('shared rules, in every language', () => {
	test.each([
		['  Secret Ballot. ', 'secret ballot'],
		['«secret   ballot»', 'secret ballot'],
		['SECRET\tBALLOT!?', 'secret ballot'],
		['ＳＥＣＲＥＴ', 'secret'],
		['Straße', 'strasse'],
		['Ⅻ', 'xii'],
	])('case, spaces, punctuation and compatibility forms: %j → %j', (given, expected) => {
		expect(normaliseAnswer(given, 'en')).toBe(expected);
	});

	test.each([
		['١٩٤٨', '1948'],
		['۱۹۴۸', '1948'],
		['१९४८', '1948'],
		['১৯৪৮', '1948'],
		['๑๙๔๘', '1948'],
		['１９４８', '1948'],
		['1948', '1948'],
	])('digits of any script fold to 0–9: %j', (given, expected) => {
		expect(normaliseAnswer(given, 'en')).toBe(expected);
		expect(normaliseAnswer(given, 'ar')).toBe(expected);
	});

	test('punctuation inside an answer stays', () => {
		expect(normaliseAnswer('21(3)', 'en')).toBe('21(3');
		expect(normaliseAnswer('e-mail', 'en')).toBe('e-mail');
	});
});

describe('English and other Latin-script languages', () => {
	test.each([
		['Élection', 'election'],
		['naïve café', 'naive cafe'],
		['São Tomé', 'sao tome'],
		['Łódź', 'łodz'],
	])('Latin diacritics are removed: %j → %j', (given, expected) => {
		expect(normaliseAnswer(given, 'en')).toBe(expected);
		expect(normaliseAnswer(given, 'fr')).toBe(expected);
	});

	test('marks on other scripts are kept', () => {
		expect(normaliseAnswer('й', 'en')).toBe('й');
	});
});

describe('Arabic', () => {
	test.each([
		['الاقتراعُ السِّرِّيُّ', 'الاقتراع السري'],
		['انتـــخابات', 'انتخابات'],
		['أحزاب', 'احزاب'],
		['إعلان', 'اعلان'],
		['آراء', 'اراء'],
		['ٱلحرية', 'الحريه'],
		['فتى', 'فتي'],
		['الديمقراطية', 'الديمقراطيه'],
		['حقوقٌ.', 'حقوق'],
		['؟ المساواة ،', 'المساواه'],
		['عام ١٩٤٨م', 'عام 1948م'],
	])('%j → %j', (given, expected) => {
		expect(normaliseAnswer(given, 'ar')).toBe(expected);
	});

	test('variant spellings of one answer become equal', () => {
		expect(normaliseAnswer('الأمم المتحدة', 'ar')).toBe(normaliseAnswer('الامم المتحده', 'ar'));
		expect(normaliseAnswer('مَبنى', 'ar')).toBe(normaliseAnswer('مبني', 'ar'));
	});

	test('the Arabic rules apply only to Arabic', () => {
		expect(normaliseAnswer('ة', 'en')).toBe('ة');
		expect(normaliseAnswer('ة', 'ar-EG')).toBe('ه');
	});
});
