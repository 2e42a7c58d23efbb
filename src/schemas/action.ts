import { z } from 'astro/zod';

/** A code an action can return: its code and page, the action page's own words, and its source line. */
export const actionCodeSchema = z.object({
	code: z.string().min(1),
	/** The URL segment of the code's page (its service's code of that spelling). */
	slug: z.string().min(1),
	description: z.string(),
	line: z.number().int().positive(),
});

/** One action in one API version (family): one `## <Action>` section of an actions document. */
export const actionVersionSchema = z.object({
	family: z.string(),
	file: z.string(),
	line: z.number().int().positive(),
	/** Its Chinese name. */
	name: z.string().optional(),
	/** `deprecated` or `offline`; absent when online. */
	status: z.string().optional(),
	description: z.string().optional(),
	explorer: z.url().optional(),
	codes: z.array(actionCodeSchema),
});

/** One API action of a service, in every version that has it: one page. */
export const actionSchema = z.object({
	service: z.string(),
	action: z.string().min(1),
	slug: z.string().min(1),
	/** Its place in catalogue order: services as in `services.yaml`, then as in the documents. */
	order: z.number().int().nonnegative(),
	versions: z.array(actionVersionSchema).min(1),
});

/** An action entry, as pages read it. */
export type Action = z.infer<typeof actionSchema>;

/** An action in one version, as pages read it. */
export type ActionVersion = z.infer<typeof actionVersionSchema>;
