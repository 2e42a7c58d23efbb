import { z } from 'astro/zod';

/** The error-response formats the vendor documents, as a family's `response` names them. */
export const responseFormatSchema = z.enum(['api3-json', 'cos-xml']);

/** An error-response format. */
export type ResponseFormat = z.infer<typeof responseFormatSchema>;

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
				response: responseFormatSchema.optional(),
			}),
		)
		.min(1),
});

/** A service as `services.yaml` describes it. */
export type ServiceMeta = z.infer<typeof serviceSchema>;

/** The whole of `content/services.yaml`. */
export const servicesFileSchema = z.array(serviceSchema).min(1);

/** A service entry: the metadata plus its place in `services.yaml`. */
export const serviceEntrySchema = serviceSchema.extend({ order: z.number().int().nonnegative() });

/** A service, as pages read it. */
export type Service = z.infer<typeof serviceEntrySchema>;
