import { expect, test } from 'vitest';
import { sidebarFor } from '../../src/lib/sidebar.ts';

const services = (n: number) =>
	Array.from({ length: n }, (_, i) => ({
		slug: `s${i}`,
		name: `服务${i}`,
		nameEn: `S${i}`,
		families: [{ slug: 'api3', name: 'API 3.0' }],
	}));
const links = (items: ReturnType<typeof sidebarFor>) =>
	items.flatMap((item) => ('items' in item ? item.items.map((i) => i.link) : [item.link]));

test('lists every service and its families, and never a code', () => {
	const sidebar = sidebarFor(services(3));
	expect(links(sidebar)).toEqual([
		'/',
		'/search/',
		'/lookup/',
		'/s0/',
		'/s0/#family-api3',
		'/s1/',
		'/s1/#family-api3',
		'/s2/',
		'/s2/#family-api3',
		'/about/',
	]);
});

test('with many services lists only the current one, so a page does not grow with the catalogue', () => {
	expect(links(sidebarFor(services(300), 's7'))).toEqual([
		'/',
		'/search/',
		'/lookup/',
		'/s7/',
		'/s7/#family-api3',
		'/#services',
		'/about/',
	]);
	expect(links(sidebarFor(services(300)))).toEqual(['/', '/search/', '/lookup/', '/#services', '/about/']);
});
