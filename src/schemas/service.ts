import { z } from 'astro/zod';

/** A service in `content/services.yaml`: its URL slug, names and API families. */
export const serviceSchema = z.object({
	slug: z.string().regex(/^[a-z0-9-]+$/, 'a service slug is lower-case letters, digits and "-"'),
	name: z.string().min(1),
	nameEn: z.string().min(1),
	description: z.string().min(1),
	families: z
		.array(
			z.object({
				slug: z.string().regex(/^[a-z0-9-]+$/, 'a family slug is lower-case letters, digits and "-"'),
				name: z.string().min(1),
				response: z.enum(['api3-json', 'cos-xml']).optional(),
			}),
		)
		.min(1),
});

/** The whole of `content/services.yaml`. */
export const servicesFileSchema = z.array(serviceSchema).min(1);

/** A service entry: the metadata plus its place in `services.yaml`. */
export const serviceEntrySchema = serviceSchema.extend({ order: z.number().int().nonnegative() });

/** A service, as pages read it. */
export type Service = z.infer<typeof serviceEntrySchema>;
