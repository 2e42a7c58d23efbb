import { z } from 'astro/zod';

/** `content/aliases.yaml`: old paths that redirect to a code's page. */
export const aliasesFileSchema = z.array(
	z.object({
		from: z.string().min(2),
		service: z.string().min(1),
		code: z.string().min(1),
		why: z.string().optional(),
	}),
);

/** One alias, as the config and loader read it. */
export type AliasEntry = z.infer<typeof aliasesFileSchema>[number];
