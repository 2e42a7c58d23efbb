import type { ServiceMeta } from '../schemas/service.ts';
import { aboutUrl, familyUrl, homeUrl, lookupUrl, searchUrl, serviceUrl, withoutBase } from './urls.ts';

type SidebarService = Pick<ServiceMeta, 'slug' | 'name' | 'nameEn' | 'families'>;

/** Above this many services the sidebar lists only the current one, so pages stay small. */
const SIDEBAR_ALL_SERVICES_LIMIT = 20;

const group = (service: SidebarService) => ({
	label: `${service.name} ${service.slug.toUpperCase()}`,
	items: [
		{ label: '全部错误码', link: withoutBase(serviceUrl(service.slug)) },
		...service.families.map((family) => ({ label: family.name, link: withoutBase(familyUrl(service.slug, family.slug)) })),
	],
});

/**
 * Starlight sidebar entries (without the site's base, which Starlight adds): services and their
 * families, never single codes. With many services,
 * only the one being read (if any) and a link to the list of all of them.
 */
export function sidebarFor(services: SidebarService[], current?: string) {
	const few = services.length <= SIDEBAR_ALL_SERVICES_LIMIT;
	const shown = few ? services : services.filter((s) => s.slug === current);
	return [
		{ label: '首页', link: withoutBase(homeUrl()) },
		{ label: '搜索', link: withoutBase(searchUrl()) },
		{ label: '粘贴查错', link: withoutBase(lookupUrl()) },
		...shown.map(group),
		...(few ? [] : [{ label: `全部 ${services.length} 个服务`, link: `${withoutBase(homeUrl())}#services` }]),
		{ label: '关于本站', link: withoutBase(aboutUrl()) },
	];
}

/** The sidebar of each service's pages, built once per service. */
export function sidebarsByService(services: SidebarService[]) {
	return new Map(services.map((s) => [s.slug, sidebarFor(services, s.slug)]));
}
