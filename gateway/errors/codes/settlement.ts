import type { ErrorEntry } from '../registry.ts';

export const SETTLEMENT_CODES = {
  GW_IDEMPOTENCY_KEY_REQUIRED: { status: 400, zh: '结算请求缺少幂等键（Idempotency-Key），请由HIS生成后重试', en: 'The settle request needs an Idempotency-Key header; the HIS must generate one and retry' },
  GW_IDEMPOTENCY_CONFLICT: { status: 409, zh: '该幂等键已用于另一笔不同内容的结算，请勿重复使用', en: 'This Idempotency-Key was already used for a different request; do not reuse keys' },
  GW_PERSON_UNKNOWN: { status: 404, zh: '未找到该参保人，请先读卡或扫码识别', en: 'Unknown insured person; read the card or scan the voucher first' },
  GW_PERSON_NOT_INSURED: { status: 404, zh: '医保中心查无此参保人，请核对证件或按自费处理', en: 'The centre has no insured person with this credential; check the credential or treat as self-pay' },
  GW_PERSON_INELIGIBLE: { status: 403, zh: '参保人当前不能享受待遇（如断缴、暂停），请按自费处理或到医保经办机构核实', en: 'The person may not claim benefits now (e.g. contributions lapsed); treat as self-pay or refer to the insurance office' },
  GW_PERSON_OFFLINE_UNKNOWN: { status: 503, zh: '医保中心不可达，且本机无该参保人的缓存信息，无法离线结算', en: 'The centre is unreachable and this gateway has no cached record of the person; cannot settle offline' },
  GW_ALREADY_SETTLED: { status: 409, zh: '该就诊已结算，不能重复结算；如需重结请先撤销', en: 'This visit is already settled; cancel the settlement first to settle again' },
  GW_ALREADY_CANCELLED: { status: 409, zh: '该结算已撤销', en: 'This settlement is already cancelled' },
  GW_SETTLEMENT_NOT_FOUND: { status: 404, zh: '找不到该结算记录', en: 'No such settlement' },
} as const satisfies Record<string, ErrorEntry>;
