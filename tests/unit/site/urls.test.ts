import { expect, test } from 'vitest';
import { normaliseBase } from '../../../src/lib/site/urls.ts';

test('base paths are normalised to one leading and one trailing slash', () => {
	expect(normaliseBase('/')).toBe('/');
	expect(normaliseBase('')).toBe('/');
	expect(normaliseBase('civics')).toBe('/civics/');
	expect(normaliseBase('//civics//')).toBe('/civics/');
	expect(normaliseBase('/a/b')).toBe('/a/b/');
});
