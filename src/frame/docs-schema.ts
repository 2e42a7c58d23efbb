import { docsSchema } from '@astrojs/starlight/schema';

const starlightSchema = docsSchema();
let built: ReturnType<typeof starlightSchema> | undefined;

/**
 * Starlight's docs schema, built once: `<StarlightPage>` builds it anew for every page it renders,
 * about an eighth of the render time at 2,000 codes. No page here has images in its front matter,
 * so one build serves all.
 */
export const cachedDocsSchema: typeof starlightSchema = (context) => (built ??= starlightSchema(context));
