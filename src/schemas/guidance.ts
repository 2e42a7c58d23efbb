import { z } from 'astro/zod';

/** Where the notes live, relative to the project root. */
export const GUIDANCE_FILE = 'guidance/classes.yaml';

/** The site's own note on one class of codes (`guidance/classes.yaml`): who acts, whether a retry helps, the next step. */
export const classGuidanceSchema = z
	.object({
		actor: z.enum(['caller', 'account', 'limit', 'vendor']),
		retry: z.enum(['no', 'backoff', 'after']),
		/** What must change first, for `retry: after`. */
		when: z.string().min(1).optional(),
		next: z.string().min(1),
	})
	.strict()
	.refine((g) => (g.retry === 'after') === (g.when !== undefined), { message: '"when" is given exactly when "retry" is "after"' });

/** A class's note, as pages read it. */
export type ClassGuidance = z.infer<typeof classGuidanceSchema>;

/** The whole of `guidance/classes.yaml`: a note per common code. */
export const guidanceFileSchema = z.record(z.string().min(1), classGuidanceSchema);
