import { getCollection } from 'astro:content';
import type { ErrorCode } from '../schemas/error-code.ts';
import type { SourceDocument } from '../schemas/document.ts';
import type { Service } from '../schemas/service.ts';

/** Services in the order of `content/services.yaml`. */
export async function getServices(): Promise<Service[]> {
	return (await getCollection('services')).map((entry) => entry.data).sort((a, b) => a.order - b.order);
}

/** Every code entry, in source order. */
export async function getCodes(): Promise<ErrorCode[]> {
	return (await getCollection('errorCodes')).map((entry) => entry.data);
}

/** Every source document, in the order of services and families. */
export async function getDocuments(): Promise<(SourceDocument & { id: string })[]> {
	return (await getCollection('documents')).map((entry) => ({ id: entry.id, ...entry.data }));
}
