import type { ErrorEntry } from '../registry.ts';

/**
 * Card area: readers, the social security card, the PSAM and the other credentials (QR
 * voucher, ID number). Each message tells the cashier what to do next.
 * Mapped from driver errors in one place: `gateway/credentials/card-errors.ts`.
 */
export const CARD_CODES = {
  GW_CARD_DRIVER_MISSING: { status: 503, zh: '读卡组件（pcsclite）未安装，请联系信息科安装后重启网关', en: 'The card-reader component (pcsclite) is not installed; ask the IT office to install it and restart the gateway' },
  GW_CARD_PCSCD_DOWN: { status: 503, zh: '读卡服务（pcscd）未运行，请联系信息科启动读卡服务', en: 'The smart-card service (pcscd) is not running; ask the IT office to start it' },
  GW_CARD_NO_READER: { status: 503, zh: '未检测到读卡器，请检查读卡器连线后重试', en: 'No card reader found; check the reader cable and try again' },
  GW_CARD_READER_NOT_FOUND: { status: 404, zh: '指定的读卡器不存在，请刷新读卡器列表后重选', en: 'That card reader does not exist; refresh the reader list and choose again' },
  GW_CARD_READER_BUSY: { status: 409, zh: '读卡器正被其他程序占用，请关闭其他读卡程序后重试', en: 'Another program is using the card reader; close it and try again' },
  GW_CARD_NO_CARD: { status: 409, zh: '读卡器中没有卡，请插入社保卡', en: 'No card in the reader; insert the social security card' },
  GW_CARD_REMOVED: { status: 409, zh: '读卡过程中卡被拔出，请重新插卡后再读', en: 'The card was removed during the read; insert it again and retry' },
  GW_CARD_UNREADABLE: { status: 422, zh: '卡片无响应或数据无法识别，请擦拭芯片后重插，仍不行请改用电子凭证或身份证', en: 'The card does not answer or its data cannot be read; clean the chip and reinsert, or use the e-voucher or ID card' },
  GW_CARD_TIMEOUT: { status: 504, zh: '读卡超时，请重新插卡后再读', en: 'The card did not answer in time; reinsert it and retry' },
  GW_CARD_WRONG_TYPE: { status: 422, zh: '这不是社会保障卡，请插入社保卡', en: 'This is not a social security card; insert the social security card' },
  GW_CARD_INVALID_DATA: { status: 422, zh: '卡内信息校验不通过（卡号或证件号校验位错误），请患者到社保经办机构检查卡片', en: 'The card data fails its checks (card or ID number check character); the patient should have the card checked at the social security office' },
  GW_CARD_PIN_WRONG: { status: 403, zh: '密码错误，请患者重新输入（剩余次数见详情）', en: 'Wrong PIN; ask the patient to enter it again (tries left in details)' },
  GW_CARD_PIN_BLOCKED: { status: 403, zh: '卡密码已锁定，请患者到社保经办机构解锁，本次可改用电子凭证', en: 'The card PIN is blocked; the patient must have it unlocked at the social security office; use the e-voucher for now' },
  GW_CARD_PSAM_MISSING: { status: 503, zh: '未检测到PSAM卡，请检查读卡器的PSAM卡座后重试', en: 'No PSAM found; check the PSAM slot of the reader and try again' },
  GW_CARD_PSAM_UNSUPPORTED: { status: 503, zh: 'PSAM卡不支持该卡所需算法（SM4/SSF33），请联系信息科更换PSAM卡', en: 'The PSAM does not support the algorithm this card needs (SM4/SSF33); ask the IT office for another PSAM' },
  GW_CARD_PSAM_KEY_MISSING: { status: 503, zh: 'PSAM卡缺少本地区密钥（RKSSSE），请联系信息科更换PSAM卡', en: 'The PSAM lacks the regional key (RKSSSE); ask the IT office for another PSAM' },
  GW_CARD_AUTH_FAILED: { status: 403, zh: '卡片拒绝终端认证，请联系信息科检查PSAM卡', en: 'The card rejected the terminal authentication; ask the IT office to check the PSAM' },
  GW_CARD_NOT_GENUINE: { status: 403, zh: '卡片内部认证失败，疑似伪造卡，请勿结算并报告医保办', en: 'The card failed internal authentication (possible clone); do not settle and report to the insurance office' },
  GW_CARD_EXPIRED: { status: 403, zh: '社保卡已过有效期，请患者改用电子凭证或到社保经办机构换卡', en: 'The social security card has expired; use the e-voucher or have the card replaced' },
  GW_CARD_BLOCKLISTED: { status: 403, zh: '该卡已挂失或注销，不能使用，请改用电子凭证或身份证', en: 'This card is reported lost or cancelled and cannot be used; use the e-voucher or ID card' },
  GW_CARD_ID_INVALID: { status: 422, zh: '身份证号码格式或校验位错误，请核对后重新输入', en: 'The ID number is malformed or fails its check character; check and enter it again' },
  GW_CARD_VOUCHER_INVALID: { status: 422, zh: '电子凭证二维码无效，请患者刷新二维码后重新扫码', en: 'The e-voucher QR code is not valid; ask the patient to refresh it and scan again' },
  GW_CARD_VOUCHER_UNAVAILABLE: { status: 503, zh: '暂时无法核验电子凭证，请改用社保卡或身份证', en: 'The e-voucher cannot be checked now; use the social security card or ID card' },
  GW_CARD_PIN_PAD_MISSING: { status: 422, zh: '该读卡器没有密码键盘，请在收银软件中让患者输入密码后提交', en: 'This card reader has no PIN pad; have the patient enter the PIN in the HIS and send it with the request' },
} as const satisfies Record<string, ErrorEntry>;
