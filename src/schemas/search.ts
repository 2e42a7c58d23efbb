import { z } from 'astro/zod';

/**
 * The search's files under `/search/`, as the build writes them and the browser reads them. The
 * browser imports only the types: the schemas stay out of its bundle, and the unit tests parse what
 * the build writes with them.
 */

/** `[slug, name, English name]` of a service. */
const serviceNamesSchema = z.tuple([z.string(), z.string(), z.string()]);

/**
 * One code of a shard: its code, its service (an index into `services`), its first HTTP status or 0,
 * its section (an index into `sections`) or -1, the start of its first meaning, and its URL segment
 * where that is not `codeSlug(code)` (codes differing only in case).
 */
export const codeLineSchema = z.tuple([
	z.string(),
	z.number().int(),
	z.number().int(),
	z.number().int(),
	z.string(),
	z.string().optional(),
]);

/** `/search/meta.json`: what the search, the 404 resolver and the paste lookup need once, whatever they look up. */
export const searchMetaSchema = z.object({
	v: z.literal(1),
	services: z.array(serviceNamesSchema),
	/** Every distinct section name in the catalogue. */
	sections: z.array(z.string()),
	/** Every HTTP status class in the catalogue (`4XX`), for the filter. */
	statuses: z.array(z.string()),
	/** How many codes each shard of the code list holds (see `shardOfQuery`). */
	shards: z.array(z.number().int().nonnegative()),
	/** How many parts the lookup list is cut into (see `lookupPartOf`). */
	parts: z.number().int().positive(),
	/** Every code that is a range of numbers (`codeRange`), as a shard's lines: a number inside one finds it, whatever its shard. */
	ranges: z.array(codeLineSchema),
});

/** The catalogue-wide lists, as the browser reads them. */
export type SearchMeta = z.infer<typeof searchMetaSchema>;

/**
 * One action of a shard: its name, its service (an index into `services`), its Chinese name and
 * how its status reads (each '' when there is none), its URL segment where that is not its name.
 */
export const actionLineSchema = z.tuple([z.string(), z.number().int(), z.string(), z.string(), z.string().optional()]);

/** `/search/codes/<n>.json`: the codes and actions whose names share a run of three letters or digits (see `shardsOfCode`). */
export const codeShardSchema = z.object({ v: z.literal(1), codes: z.array(codeLineSchema), actions: z.array(actionLineSchema) });

/** A shard of the code list. */
export type CodeShard = z.infer<typeof codeShardSchema>;

/**
 * One code of a lookup part: its code, its service's slug, the start of its first meaning, its URL
 * segment if not `codeSlug(code)`, its English text, and its class on one line; each of the last
 * three where it has one ('' where it has none and a later one follows).
 */
export const lookupLineSchema = z.tuple([
	z.string(),
	z.string(),
	z.string(),
	z.string().optional(),
	z.string().optional(),
	z.string().optional(),
]);

/** One action of a lookup part: its name, its service's slug, its URL segment, and every code it can return. */
export const lookupActionSchema = z.tuple([z.string(), z.string(), z.string(), z.array(z.string())]);

/** `/search/lookup/<n>.json`: the codes and actions whose folded spelling falls in this part (see `lookupPartOf`). */
export const lookupPartSchema = z.object({ v: z.literal(1), codes: z.array(lookupLineSchema), actions: z.array(lookupActionSchema) });

/** A part of the lookup list. */
export type LookupPart = z.infer<typeof lookupPartSchema>;
