import { z } from 'astro/zod';

const needs = (key: string) => `front matter needs a non-empty "${key}"`;
const named = (key: string) =>
	z
		.string({ error: needs(key) })
		.trim()
		.min(1, needs(key));
const sourceRule = 'front matter "source" must be an http(s) URL';

/** The front matter every source document starts with; `src/lib/parse-document.ts` reports its first problem at line 1. */
export const frontMatterSchema = z.object(
	{
		service: named('service'),
		family: named('family'),
		title: named('title'),
		source: z
			.string({ error: sourceRule })
			.regex(/^https?:\/\//, sourceRule)
			.optional(),
		/** The document's language: absent for Chinese, `en` for the vendor's English pages. */
		lang: z.literal('en', { error: 'front matter "lang" must be "en", or absent for a Chinese document' }).optional(),
	},
	{ error: 'front matter must be a mapping of keys to values' },
);

/** A document's front matter, read. */
export type DocumentMeta = z.infer<typeof frontMatterSchema>;

/** A source document: which service and family it covers, and how many rows each section holds. */
export const documentSchema = z.object({
	service: z.string(),
	family: z.string(),
	title: z.string(),
	source: z.url().optional(),
	/**
	 * An error-code document; an actions document, or the English twin of an error-code document
	 * (`en/`): the rows of these two are only those of codes (or, in English, meanings) no Chinese
	 * error-code document has.
	 */
	kind: z.enum(['codes', 'actions', 'english']),
	/** Its place in catalogue order, as its codes are. */
	order: z.number().int().nonnegative(),
	rowCount: z.number().int().nonnegative(),
	sections: z.array(z.object({ name: z.string().optional(), rowCount: z.number().int().positive() })),
});

/** A source document, as pages read it. */
export type SourceDocument = z.infer<typeof documentSchema>;
