import type { APIRoute, GetStaticPaths } from 'astro';
import { getActions, getCodes, getGuidance } from '../../../data/collections.ts';
import { cacheKey } from '../../../lib/cache-key.ts';
import { classNote, guidanceOf } from '../../../lib/classes.ts';
import { lookupParts } from '../../../lib/search/code-list.ts';
import { classLine } from '../../../lib/ticket.ts';
import type { LookupPart } from '../../../schemas/search.ts';

export const getStaticPaths = (async () => {
	const [codes, actions, guidance] = await Promise.all([getCodes(), getActions(), getGuidance()]);
	// The paste box says a code's class as the ticket snippet does.
	const lineOf = (code: (typeof codes)[number]) => {
		if (code.errorClass === undefined) return undefined;
		const note = guidanceOf(code, guidance);
		return classLine({ code: code.errorClass, note: note && classNote(note) });
	};
	return lookupParts(codes, actions, undefined, lineOf).map((part, i) => {
		const props = { part };
		return { params: { part: String(i) }, props, cacheKey: cacheKey(props) };
	});
}) satisfies GetStaticPaths;

/** The codes and actions whose folded spelling falls in this part (see `lookupPartOf`): what a missed link or a paste loads. */
export const GET: APIRoute<{ part: LookupPart }> = ({ props }) => Response.json(props.part);
