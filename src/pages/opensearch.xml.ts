import type { APIRoute } from 'astro';
import { SITE_NAME } from '../lib/site.ts';
import { faviconUrl, searchUrl } from '../lib/urls.ts';

/** Lets a browser add the site as a search engine: its searches open `/search/?q=…`. */
export const GET: APIRoute = ({ site }) => {
	const origin = site ?? new URL('http://localhost/');
	const template = new URL(searchUrl(), origin).href.replace(/\/$/, '/') + '?q={searchTerms}';
	const icon = new URL(faviconUrl(), origin).href;
	const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${SITE_NAME}</ShortName>
  <Description>按错误码或关键词搜索腾讯云 API 错误码</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image type="image/svg+xml">${icon}</Image>
  <Url type="text/html" method="get" template="${template}"/>
</OpenSearchDescription>
`;
	return new Response(body, { headers: { 'content-type': 'application/opensearchdescription+xml' } });
};
