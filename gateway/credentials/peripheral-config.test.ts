import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { parseScannerDevices, parseSerialReaders } from './peripheral-config.ts';

describe('serialReaders', () => {
  it('reads [NAME=]PATH[@BAUD] entries', () => {
    expect(parseSerialReaders('')).toEqual([]);
    expect(parseSerialReaders(' /dev/ttyUSB0@9600 , COM3 ')).toEqual([{ path: '/dev/ttyUSB0', open: { baudRate: 9600 } }, { path: 'COM3' }]);
    expect(parseSerialReaders('Counter 1 00 00=/dev/ttyUSB0,Counter 1 00 01=/dev/ttyUSB1@115200')).toEqual([
      { path: '/dev/ttyUSB0', name: 'Counter 1 00 00' },
      { path: '/dev/ttyUSB1', name: 'Counter 1 00 01', open: { baudRate: 115200 } },
    ]);
  });

  it('refuses a bad baud rate, a path twice, two readers of one name, and garbage', () => {
    expect(() => parseSerialReaders('/dev/ttyUSB0@9601')).toThrow(/baud rate 9601/);
    expect(() => parseSerialReaders('/dev/ttyUSB0,/dev/ttyUSB0@9600')).toThrow(/listed twice/);
    expect(() => parseSerialReaders('A 00 00=/dev/ttyUSB0,A 00 00=/dev/ttyUSB1')).toThrow(/two readers are named/);
    expect(() => parseSerialReaders('/dev/tty USB0')).toThrow(/PATH\[@BAUD\]/);
    expect(() => parseSerialReaders('/dev/ttyUSB0,,')).toThrow();
  });

  it('a bad value stops the configuration with the option and its source named', () => {
    expect(() => loadConfig({ env: { YIBAO_SERIAL_READERS: '/dev/ttyS0@7' } })).toThrow(/serialReaders \(YIBAO_SERIAL_READERS\): '\/dev\/ttyS0@7': baud rate 7/);
    expect(() => loadConfig({ env: { YIBAO_SCANNER_KEYBOARD: 'zebra' } })).toThrow(/scannerKeyboard \(YIBAO_SCANNER_KEYBOARD\)/);
  });
});

describe('scannerKeyboard', () => {
  it('reads hex USB ids and device paths', () => {
    expect(parseScannerDevices('1eab:1a03, 0x0C2E ,/dev/hidraw3')).toEqual([{ vendorId: 0x1eab, productId: 0x1a03 }, { vendorId: 0x0c2e }, { path: '/dev/hidraw3' }]);
    expect(parseScannerDevices(' ')).toEqual([]);
    expect(() => parseScannerDevices('1eab:1a03:1')).toThrow(/VID\[:PID\]/);
    expect(() => parseScannerDevices('12345')).toThrow();
  });
});
