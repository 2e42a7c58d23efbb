import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { i18nSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { cachedDocsSchema } from './frame/docs-schema.ts';
import { actionsLoader, documentsLoader, errorCodesLoader, servicesLoader } from './loaders/collection-loaders.ts';
import { CONTENT_DIR } from './loaders/content-folder.ts';
import { classGuidanceSchema, GUIDANCE_FILE } from './schemas/guidance.ts';

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
	// The site's own notes, one per class of codes: the project's words, whatever content folder is built.
	guidance: defineCollection({ loader: file(GUIDANCE_FILE), schema: classGuidanceSchema }),
};
