import { aboutUrl, familyUrl, homeUrl, serviceUrl } from './urls.ts';

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
