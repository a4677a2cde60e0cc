/**
 * JSON schemas shared by the routes (and so by the OpenAPI document). Money is a decimal
 * string with two places; quantities and prices follow the national interface
 * (cnt 16,4; pric 16,6).
 */
export const MONEY = { type: 'string', pattern: '^-?\\d{1,13}\\.\\d{2}$', examples: ['12.34'] } as const;
export const QUANTITY = { type: 'string', pattern: '^-?\\d{1,12}(\\.\\d{1,4})?$', examples: ['2'] } as const;
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
