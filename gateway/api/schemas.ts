/**
 * JSON schemas shared by the routes (and so by the OpenAPI document). Money is a decimal
 * string with two places; quantities and prices follow the national interface
 * (cnt 16,4; pric 16,6).
 */
import { ERROR_CODES } from '../errors/registry.ts';

export const MONEY = { type: 'string', pattern: '^-?\\d{1,13}\\.\\d{2}$', examples: ['12.34'] } as const;
/** A count, never zero (the lookahead wants one non-zero digit): "2", "0.5", "-1" for a refund. */
export const QUANTITY = { type: 'string', pattern: '^-?(?=[0-9.]*[1-9])\\d{1,12}(\\.\\d{1,4})?$', examples: ['2'] } as const;
export const PRICE = { type: 'string', pattern: '^\\d{1,10}(\\.\\d{1,6})?$', examples: ['0.80'] } as const;

export const FEE_LINE = {
  type: 'object',
  additionalProperties: false,
  required: ['feedetl_sn', 'med_list_codg', 'cnt', 'pric', 'det_item_fee_sumamt'],
  properties: {
    feedetl_sn: { type: 'string', minLength: 1, maxLength: 30 },
    med_list_codg: { type: 'string', minLength: 1, maxLength: 50 },
    cnt: QUANTITY,
    pric: PRICE,
    det_item_fee_sumamt: MONEY,
    hosp_appr_flag: { type: 'string', enum: ['0', '1'] },
  },
} as const;

/** Every answer that is not a success: a stable registry code and what to do, in both languages. */
export const ERROR = {
  type: 'object',
  required: ['code', 'message', 'message_zh'],
  properties: {
    code: { type: 'string', enum: Object.keys(ERROR_CODES), description: 'Stable: HIS software switches on it (gateway/errors/registry.ts)' },
    message: { type: 'string', description: 'What to do, in English' },
    message_zh: { type: 'string', description: 'What the cashier reads, in Chinese' },
    details: { type: 'object', additionalProperties: true, description: 'Facts to act on, e.g. { "path": "body.lines[3].cnt" }' },
  },
  examples: [{ code: 'GW_VALIDATION', message: 'The request has an invalid field; check the field named: body.lines.0.cnt must match pattern', message_zh: '请求数据有误，请检查标出的字段：body.lines.0.cnt must match pattern', details: { path: 'body.lines.0.cnt' } }],
} as const;

const MONEY_OUT = { type: 'string', examples: ['12.34'], description: 'yuan, two places' } as const;
const RATIO_OUT = { type: 'string', examples: ['0.5500'], description: 'ratio, four places' } as const;
const text = { type: 'string' } as const;

/** The national setlinfo of a settlement: what each fund pays and what the patient pays. */
export const SETLINFO = {
  type: 'object',
  additionalProperties: false,
  required: ['medfee_sumamt', 'fulamt_ownpay_amt', 'overlmt_selfpay', 'preselfpay_amt', 'inscp_scp_amt', 'act_pay_dedc', 'hifp_pay', 'pool_prop_selfpay', 'hifmi_pay', 'maf_pay', 'fund_pay_sumamt', 'psn_part_amt', 'acct_pay', 'psn_cash_pay'],
  properties: {
    medfee_sumamt: { ...MONEY_OUT, description: '医疗费总额: the whole bill' },
    fulamt_ownpay_amt: { ...MONEY_OUT, description: '全自费金额' },
    overlmt_selfpay: { ...MONEY_OUT, description: '超限价自费' },
    preselfpay_amt: { ...MONEY_OUT, description: '先行自付金额 (class B)' },
    inscp_scp_amt: { ...MONEY_OUT, description: '符合政策范围金额' },
    act_pay_dedc: { ...MONEY_OUT, description: '实际支付起付线' },
    hifp_pay: { ...MONEY_OUT, description: '统筹基金支出' },
    pool_prop_selfpay: { ...RATIO_OUT, description: '基本医疗保险统筹基金支付比例' },
    hifmi_pay: { ...MONEY_OUT, description: '大病保险支出' },
    maf_pay: { ...MONEY_OUT, description: '医疗救助基金支出' },
    fund_pay_sumamt: { ...MONEY_OUT, description: '基金支付总额' },
    psn_part_amt: { ...MONEY_OUT, description: '个人负担总金额' },
    acct_pay: { ...MONEY_OUT, description: '个人账户支出' },
    psn_cash_pay: { ...MONEY_OUT, description: '个人现金支出: what the cashier collects' },
    balc: { ...MONEY_OUT, description: '余额: the personal account after this settlement' },
  },
} as const;

/** A settlement's computation: setlinfo, per-fund details, per-line splits and the trace in words. */
export const SETTLEMENT_RESULT = {
  type: 'object',
  additionalProperties: false,
  required: ['policy', 'catalogue_version', 'insutype', 'med_type', 'benefit_year', 'setlinfo', 'setldetail', 'lines', 'trace', 'warnings', 'accumulators_delta'],
  properties: {
    policy: { type: 'string', description: 'the policy file that priced it' },
    catalogue_version: text,
    insutype: { type: 'string', enum: ['resident', 'employee'] },
    med_type: text,
    benefit_year: { type: 'integer' },
    setlinfo: SETLINFO,
    setldetail: {
      type: 'array',
      items: {
        type: 'object', additionalProperties: false,
        required: ['fund_pay_type', 'fund_pay_type_name', 'inscp_scp_amt', 'crt_payb_lmt_amt', 'fund_payamt', 'setl_proc_info'],
        properties: { fund_pay_type: text, fund_pay_type_name: text, inscp_scp_amt: MONEY_OUT, crt_payb_lmt_amt: MONEY_OUT, fund_payamt: MONEY_OUT, setl_proc_info: text },
      },
    },
    lines: {
      type: 'array',
      items: {
        type: 'object', additionalProperties: false,
        required: ['feedetl_sn', 'med_list_codg', 'med_list_name', 'chrgitm_lv', 'det_item_fee_sumamt', 'fulamt_ownpay_amt', 'overlmt_amt', 'preselfpay_amt', 'inscp_scp_amt', 'pric_uplmt_amt', 'selfpay_prop', 'memo'],
        properties: {
          feedetl_sn: text, med_list_codg: text, med_list_name: { type: ['string', 'null'] }, chrgitm_lv: { type: 'string', enum: ['01', '02', '03'] },
          det_item_fee_sumamt: MONEY_OUT, fulamt_ownpay_amt: MONEY_OUT, overlmt_amt: MONEY_OUT, preselfpay_amt: MONEY_OUT, inscp_scp_amt: MONEY_OUT,
          pric_uplmt_amt: { type: ['string', 'null'] }, selfpay_prop: RATIO_OUT, memo: text,
          ...Object.fromEntries(['bas_medn_flag', 'hi_nego_drug_flag', 'drt_reim_flag', 'chld_medc_flag', 'list_sp_item_flag'].map((k) => [k, { type: 'string', enum: ['0', '1'], description: 'the catalogue\'s mark (absent in results stored before marks were kept)' }])),
        },
      },
    },
    trace: {
      type: 'array',
      items: { type: 'object', additionalProperties: false, required: ['rule', 'article', 'amounts', 'text_zh', 'text_en'], properties: { rule: text, article: text, amounts: { type: 'object', additionalProperties: { type: 'string' } }, text_zh: text, text_en: text } },
    },
    warnings: { type: 'array', items: { type: 'object', additionalProperties: false, required: ['code', 'text_zh', 'text_en'], properties: { code: text, text_zh: text, text_en: text } } },
    accumulators_delta: { type: 'object', additionalProperties: true },
  },
} as const;

/** Any JSON value; for engine results whose shape the engine documents. */
export const ANY_OBJECT = { type: 'object', additionalProperties: true } as const;

/** A refundable fee line of a visit (2204 / 2301): a refund names its original and has a negative count. */
export const VISIT_FEE_LINE = {
  type: 'object',
  additionalProperties: false,
  required: ['feedetl_sn', 'med_list_codg', 'cnt', 'pric', 'det_item_fee_sumamt'],
  properties: {
    ...FEE_LINE.properties,
    init_feedetl_sn: { type: 'string', minLength: 1, maxLength: 30 },
    fee_ocur_time: { type: 'string', maxLength: 19 },
  },
} as const;

export const DIAGNOSIS = {
  type: 'object',
  additionalProperties: false,
  required: ['diag_type', 'diag_code', 'diag_name'],
  properties: {
    diag_type: { type: 'string', minLength: 1, maxLength: 3, description: '1 western, 2 TCM main, 3 TCM syndrome' },
    diag_code: { type: 'string', minLength: 1, maxLength: 20 },
    diag_name: { type: 'string', minLength: 1, maxLength: 100 },
    maindiag_flag: { type: 'string', enum: ['0', '1'] },
  },
} as const;

/** Headers of a write: the operator session, and the key when the write must be idempotent. */
export const WRITE_HEADERS = {
  type: 'object',
  required: ['x-session-id'],
  properties: { 'x-session-id': { type: 'string', minLength: 1, maxLength: 64 } },
} as const;

export const IDEMPOTENT_WRITE_HEADERS = {
  type: 'object',
  required: ['x-session-id', 'idempotency-key'],
  properties: {
    'x-session-id': { type: 'string', minLength: 1, maxLength: 64 },
    'idempotency-key': { type: 'string', minLength: 1, maxLength: 64 },
  },
} as const;

export const SETTLEMENT_VIEW = {
  type: 'object',
  required: ['setl_id', 'mdtrt_id', 'psn_no', 'med_type', 'offline', 'setl_time', 'medins_setl_id', 'operator', 'session_id', 'cancelled_by', 'interim', 'result'],
  properties: {
    setl_id: { type: 'string' },
    mdtrt_id: { type: 'string' },
    psn_no: { type: 'string' },
    med_type: { type: 'string' },
    offline: { type: 'boolean' },
    setl_time: { type: 'string' },
    medins_setl_id: { type: ['string', 'null'] },
    operator: { type: 'string' },
    session_id: { type: 'string' },
    cancelled_by: { type: ['string', 'null'] },
    interim: { type: 'boolean', description: 'an interim settlement (中途结算) of a stay still in hospital' },
    mdtrt_cert_type: { type: ['string', 'null'], enum: ['01', '02', '03', null], description: 'the credential the HIS settled with, when its request said (01 e-voucher, 02 ID card, 03 social security card)' },
    card_unverified: { type: 'boolean', enum: [true], description: 'present only when the person\'s card was read at this gateway without its authentication (cardAllowUnverified)' },
    result: SETTLEMENT_RESULT,
  },
} as const;

/** The credential a settlement was made with, as the HIS says it (national mdtrt_cert_type). */
export const CERT_TYPE = { type: 'string', enum: ['01', '02', '03'], description: 'the credential the person was identified with: 01 e-voucher, 02 ID card, 03 social security card' } as const;

export const CANCELLATION_VIEW = {
  type: 'object',
  properties: {
    setl_id: { type: 'string' },
    original_setl_id: { type: 'string' },
    mdtrt_id: { type: 'string' },
    psn_no: { type: 'string' },
    reason: { type: 'string' },
    reversal: { type: 'boolean' },
    tier: { type: 'integer' },
    approved_by: { type: 'string', enum: ['gateway', 'his', 'reversal-grace'], description: 'approvals given at the gateway; the HIS\'s own where the site trusts it (approvalTrustHis); or a reversal by the sending HIS client within reversalGraceMs' },
    approvals: {
      type: 'array',
      items: {
        type: 'object', required: ['operator', 'role'],
        properties: { operator: { type: 'string' }, role: { type: 'string' }, approval_id: { type: 'string' }, approved_at: { type: 'string' }, via: { type: 'string', enum: ['page', 'api', 'cli'] } },
      },
    },
    operator: { type: 'string' },
    session_id: { type: 'string' },
    cancel_time: { type: 'string' },
    setlinfo: { type: 'object', additionalProperties: { type: 'string' } },
  },
} as const;

/** A cancellation's body: the reason. Its approvals are given beforehand at the gateway (POST /approve). */
export const APPROVAL_BODY = {
  reason: { type: 'string', minLength: 1, maxLength: 200 },
} as const;

/** A server-sent events stream (documentation only: the route writes the stream itself). */
export const EVENT_STREAM = {
  200: { description: 'text/event-stream: one `event:` / `data:` (JSON) pair per event, with `id:` to resume by Last-Event-ID', content: { 'text/event-stream': { schema: { type: 'string' } } } },
  '4xx': ERROR,
} as const;
