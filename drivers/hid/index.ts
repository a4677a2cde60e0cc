/** HID QR / barcode scanners: keyboard wedge and HID POS, hot-plug, voucher scans. */
export type { HidDevice, HidDeviceInfo, HidPort } from './port.ts';
export { nodeHidPort } from './node-hid-port.ts';
export { MockHidPort, MockHidDeviceHandle } from './mock-port.ts';
export { HidHotplug, type HotplugEvent, type HidHotplugOptions } from './hotplug.ts';
export { KeyboardWedgeDecoder, encodeKeyboardReports, type WedgeScan, type Terminator } from './keyboard-wedge.ts';
export { HidPosDecoder, encodeHidPosReports, HID_POS_USAGE_PAGE, type PosScan } from './hid-pos.ts';
export { VoucherScanner, type ScannerMode, type VoucherScan, type RejectedScan, type VoucherScannerOptions } from './voucher-scanner.ts';
export { FeedHidPort, mergeHidPorts, FEED_OPENED } from './feed-port.ts';
export { HidScannerError, type HidFailure } from './errors.ts';
