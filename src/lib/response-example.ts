import type { ResponseFormat } from '../schemas/service.ts';

/** What a response with this code looks like, in the family's documented format. */
export function responseExample(format: ResponseFormat, code: string, message: string): string {
	if (format === 'api3-json') {
		return JSON.stringify(
			{ Response: { Error: { Code: code, Message: message }, RequestId: 'ed93f3cb-f35e-473f-b9f3-0d451b8b79c6' } },
			null,
			4,
		);
	}
	const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	return [
		"<?xml version='1.0' encoding='utf-8' ?>",
		'<Error>',
		`    <Code>${xml(code)}</Code>`,
		`    <Message>${xml(message)}</Message>`,
		'    <Resource>examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/exampleobject</Resource>',
		'    <RequestId>NTk0MjdmODlfMjQ4OGY3MGFfNTY2OF8x****</RequestId>',
		'    <TraceId>OGVmYzZiMmQzYjA2OWNhODk0NTRkMTBiOWVmMDAxODc0OWRkZjk0ZDM1NmI1M2E2MTRlY2MzZDhmNmI5MWI1OTBj****</TraceId>',
		'</Error>',
	].join('\n');
}
