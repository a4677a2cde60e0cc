import type { ErrorEntry } from '../registry.ts';

export const COMMON_CODES = {
  GW_VALIDATION: { status: 400, zh: '请求数据有误，请检查标出的字段', en: 'The request has an invalid field; check the field named' },
  GW_NOT_FOUND: { status: 404, zh: '找不到请求的记录', en: 'The requested record does not exist' },
  GW_UNAUTHORIZED: { status: 401, zh: '接口密钥缺失或无效，请联系信息科', en: 'Missing or invalid API key; ask the IT office' },
  GW_FORBIDDEN: { status: 403, zh: '当前操作员无权执行此操作', en: 'This operator is not allowed to do this' },
  GW_INTERNAL: { status: 500, zh: '网关内部错误，请联系技术支持，业务未提交', en: 'Internal gateway error; nothing was committed; call support' },
  GW_CONFIG: { status: 500, zh: '配置项有误，请按提示修改配置文件或环境变量', en: 'A configuration option is invalid; fix the option named' },
  GW_STORAGE: { status: 503, zh: '本地数据库不可写，业务未提交，请联系信息科', en: 'The local database cannot be written; nothing was committed; call the IT office' },
  GW_REQUEST_TOO_LARGE: { status: 413, zh: '请求数据过大，请分批上传费用明细', en: 'The request body is too large; send the fee lines in smaller batches' },
  GW_HEADERS_TOO_LARGE: { status: 431, zh: '请求头过大，请检查HIS的接口配置（请求头或Cookie过长）', en: 'The request headers are too large; check the HIS interface settings (headers or cookies too long)' },
  GW_REQUEST_TIMEOUT: { status: 408, zh: '请求在时限内未传完，连接已关闭，请检查网络后重试', en: 'The request did not arrive in time and the connection was closed; check the network and retry' },
  GW_MALFORMED_REQUEST: { status: 400, zh: '请求不是有效的HTTP/JSON报文，请检查HIS的接口程序', en: 'The request is not well-formed HTTP or JSON; check the HIS interface program' },
} as const satisfies Record<string, ErrorEntry>;
