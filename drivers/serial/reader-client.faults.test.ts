/**
 * Property: whatever single fault hits each exchange — an answer corrupted, an answer lost,
 * line noise before it, the command corrupted on the way — every call returns the answer a
 * clean line would give, and the reader runs every command exactly once (a VERIFY never costs
 * two tries). Mock line, so it runs fast; the contract suite covers each fault on a real pty.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SerialReaderDevice } from '../../simulator/serial/reader-device.ts';
import { linkDeviceToMockLine } from '../../simulator/serial/mock-link.ts';
import { ScriptedPinPad, encodePinBcd } from '../../simulator/serial/pin-pad.ts';
import { PinTestCard } from '../../simulator/serial/testing/pin-test-card.ts';
import { MockSerialDriver, type MockSerialLine } from './mock-port.ts';
import { SerialReader } from './reader-client.ts';

type Fault = { kind: 'none' } | { kind: 'corruptReply' } | { kind: 'dropReply' } | { kind: 'corruptCommand' } | { kind: 'noise'; bytes: Uint8Array };
type Op = 'status' | 'challenge' | 'verifyRight' | 'verifyWrong';

const fault: fc.Arbitrary<Fault> = fc.oneof(
  fc.constant<Fault>({ kind: 'none' }),
  fc.constant<Fault>({ kind: 'corruptReply' }),
  fc.constant<Fault>({ kind: 'dropReply' }),
  fc.constant<Fault>({ kind: 'corruptCommand' }),
  fc.uint8Array({ maxLength: 24 }).map((bytes): Fault => ({ kind: 'noise', bytes })),
);
const op = fc.constantFrom<Op>('status', 'challenge', 'verifyRight', 'verifyWrong');

describe('serial reader client under injected faults (property)', () => {
  it('answers as on a clean line and runs each command once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(op, fault), { minLength: 1, maxLength: 8 }), async (steps) => {
        const driver = new MockSerialDriver();
        driver.createPort('/dev/ttyFAULT');
        const line = (await driver.open('/dev/ttyFAULT')) as MockSerialLine;
        const pad = new ScriptedPinPad();
        const device = new SerialReaderDevice({ pad });
        linkDeviceToMockLine(device, line);
        const card = new PinTestCard(encodePinBcd('123456'), 9);
        device.insert(card);
        const reader = new SerialReader(line, { timeoutMs: 40, retries: 2, interCharTimeoutMs: 5 });
        await reader.powerOn();
        let tries = 9;
        for (const [operation, f] of steps) {
          if (f.kind === 'corruptReply') device.faults.corruptReplies = 1;
          if (f.kind === 'dropReply') device.faults.dropReplies = 1;
          if (f.kind === 'corruptCommand') device.faults.corruptCommands = 1;
          if (f.kind === 'noise') device.faults.noiseBeforeReply = Buffer.from(f.bytes);
          const before = device.executed;
          switch (operation) {
            case 'status':
              expect(await reader.status()).toBe('powered');
              break;
            case 'challenge':
              expect((await reader.transmit(Buffer.from('0084000008', 'hex'))).subarray(8).toString('hex')).toBe('9000');
              break;
            case 'verifyRight':
              pad.type('123456');
              expect(await reader.enterPin()).toEqual({ kind: 'ok' });
              tries = 9;
              break;
            case 'verifyWrong':
              pad.type('000000');
              tries--;
              expect(await reader.enterPin()).toEqual({ kind: 'wrong', triesLeft: tries });
              break;
          }
          expect(device.executed - before).toBe(1);
          expect(card.triesLeft).toBe(tries);
        }
        await reader.close();
      }),
      { numRuns: 40, endOnFailure: true },
    );
  });
});
