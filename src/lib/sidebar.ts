import { aboutUrl, familyUrl, homeUrl, lookupUrl, searchUrl, serviceUrl } from './urls.ts';

interface SidebarService {
	slug: string;
	name: string;
	nameEn: string;
	families: { slug: string; name: string }[];
}

/** Starlight sidebar entries: services and their families, never single codes (see README). */
export function sidebarFor(services: SidebarService[]) {
	return [
		{ label: '首页', link: homeUrl() },
		{ label: '搜索', link: searchUrl() },
		{ label: '粘贴查错', link: lookupUrl() },
		...services.map((service) => ({
			label: `${service.name} ${service.slug.toUpperCase()}`,
			items: [
				{ label: '全部错误码', link: serviceUrl(service.slug) },
				...service.families.map((family) => ({ label: family.name, link: familyUrl(service.slug, family.slug) })),
			],
		})),
		{ label: '关于本站', link: aboutUrl() },
	];
}
