/**
 * The class of a code and what to do about it: the API 3.0 common code (`### 公共错误码`) that its
 * first dotted segment is, or that it is itself, and the site's own note for that class
 * (`guidance/classes.yaml`). Pure: derived from the catalogue's rows, with no list of codes here.
 */
import type { ErrorCode } from '../schemas/error-code.ts';
import type { ClassGuidance } from '../schemas/guidance.ts';
import type { ServiceMeta } from '../schemas/service.ts';
import { codePrefix, COMMON_SECTION } from './codes.ts';
import { sourcesOf } from './meanings.ts';

/** What a code's class says of it: the common code that names the class, and whether the code is itself a common code. */
export interface CodeClass {
	errorClass?: string;
	common?: true;
}

const familyKey = (service: string, family: string) => `${service}/${family}`;

/**
 * The common codes of each family (by `service/family`): the codes of its rows under
 * `公共错误码`. A family without such rows takes those of its service's families with the same
 * response format: the vendor lists the common codes once a service, in its newest version.
 */
export function commonCodesByFamily(services: ServiceMeta[], codes: ErrorCode[]): Map<string, Set<string>> {
	// Only an API 3.0 family's 公共错误码 are API 3.0's common codes: other vendor pages (the legacy API's
	// numeric 4000, a console's) use the same heading for codes of their own.
	const api3 = new Set(services.flatMap((s) => s.families.filter((f) => f.response === 'api3-json').map((f) => familyKey(s.slug, f.slug))));
	const own = new Map<string, Set<string>>();
	for (const code of codes) {
		for (const source of code.meanings.flatMap(sourcesOf)) {
			const key = familyKey(code.service, source.family);
			if (source.section !== COMMON_SECTION || !api3.has(key)) continue;
			own.set(key, (own.get(key) ?? new Set()).add(code.code));
		}
	}
	const commons = new Map<string, Set<string>>();
	for (const service of services) {
		for (const family of service.families) {
			const key = familyKey(service.slug, family.slug);
			const found = own.get(key);
			if (found !== undefined) {
				commons.set(key, found);
				continue;
			}
			if (family.response === undefined) continue;
			const alike = service.families
				.filter((f) => f.response === family.response)
				.flatMap((f) => [...(own.get(familyKey(service.slug, f.slug)) ?? [])]);
			if (alike.length > 0) commons.set(key, new Set(alike));
		}
	}
	return commons;
}

/**
 * A code's class among the common codes of its families: its first dotted segment where that is
 * one (`ResourceNotFound` of `ResourceNotFound.InstanceNotFound`), else the code itself where it is
 * one (`AuthFailure.SignatureFailure`); none otherwise. Compared exactly, as the vendor spells them.
 */
export function codeClass(code: ErrorCode, commons: Map<string, Set<string>>): CodeClass {
	const families = new Set(code.meanings.flatMap(sourcesOf).map((s) => s.family));
	const common = [...families].map((f) => commons.get(familyKey(code.service, f))).filter((s) => s !== undefined);
	const isCommon = (text: string) => common.some((set) => set.has(text));
	const prefix = codePrefix(code.code);
	const own = isCommon(code.code);
	const errorClass = prefix !== code.code && isCommon(prefix) ? prefix : own ? code.code : undefined;
	const out: CodeClass = {};
	if (errorClass !== undefined) out.errorClass = errorClass;
	if (own) out.common = true;
	return out;
}

/** The note for a code: its own where it is a common code the file covers, else its class's; none for a class the file leaves out. */
export function guidanceOf(
	code: Pick<ErrorCode, 'code' | 'errorClass' | 'common'>,
	guidance: ReadonlyMap<string, ClassGuidance>,
): ClassGuidance | undefined {
	return (code.common ? guidance.get(code.code) : undefined) ?? (code.errorClass === undefined ? undefined : guidance.get(code.errorClass));
}

/** Who acts, as a page says it. */
export const ACTOR_LABELS: Record<ClassGuidance['actor'], string> = {
	caller: '调用方：请求或所操作的资源',
	account: '账号、密钥或权限',
	limit: '配额或频率限制',
	vendor: '腾讯云侧',
};

/** The note of a class as its page and its ticket say it: who acts, whether a retry helps, the next step. */
export function classNote(guidance: ClassGuidance) {
	return { actor: ACTOR_LABELS[guidance.actor], retry: retryLabel(guidance), next: guidance.next };
}

/** Whether a retry helps, as a page says it (`after` is completed by the note's `when`). */
export function retryLabel(guidance: Pick<ClassGuidance, 'retry' | 'when'>): string {
	if (guidance.retry === 'no') return '原样重试无用';
	if (guidance.retry === 'backoff') return '可以重试，间隔逐次加长';
	return `${guidance.when ?? '条件改变'}再试`;
}
