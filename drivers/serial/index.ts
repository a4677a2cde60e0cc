/** The serial card reader / PIN pad driver (protocol: protocol/serial/README.md). */
export type { LineClosed, SerialDriver, SerialLine, SerialOpenOptions, SerialPortInfo } from './port.ts';
export { serialportDriver } from './serialport-port.ts';
export { MockSerialDriver, MockSerialLine, type MockPortOptions } from './mock-port.ts';
export { SerialReader, pinOutcome, type PinOutcome, type PinPrompt, type SerialReaderOptions } from './reader-client.ts';
export { SerialCardHandle, atrProtocol } from './card-handle.ts';
export { SerialReaderSupervisor, type SupervisorEvent, type SupervisorOptions } from './supervisor.ts';
export { SerialReaderError, isSerialReaderError, type SerialFailure } from './errors.ts';
export { SerialReadersPort, mergePorts, type SerialReaderConfig, type SerialReadersPortOptions } from './serial-readers-port.ts';
