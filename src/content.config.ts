import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { i18nSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { cachedDocsSchema } from './frame/docs-schema.ts';
import { actionsLoader, documentsLoader, errorCodesLoader, servicesLoader } from './loaders/collection-loaders.ts';
import { CONTENT_DIR } from './loaders/content-folder.ts';

// The four catalogue collections come from the same folder: the vendor's documents and services.yaml.
// ERRCODES_CONTENT points the build elsewhere: the hostile-content test site uses it.
const options = { dir: CONTENT_DIR };

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: cachedDocsSchema }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	services: defineCollection({ loader: servicesLoader(options) }),
	errorCodes: defineCollection({ loader: errorCodesLoader(options) }),
	documents: defineCollection({ loader: documentsLoader(options) }),
	actions: defineCollection({ loader: actionsLoader(options) }),
};
