/** The site's name: in Starlight's title, every page's `<title>` and the OpenSearch description. */
export const SITE_NAME = '腾讯云错误码';
