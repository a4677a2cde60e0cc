import type { ErrorEntry } from '../registry.ts';

/**
 * The national-interface compatible endpoint `POST /fsi/api/tx`. These codes say
 * what is wrong with the envelope a HIS sent; business refusals keep the code of the service
 * that refused (GW_PERSON_UNKNOWN, GW_ALREADY_SETTLED …). The endpoint answers every one of
 * them as `infcode: -1` with the Chinese message in `err_msg` and the code in `gw_code`.
 */
export const FSI_CODES = {
  GW_FSI_ENVELOPE: { status: 400, zh: '报文格式有误，请检查标出的字段（交易编号、报文ID、输入参数等）', en: 'The message envelope is malformed; check the field named (infno, msgid, input …)' },
  GW_FSI_UNKNOWN_INFNO: { status: 400, zh: '网关不认识该交易编号，请核对接口规范中的交易编号', en: 'The gateway does not know this transaction code (infno); check it against the interface specification' },
  GW_FSI_NOT_SUPPORTED: { status: 501, zh: '网关暂不支持该交易，请在医保系统中办理或联系技术支持', en: 'The gateway does not support this transaction yet; do it in the insurance system or call support' },
  GW_FSI_MSGID_REUSED: { status: 409, zh: '该报文ID已用于另一笔不同的交易，请为新交易生成新的报文ID', en: 'This msgid was already used for a different transaction; generate a new msgid for a new transaction' },
  GW_FSI_WRONG_INSTITUTION: { status: 403, zh: '报文中的定点医药机构编号与本网关不符，请核对HIS的机构编号配置', en: 'The fixmedins_code in the message is not this gateway\'s institution; check the HIS configuration' },
  GW_FSI_TOTAL_MISMATCH: { status: 422, zh: '医疗费总额与费用明细合计不符，请核对明细后重新提交', en: 'medfee_sumamt does not equal the sum of the fee lines; check the lines and resubmit' },
  GW_FSI_NOT_REVERSIBLE: { status: 422, zh: '该交易类型不能冲正，请核对原交易编号', en: 'This kind of transaction cannot be reversed; check the original transaction code (oinfno)' },
  GW_FSI_SIGN_IN_REQUIRED: { status: 401, zh: '请先签到（9001），并在报文的 sign_no 中填写签到编号', en: 'Sign in with 9001 first and send its sign_no in every message' },
  GW_FSI_OPERATOR_MISMATCH: { status: 403, zh: '报文中的操作员（opter）与签到编号（sign_no）的签到人不符，请使用本人的签到编号', en: 'The opter of the message is not the operator who signed in with this sign_no' },
  GW_FSI_FILE_UNKNOWN: { status: 404, zh: '找不到该文件查询号对应的文件（已过下载截止时间或不是本HIS上传的），请重新上传（9101）', en: 'No file under this file_qury_no (past its download deadline, or not this HIS\'s); upload it again (9101)' },
  GW_FSI_FILE_TOTALS: { status: 422, zh: '明细文件的合计与报文中的总额或笔数不符，请核对明细文件后重新上传', en: 'The detail file\'s totals do not match the amounts or count stated in the message; check the file and upload it again' },
} as const satisfies Record<string, ErrorEntry>;
