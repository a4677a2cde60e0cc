import type { ErrorEntry } from '../registry.ts';

/**
 * Serial card readers / PIN pads and HID voucher scanners (drivers/serial, drivers/hid).
 * The drivers throw `SerialReaderError` / `HidScannerError` with a `kind`; each kind maps to
 * one code here through `SERIAL_ERROR_CODE` / `HID_ERROR_CODE` (gateway/credentials/device-errors.ts), so the service layer makes a
 * `GatewayError` with the driver error as its cause.
 */
export const PERIPHERAL_CODES = {
  GW_SERIAL_OPEN_FAILED: { status: 503, zh: '无法打开串口读卡器，请检查串口号和连接线', en: 'The serial card reader cannot be opened; check the port name and the cable' },
  GW_SERIAL_READER_GONE: { status: 503, zh: '串口读卡器已断开，请检查连接线后重试', en: 'The serial card reader was disconnected; check the cable and try again' },
  GW_SERIAL_TIMEOUT: { status: 504, zh: '串口读卡器无响应，请检查读卡器电源和连接线', en: 'The serial card reader does not answer; check its power and cable' },
  GW_SERIAL_PROTOCOL: { status: 502, zh: '串口读卡器返回的数据无法识别，请确认读卡器型号或联系技术支持', en: 'The serial card reader sent data the gateway cannot read; check the reader model or call support' },
  GW_SERIAL_NO_CARD: { status: 409, zh: '读卡器中没有卡，请插入社保卡', en: 'There is no card in the reader; insert the social security card' },
  GW_SERIAL_CARD_MUTE: { status: 422, zh: '卡片无应答，请取出后重新插卡', en: 'The card does not answer; take it out and insert it again' },
  GW_SERIAL_REFUSED: { status: 502, zh: '读卡器拒绝了该命令，请联系技术支持', en: 'The card reader refused the command; call support' },
  GW_PIN_CANCELLED: { status: 409, zh: '持卡人在密码键盘上取消了输入', en: 'The cardholder cancelled PIN entry on the pad' },
  GW_PIN_ENTRY_TIMEOUT: { status: 408, zh: '密码输入超时，请重新操作并提示持卡人输入密码', en: 'PIN entry timed out; start again and ask the cardholder to enter the PIN' },
  GW_HID_OPEN_FAILED: { status: 503, zh: '无法打开扫码枪，请检查USB连接或权限', en: 'The code scanner cannot be opened; check its USB connection and permissions' },
  GW_HID_SCANNER_GONE: { status: 503, zh: '扫码枪已断开，请重新连接', en: 'The code scanner was disconnected; plug it in again' },
} as const satisfies Record<string, ErrorEntry>;

export type PeripheralCode = keyof typeof PERIPHERAL_CODES;
