// @ts-check
// Writes a synthetic catalogue in the vendor's own format (services.yaml, aliases.yaml and Markdown
// tables with front matter), so the benchmark measures the real pipeline, not a shortcut.
// Usage: node scripts/bench/generate.mjs --codes 10000 --out bench-results/catalog-10000
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/** A small deterministic PRNG, so a size always yields the same catalogue. @param {number} seed */
function random(seed) {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const COMMON = [
	['AuthFailure.InvalidSecretId', '密钥非法（不是云 API 密钥类型）。'],
	['AuthFailure.MFAFailure', 'MFA 错误。'],
	[
		'AuthFailure.SecretIdNotFound',
		'密钥不存在。请在控制台检查密钥是否已被删除或者禁用，如状态正常，请检查密钥是否填写正确，注意前后不得有空格。',
	],
	['AuthFailure.SignatureExpire', '签名过期。Timestamp 和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。'],
	['AuthFailure.SignatureFailure', '签名错误。签名计算错误，请对照调用方式中的签名方法文档检查签名计算过程。'],
	['AuthFailure.TokenFailure', 'token 错误。'],
	['AuthFailure.UnauthorizedOperation', '请求未授权。请参考 [CAM](https://cloud.tencent.com/document/product/598) 文档对鉴权的说明。'],
	['DryRunOperation', 'DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。'],
	['FailedOperation', '操作失败。'],
	['InternalError', '内部错误。'],
	['InvalidAction', '接口不存在。'],
	['InvalidParameter', '参数错误（包括参数格式、类型等错误）。'],
	['InvalidParameterValue', '参数取值错误。'],
	['LimitExceeded', '超过配额限制。'],
	['MissingParameter', '缺少参数。'],
	['NoSuchVersion', '接口版本不存在。'],
	['RequestLimitExceeded', '请求的次数超过了频率限制。'],
	['RequestSizeLimitExceeded', '请求包超过限制大小。'],
	['ResourceInUse', '资源被占用。'],
	['ResourceInsufficient', '资源不足。'],
	['ResourceNotFound', '资源不存在。'],
	['ResourceUnavailable', '资源不可用。'],
	['UnauthorizedOperation', '未授权操作。'],
	['UnknownParameter', '未知参数错误，用户多传未定义的参数会导致错误。'],
	['UnsupportedOperation', '操作不支持。'],
	['UnsupportedProtocol', 'http(s) 请求协议错误，只支持 GET 和 POST 请求。'],
	['UnsupportedRegion', '接口不支持所传地域。'],
];
const CATEGORIES = [
	'FailedOperation',
	'InvalidParameter',
	'InvalidParameterValue',
	'LimitExceeded',
	'MissingParameter',
	'ResourceInUse',
	'ResourceNotFound',
	'ResourceUnavailable',
	'UnauthorizedOperation',
	'UnsupportedOperation',
	'InternalError',
	'OperationDenied',
];
const WORDS = [
	'Instance',
	'Bucket',
	'Object',
	'Policy',
	'Role',
	'Queue',
	'Topic',
	'Cluster',
	'Node',
	'Disk',
	'Snapshot',
	'Image',
	'Vpc',
	'Subnet',
	'Domain',
	'Certificate',
	'Rule',
	'Task',
	'Job',
	'Template',
	'User',
	'Group',
	'Key',
	'Region',
	'Zone',
	'Quota',
	'Tag',
	'Log',
	'Alarm',
	'Metric',
	'Database',
	'Table',
	'Account',
	'Order',
	'Package',
	'Function',
	'Trigger',
	'Version',
	'Alias',
	'Namespace',
];
const STATES = [
	'NotExist',
	'NotFound',
	'Invalid',
	'Exceeded',
	'Conflict',
	'Locked',
	'Expired',
	'Unavailable',
	'Duplicated',
	'Mismatch',
	'TooLarge',
	'TooSmall',
	'Busy',
	'Denied',
	'Disabled',
	'Error',
	'Failed',
	'Occupied',
];
const NOUNS = [
	'实例',
	'存储桶',
	'对象',
	'策略',
	'角色',
	'队列',
	'主题',
	'集群',
	'节点',
	'云硬盘',
	'快照',
	'镜像',
	'私有网络',
	'子网',
	'域名',
	'证书',
	'规则',
	'任务',
	'作业',
	'模板',
	'用户',
	'用户组',
	'密钥',
	'地域',
	'可用区',
	'配额',
	'标签',
	'日志',
	'告警',
	'指标',
	'数据库',
	'数据表',
	'账号',
	'订单',
	'套餐',
	'函数',
	'触发器',
	'版本',
	'别名',
	'命名空间',
];
const PHRASES = [
	'不存在',
	'已存在',
	'状态异常',
	'数量超过上限',
	'名称不合法',
	'参数格式错误',
	'正在处理中，请稍后重试',
	'已被锁定，不允许修改',
	'已过期',
	'不属于当前账号',
	'与当前地域不匹配',
	'未开通相关服务',
	'签名校验失败',
	'请求频率过高',
	'余额不足，请先充值',
	'配置冲突，请删除冲突的配置',
	'不支持该操作',
	'长度超过限制',
	'取值超出范围',
];
const TAILS = [
	'',
	'',
	'',
	'。',
	'，请检查后重试。',
	'，请联系技术支持。',
	'。详情请参见 [产品文档](https://cloud.tencent.com/document/product/213)。',
	'，请检查请求中的 `Region` 参数。',
	'，可稍后重试或 [提交工单](https://console.cloud.tencent.com/workorder/category)。',
];
const STATUS = [
	'400 Bad Request',
	'403 Forbidden',
	'404 Not Found',
	'409 Conflict',
	'500 Internal Server Error',
	'503 Service Unavailable',
];

/** @param {() => number} r @template T @param {T[]} list @returns {T} */
const pick = (r, list) => /** @type {T} */ (list[Math.floor(r() * list.length)]);

/** @param {() => number} r */
function description(r) {
	let text = `${pick(r, NOUNS)}${pick(r, PHRASES)}`;
	const extra = Math.floor(r() * 3);
	for (let i = 0; i < extra; i++) text += `，${pick(r, NOUNS)}${pick(r, PHRASES)}`;
	return text + pick(r, TAILS);
}

/**
 * Writes about `codes` rows: services of API 3.0 codes (common and business), some with a legacy
 * numeric document, some with an XML-style document that has HTTP statuses.
 * @param {number} codes @param {string} out
 */
export function generate(codes, out) {
	const r = random(codes);
	rmSync(out, { recursive: true, force: true });
	mkdirSync(out, { recursive: true });
	const services = [];
	let written = 0;
	for (let s = 1; written < codes; s++) {
		const slug = `svc${String(s).padStart(4, '0')}`;
		/** @type {{ slug: string, name: string, response?: string }[]} */
		const families = [{ slug: 'api3', name: 'API 3.0', response: 'api3-json' }];
		const rowsWanted = Math.min(codes - written, 40 + Math.floor(r() * 240));
		const used = new Set();
		const api3 = [];
		for (const [code, text] of COMMON.slice(0, Math.min(COMMON.length, rowsWanted))) {
			api3.push(`| ${code} | ${text} |`);
			used.add(code);
		}
		const business = [];
		const legacy = [];
		const xml = [];
		const hasLegacy = r() < 0.2;
		const hasXml = r() < 0.1;
		while (api3.length + business.length + legacy.length + xml.length < rowsWanted) {
			const roll = r();
			if (hasLegacy && roll < 0.25) {
				const code = String(-(1000 + Math.floor(r() * 90000)));
				if (used.has(code)) continue;
				used.add(code);
				legacy.push(`|${code}|${description(r)}|`);
			} else if (hasXml && roll < 0.45) {
				const code = `${pick(r, WORDS)}${pick(r, STATES)}${pick(r, WORDS)}`;
				if (used.has(code)) continue;
				used.add(code);
				xml.push(`| ${pick(r, STATUS)} | ${code} | ${description(r)} |`);
			} else {
				const code = `${pick(r, CATEGORIES)}.${pick(r, WORDS)}${pick(r, STATES)}${r() < 0.3 ? pick(r, WORDS) : ''}`;
				if (used.has(code)) continue;
				used.add(code);
				business.push(`| ${code} | ${description(r)} |`);
			}
		}
		const front = (/** @type {string} */ family, /** @type {string} */ title) =>
			`---\nservice: ${slug}\nfamily: ${family}\ntitle: ${title}\n---\n`;
		writeFileSync(
			join(out, `${slug}-api3.md`),
			`${front('api3', `测试服务${s} API 3.0 错误码`)}## 错误码列表\n\n### 公共错误码\n\n| 错误码 | 说明 |\n|--------|------|\n${api3.join('\n')}\n` +
				(business.length ? `\n### 业务错误码\n\n| 错误码 | 说明 |\n|:-------|:-----|\n${business.join('\n')}\n` : ''),
		);
		if (legacy.length) {
			families.push({ slug: 'legacy', name: '旧版 API' });
			writeFileSync(
				join(out, `${slug}-legacy.md`),
				`${front('legacy', `测试服务${s} 旧版错误码`)}| 错误码 | 描述 |\n| --- | --- |\n${legacy.join('\n')}\n`,
			);
		}
		if (xml.length) {
			families.push({ slug: 'xml-api', name: 'XML API', response: 'cos-xml' });
			writeFileSync(
				join(out, `${slug}-xml.md`),
				`${front('xml-api', `测试服务${s} XML API 错误码`)}**4XX 与 5XX 类型错误**\n\n| HTTP 状态码 | 错误码 | 描述 |\n| --- | --- | --- |\n${xml.join('\n')}\n`,
			);
		}
		written += api3.length + business.length + legacy.length + xml.length;
		services.push({ slug, name: `测试服务${s}`, nameEn: `Synthetic Service ${s}`, description: `第 ${s} 个合成服务的错误码。`, families });
	}
	const yaml = services
		.map(
			(s) =>
				`- slug: ${s.slug}\n  name: ${s.name}\n  nameEn: ${s.nameEn}\n  description: ${s.description}\n  families:\n` +
				s.families
					.map((f) => `    - slug: ${f.slug}\n      name: ${f.name}\n${f.response ? `      response: ${f.response}\n` : ''}`)
					.join(''),
		)
		.join('');
	writeFileSync(join(out, 'services.yaml'), yaml);
	writeFileSync(join(out, 'aliases.yaml'), '[]\n');
	return { services: services.length, rows: written };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { values } = parseArgs({ options: { codes: { type: 'string', default: '10000' }, out: { type: 'string' } } });
	const codes = Number(values.codes);
	const out = values.out ?? `bench-results/catalog-${codes}`;
	const { services, rows } = generate(codes, out);
	console.log(`Wrote ${rows} rows in ${services} services to ${out}/`);
}
