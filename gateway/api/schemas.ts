/**
 * JSON schemas shared by the routes (and so by the OpenAPI document). Money is a decimal
 * string with two places; quantities and prices follow the national interface
 * (cnt 16,4; pric 16,6).
 */
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

export const ERROR = {
  type: 'object',
  required: ['code', 'message', 'message_zh'],
  properties: {
    code: { type: 'string' },
    message: { type: 'string' },
    message_zh: { type: 'string' },
    details: { type: 'object', additionalProperties: true },
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
    result: ANY_OBJECT,
  },
} as const;

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
    approvals: { type: 'array', items: ANY_OBJECT },
    operator: { type: 'string' },
    session_id: { type: 'string' },
    cancel_time: { type: 'string' },
    setlinfo: { type: 'object', additionalProperties: { type: 'string' } },
  },
} as const;

export const APPROVAL_BODY = {
  reason: { type: 'string', minLength: 1, maxLength: 200 },
  approvals: { type: 'array', maxItems: 8, items: { type: 'string', minLength: 1, maxLength: 64 }, description: 'session ids of the approving operators' },
} as const;
