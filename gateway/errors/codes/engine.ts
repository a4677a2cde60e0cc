import type { ErrorEntry } from '../registry.ts';

/** Settlement engine, region policies and the catalogue. */
export const ENGINE_CODES = {
  GW_LINE_AMOUNT_MISMATCH: { status: 422, zh: '费用明细金额不等于数量×单价（四舍五入到分），请核对标出的明细', en: 'A fee line amount is not quantity × unit price rounded to the fen; check the line named' },
  GW_LINE_DUPLICATE_SN: { status: 422, zh: '费用明细流水号重复，请核对标出的明细', en: 'Two fee lines have the same serial number (feedetl_sn); check the line named' },
  GW_POLICY_UNKNOWN: { status: 422, zh: '没有这个待遇政策编号，请检查 policy 字段', en: 'There is no benefit policy with this id; check the policy field' },
  GW_POLICY_NOT_APPLICABLE: { status: 422, zh: '该待遇政策不适用于此参保类型或结算日期，请核对', en: 'This benefit policy does not apply to this insurance type or settlement date' },
  GW_POLICY_NOT_FOUND: { status: 422, zh: '找不到适用于该参保地、参保类型和日期的待遇政策，请联系医保科', en: 'No benefit policy covers this insured region, insurance type and date; call the insurance office' },
  GW_POLICY_FILE_INVALID: { status: 500, zh: '待遇政策文件有误，网关不能结算，请联系技术支持', en: 'A benefit policy file is invalid; the gateway cannot settle; call support' },
  GW_CATALOGUE_FILE_INVALID: { status: 500, zh: '医保目录文件有误，网关不能结算，请联系技术支持', en: 'The catalogue file is invalid; the gateway cannot settle; call support' },
} as const satisfies Record<string, ErrorEntry>;
