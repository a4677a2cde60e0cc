/**
 * Certification that certifies: each shipped scenario run against a whole gateway (the card
 * slot is the gateway's reader, slotPort) while following the gateway's event stream over
 * HTTP, with a counter that does the right thing — PASSED — and one that does the wrong
 * thing — FAILED, naming what the counter showed. Without a verdict source the same run is
 * NOT CERTIFIED; a technician's answers stand in for the gateway when there is none to follow.
 */
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeResponse } from '../../protocol/apdu/response.ts';
import { verifyPin } from '../../protocol/sscard/commands.ts';
import { InProcessSlot } from '../../simulator/card/in-process-slot.ts';
import { loadProfile } from '../../simulator/card/profile.ts';
import { loadScenario, runScenario, type ScenarioResult } from '../../simulator/card/scenario.ts';
import { askTechnician, followGateway, type VerdictSource } from '../../simulator/card/verdicts.ts';
import { SIMULATED_PSAM_READER, SIMULATED_USER_READER, slotPort } from '../../simulator/pcsc/in-process.ts';
import { startTestGateway, type TestGateway } from '../api/support.ts';

const READER = 'yibao-simulated-reader-00-00';

let gateway: TestGateway | undefined;
let source: VerdictSource | undefined;
afterEach(async () => {
  await source?.close();
  await gateway?.close();
  gateway = undefined;
  source = undefined;
});

interface Counter {
  /** Resolves once the runner has said a line containing `text`. */
  told(text: string): Promise<void>;
  read(): Promise<number>;
  pin(pin: string): Promise<number>;
  readonly slot: InProcessSlot;
  readonly gateway: TestGateway;
}

/** A gateway on the scenario's slot, a follower of its events, and the runner's words. */
async function certify(name: string, act: (counter: Counter) => Promise<void>, options: { blocklistSynced?: boolean; follow?: boolean; technician?: VerdictSource } = {}): Promise<{ result: ScenarioResult; said: string[] }> {
  const slot = new InProcessSlot();
  gateway = await startTestGateway({ userReader: SIMULATED_USER_READER, psamReader: SIMULATED_PSAM_READER }, { pcscPort: slotPort(slot) });
  if (options.blocklistSynced !== false) await gateway.gw.sync.syncNow();
  await gateway.gw.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = gateway.gw.app.server.address() as AddressInfo;
  if (options.follow !== false) source = await followGateway({ url: `http://127.0.0.1:${port}`, key: gateway.key, readerId: READER });
  const verdicts = options.technician ?? source;
  const said: string[] = [];
  const listeners = new Set<() => void>();
  const g = gateway;
  const counter: Counter = {
    slot,
    gateway: g,
    told: (text) => new Promise<void>((resolve) => {
      const check = (): void => {
        if (!said.some((l) => l.includes(text))) return;
        listeners.delete(check);
        resolve();
      };
      listeners.add(check);
      check();
    }),
    read: async () => (await g.call('POST', `/v1/readers/${READER}/read`)).statusCode,
    pin: async (pin) => (await g.call('POST', `/v1/readers/${READER}/pin/verify`, { payload: { pin } })).statusCode,
  };
  const acting = act(counter);
  const result = await runScenario(loadScenario(name), slot, {
    say: (line) => {
      said.push(line);
      for (const l of [...listeners]) l();
    },
    defaultTimeoutMs: 3_000,
    ...(verdicts ? { verdicts } : {}),
  });
  await acting.catch(() => undefined);
  return { result, said };
}

describe('lost-card', () => {
  it('PASSES when the counter refuses the lost card', async () => {
    const { result, said } = await certify('lost-card', async (c) => {
      await c.told('Read the card');
      expect(await c.read()).toBe(403);
    });
    expect(result.outcome, said.join('\n')).toBe('passed');
    expect(said.at(-1)).toBe('# PASSED lost-card');
  });

  it('FAILS when the counter shows the lost card\'s holder (its blocklist is empty)', async () => {
    const { result, said } = await certify('lost-card', async (c) => {
      await c.told('Read the card');
      expect(await c.read()).toBe(200);
    }, { blocklistSynced: false });
    expect(result.outcome).toBe('failed');
    expect(said.find((l) => l.startsWith('FAIL'))).toContain(`it showed ${loadProfile('lost-card').ef06.name}`);
  });

  it('is NOT CERTIFIED when nothing observes the counter, and never PASSED', async () => {
    const { result, said } = await certify('lost-card', async (c) => {
      await c.told('Read the card');
      await c.read();
    }, { follow: false });
    expect(result.outcome).toBe('not-certified');
    expect(result.passed).toBe(false);
    expect(said.at(-1)).toMatch(/^# NOT CERTIFIED lost-card: 1 verdict of the counter not observed/);
  });

  it('takes the technician\'s word when there is no gateway to follow: yes passes, no fails', async () => {
    for (const [answer, outcome] of [['y', 'passed'], ['n', 'failed']] as const) {
      const asked: string[] = [];
      const technician = askTechnician(async (q) => {
        asked.push(q);
        return answer;
      });
      const { result } = await certify('lost-card', async (c) => {
        await c.told('Read the card');
        await c.read();
      }, { follow: false, technician });
      expect(result.outcome).toBe(outcome);
      expect(asked).toEqual(['?? the counter refuses the card (GW_CARD_BLOCKLISTED)? [y/n] ']);
      await gateway?.close();
      gateway = undefined;
    }
  });
});

describe('swap-cards', () => {
  it('PASSES when the counter shows each card\'s holder in turn', async () => {
    const { result, said } = await certify('swap-cards', async (c) => {
      await c.told('Read the card.');
      expect(await c.read()).toBe(200);
      await c.told('Another card is in the reader now');
      expect(await c.read()).toBe(200);
    });
    expect(result.outcome, said.join('\n')).toBe('passed');
  });

  it('FAILS when the second read does not show the student (it failed: card removed)', async () => {
    const { result, said } = await certify('swap-cards', async (c) => {
      await c.told('Read the card.');
      await c.read();
      await c.told('Another card is in the reader now');
      // the counter's read of the new card goes wrong halfway (the card loses contact)
      c.slot.onCommand((apdu) => (apdu[1] === 0xb2 && apdu[2] === 0x08 ? 'pull' : undefined));
      expect(await c.read()).toBe(409);
    });
    expect(result.outcome).toBe('failed');
    expect(said.find((l) => l.startsWith('FAIL'))).toContain('it refused the card: GW_CARD_REMOVED');
  });
});

describe('certify-counter', () => {
  const right = async (c: Counter): Promise<void> => {
    await c.told('pulled out during the read');
    expect(await c.read()).toBe(409);
    await c.told('Waiting for the counter to read the ID number');
    expect(await c.read()).toBe(200);
    await c.told('Waiting for two wrong PINs');
    expect(await c.pin('000000')).toBe(403);
    expect(await c.pin('111111')).toBe(403);
    await c.told('enter the right PIN');
    expect(await c.pin('123456')).toBe(200);
  };

  it('PASSES: removal reported, holder shown, both wrong PINs reported, the right one accepted', async () => {
    const { result, said } = await certify('certify-counter', right);
    expect(result.outcome, said.join('\n')).toBe('passed');
  });

  it('FAILS when the counter checks the PIN behind the gateway\'s back (no outcome the cashier saw)', async () => {
    const { result, said } = await certify('certify-counter', async (c) => {
      await c.told('pulled out during the read');
      await c.read();
      await c.told('Waiting for the counter to read the ID number');
      await c.read();
      await c.told('Waiting for two wrong PINs');
      for (const pin of ['000000', '111111']) decodeResponse(c.slot.transmit(verifyPin(pin)));
    });
    expect(result.outcome).toBe('failed');
    expect(said.find((l) => l.startsWith('FAIL'))).toContain('the counter gave no verdict');
  });
});

describe('blocked-pin', () => {
  it('PASSES when the counter reports two wrong PINs, then the lock', async () => {
    const { result, said } = await certify('blocked-pin', async (c) => {
      await c.told('Enter a WRONG PIN three times');
      for (const pin of ['000000', '111111', '222222']) expect(await c.pin(pin)).toBe(403);
    });
    expect(result.outcome, said.join('\n')).toBe('passed');
  });

  it('FAILS when the counter lets the patient try the right PIN in between (no lock reported)', async () => {
    const { result, said } = await certify('blocked-pin', async (c) => {
      await c.told('Enter a WRONG PIN three times');
      for (const pin of ['000000', '111111']) await c.pin(pin);
      await c.pin('123456');
    });
    expect(result.outcome).toBe('failed');
    expect(said.some((l) => l.startsWith('FAIL'))).toBe(true);
  });
});
