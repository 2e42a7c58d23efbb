import { defineCollection } from 'astro:content';
import { documentsLoader, errorCodesLoader, servicesLoader } from './loaders/catalog.ts';

// All three collections come from the same folder: the vendor's documents and services.yaml.
const options = { dir: 'content' };

export const collections = {
	services: defineCollection({ loader: servicesLoader(options) }),
	errorCodes: defineCollection({ loader: errorCodesLoader(options) }),
	documents: defineCollection({ loader: documentsLoader(options) }),
};
