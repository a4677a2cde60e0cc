import type { ErrorEntry } from '../registry.ts';

/**
 * Central link (gateway/center). None of these means a settlement was lost: committed
 * records wait in the outbox and are sent again; only a person query or a sync can fail
 * in front of the cashier.
 */
export const CENTER_CODES = {
  GW_CENTER_UNREACHABLE: { status: 503, zh: '医保中心网络不通，已转入离线处理；请检查网络', en: 'The insurance centre cannot be reached; working offline; check the network' },
  GW_CENTER_TIMEOUT: { status: 504, zh: '医保中心应答超时，已转入离线处理', en: 'The insurance centre did not answer in time; working offline' },
  GW_CENTER_BUSY: { status: 503, zh: '医保中心繁忙，稍后自动重试', en: 'The insurance centre is busy; the gateway retries by itself' },
  GW_CENTER_HTTP: { status: 502, zh: '医保中心返回错误，请联系信息科', en: 'The insurance centre answered with an error; ask the IT office' },
  GW_CENTER_AUTH: { status: 502, zh: '医保中心拒绝网关密钥或签名，请联系信息科核对密钥', en: 'The insurance centre refused the gateway key or signature; ask the IT office to check the key' },
  GW_CENTER_BAD_REPLY: { status: 502, zh: '医保中心应答无法验证或解析，请联系技术支持', en: 'The insurance centre reply could not be verified or decoded; call support' },
  GW_CENTER_BACKLOG_OLD: { status: 503, zh: '有超过时限未上传的结算记录，请检查与医保中心的连接', en: 'Settlement records are waiting longer than allowed for upload; check the link to the centre' },
  GW_CENTER_RECORD_REJECTED: { status: 502, zh: '医保中心拒收该笔上传记录（数据无法解析），已隔离待处理，请联系信息科；其他记录照常上传', en: 'The insurance centre rejected this upload record as undecodable; it is quarantined for the IT office; other records upload as usual' },
} as const satisfies Record<string, ErrorEntry>;
