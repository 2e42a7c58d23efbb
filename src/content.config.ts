import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { documentsLoader, errorCodesLoader, servicesLoader } from './loaders/collection-loaders.ts';
import { CONTENT_DIR } from './loaders/content-folder.ts';

// All three collections come from the same folder: the vendor's documents and services.yaml.
// ERRCODES_CONTENT points the build elsewhere: the hostile-content test site uses it.
const options = { dir: CONTENT_DIR };

// StarlightPage builds the docs schema anew for every page it renders, about an eighth of the
// render time at 2,000 codes. No page here has images in its front matter, so one build serves all.
const starlightSchema = docsSchema();
let builtSchema: ReturnType<typeof starlightSchema> | undefined;

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: (context) => (builtSchema ??= starlightSchema(context)) }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	services: defineCollection({ loader: servicesLoader(options) }),
	errorCodes: defineCollection({ loader: errorCodesLoader(options) }),
	documents: defineCollection({ loader: documentsLoader(options) }),
};
