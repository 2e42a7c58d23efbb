import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { documentsLoader, errorCodesLoader, servicesLoader } from './loaders/catalog.ts';

// All three collections come from the same folder: the vendor's documents and services.yaml.
const options = { dir: 'content' };

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	services: defineCollection({ loader: servicesLoader(options) }),
	errorCodes: defineCollection({ loader: errorCodesLoader(options) }),
	documents: defineCollection({ loader: documentsLoader(options) }),
};
