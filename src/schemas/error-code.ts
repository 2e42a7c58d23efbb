import { z } from 'astro/zod';

/** A cell of a column a code table has beyond the known ones, under its header (`原因`, `英文提示`). */
export const extraCellSchema = z.object({ header: z.string().min(1), text: z.string() });

/** An extra cell, as pages read it. */
export type ExtraCell = z.infer<typeof extraCellSchema>;

/** The row of an English twin (`en/`) that gives a Chinese row's code, family and place in English. */
export const englishRowSchema = z.object({
	description: z.string(),
	statusLabel: z.string().optional(),
	handling: z.string().optional(),
	extra: z.array(extraCellSchema).optional(),
	section: z.string().optional(),
	file: z.string(),
	line: z.number().int().positive(),
});

/** An English row, as pages read it. */
export type EnglishRow = z.infer<typeof englishRowSchema>;

/** Where a source row stands: its document, line, family and section, and the English twin's row of it. */
export const sourceRefSchema = z.object({
	family: z.string(),
	section: z.string().optional(),
	file: z.string(),
	line: z.number().int().positive(),
	english: englishRowSchema.optional(),
});

/** A source row's place, as pages read it. */
export type SourceRef = z.infer<typeof sourceRefSchema>;

/** One meaning of a code: one row of a vendor table, and the rows of other families with the same text. */
export const meaningSchema = sourceRefSchema.extend({
	status: z.number().int().min(100).max(599).optional(),
	statusLabel: z.string().optional(),
	description: z.string(),
	handling: z.string().optional(),
	/** The row's other cells, each under its column's header, in column order. */
	extra: z.array(extraCellSchema).optional(),
	/** The row's code cell as written, where it is more than the code: it lists several (`66660023/-5025`, the row a meaning of each) or assigns an SDK constant (`NAME = "-10000";`). */
	cell: z.string().optional(),
	alsoIn: z.array(sourceRefSchema).optional(),
	/** The error-code document lacks the code: this meaning is an action's row (its file an actions document). */
	actionOnly: z.literal(true).optional(),
	/** No Chinese document gives the code in this family: this meaning is an English twin's row, in English. */
	englishOnly: z.literal(true).optional(),
	/** The row's text is English: its document says `lang: en` (an English twin's, or a vendor page's own). */
	lang: z.literal('en').optional(),
});

/** A meaning, as pages read it. */
export type Meaning = z.infer<typeof meaningSchema>;

/** Everything one service says about one code: one page. */
export const errorCodeSchema = z.object({
	service: z.string(),
	code: z.string().min(1),
	slug: z.string().min(1),
	/** Its place in catalogue order: services as in `services.yaml`, their families likewise, then as in the sources. */
	order: z.number().int().nonnegative(),
	meanings: z.array(meaningSchema).min(1),
	/** The common code that names its class (`codeClass`): its first dotted segment's, or its own. */
	errorClass: z.string().optional(),
	/** It is itself a common code of one of its families. */
	common: z.literal(true).optional(),
});

/** A code entry, as pages read it. */
export type ErrorCode = z.infer<typeof errorCodeSchema>;
