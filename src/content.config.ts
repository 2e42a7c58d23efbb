import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { documentsLoader, errorCodesLoader } from './loaders/catalog.ts';
import { serviceSchema } from './schemas/service.ts';

export const collections = {
	services: defineCollection({ loader: file('content/services.yaml'), schema: serviceSchema }),
	errorCodes: defineCollection({ loader: errorCodesLoader({ dir: 'content' }) }),
	documents: defineCollection({ loader: documentsLoader({ dir: 'content' }) }),
};
