import { z } from 'astro/zod';

/** A source document: which service and family it covers, and how many rows each section holds. */
export const documentSchema = z.object({
	service: z.string(),
	family: z.string(),
	title: z.string(),
	source: z.url().optional(),
	/** Its place in catalogue order, as its codes are. */
	order: z.number().int().nonnegative(),
	rowCount: z.number().int().nonnegative(),
	sections: z.array(z.object({ name: z.string().optional(), rowCount: z.number().int().positive() })),
});

/** A source document, as pages read it. */
export type SourceDocument = z.infer<typeof documentSchema>;
