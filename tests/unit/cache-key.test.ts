import { expect, test } from 'vitest';
import { cacheKey } from '../../src/lib/cache-key.ts';

const page = (description: string) => ({
	entry: { service: 'cos', code: 'NoSuchBucket', meanings: [{ status: 404, description }] },
	related: ['NoSuchKey'],
});

test('gives the same key for the same props, so an unchanged page is reused', () => {
	expect(cacheKey(page('指定的存储桶不存在。'))).toBe(cacheKey(page('指定的存储桶不存在。')));
});

test('gives another key when any text the page shows changes', () => {
	expect(cacheKey(page('指定的存储桶不存在。'))).not.toBe(cacheKey(page('指定的存储桶不存在')));
	expect(cacheKey({ ...page('a'), related: [] })).not.toBe(cacheKey(page('a')));
});
