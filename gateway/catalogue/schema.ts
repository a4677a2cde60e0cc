/**
 * The catalogue file's JSON Schema ("三目录": drugs, treatment items, service facilities,
 * plus materials and blood/protein products). One file is one published version; an entry
 * may appear more than once with non-overlapping validity (a price ceiling that changed).
 */
const money = { type: 'string', pattern: '^(0|[1-9][0-9]{0,12})(\\.[0-9]{1,6})?$' } as const;
const date = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' } as const;

export const CATALOGUE_CATEGORIES = ['drug', 'treatment', 'facility', 'material', 'blood_protein'] as const;
export type CatalogueCategory = (typeof CATALOGUE_CATEGORIES)[number];

export const CATALOGUE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['schema', 'version', 'published', 'source', 'entries'],
  properties: {
    $comment: { type: 'string' },
    schema: { const: 'yibao-catalogue/1' },
    version: { type: 'string', minLength: 1, maxLength: 40 },
    published: date,
    source: { type: 'string' },
    entries: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'name', 'category', 'class', 'imported', 'special_exam', 'price_ceiling', 'valid_from', 'valid_to'],
        properties: {
          code: { type: 'string', minLength: 1, maxLength: 50 },
          name: { type: 'string', minLength: 1 },
          category: { enum: [...CATALOGUE_CATEGORIES] },
          class: { enum: ['A', 'B', 'C'] },
          imported: { type: 'boolean' },
          special_exam: { type: 'boolean', description: 'special examination or treatment item' },
          marks: {
            type: 'object',
            additionalProperties: false,
            description: 'the catalogue\'s marks of an entry, as the national fee-line answer carries them; absent marks are false',
            properties: {
              essential: { type: 'boolean', description: '基本药物 (bas_medn_flag)' },
              negotiated: { type: 'boolean', description: '医保谈判药品 (hi_nego_drug_flag)' },
              children: { type: 'boolean', description: '儿童用药 (chld_medc_flag)' },
              direct_reimbursement: { type: 'boolean', description: '直报 (drt_reim_flag)' },
            },
          },
          price_ceiling: { anyOf: [money, { type: 'null' }] },
          valid_from: date,
          valid_to: { anyOf: [date, { type: 'null' }] },
        },
      },
    },
  },
} as const;
