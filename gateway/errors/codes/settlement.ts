import type { ErrorEntry } from '../registry.ts';

export const SETTLEMENT_CODES = {
  GW_IDEMPOTENCY_KEY_REQUIRED: { status: 400, zh: '结算请求缺少幂等键（Idempotency-Key），请由HIS生成后重试', en: 'The settle request needs an Idempotency-Key header; the HIS must generate one and retry' },
  GW_IDEMPOTENCY_CONFLICT: { status: 409, zh: '该幂等键已用于另一笔不同内容的结算，请勿重复使用', en: 'This Idempotency-Key was already used for a different request; do not reuse keys' },
  GW_PERSON_UNKNOWN: { status: 404, zh: '未找到该参保人，请先读卡或扫码识别', en: 'Unknown insured person; read the card or scan the voucher first' },
  GW_ALREADY_SETTLED: { status: 409, zh: '该就诊已结算，不能重复结算；如需重结请先撤销', en: 'This visit is already settled; cancel the settlement first to settle again' },
  GW_ALREADY_CANCELLED: { status: 409, zh: '该结算已撤销', en: 'This settlement is already cancelled' },
  GW_SETTLEMENT_NOT_FOUND: { status: 404, zh: '找不到该结算记录', en: 'No such settlement' },
} as const satisfies Record<string, ErrorEntry>;
