/**
 * Scenarios run in-process: the InProcessSlot stands in for pcscd, and a scripted "counter"
 * plays the host — it reads the card (with the PSAM's external authentication), gets the card
 * pulled out mid-read, reads again, enters PINs — while the runner plays the card side.
 */
import { describe, expect, it } from 'vitest';
import { decodeResponse } from '../../protocol/apdu/response.ts';
import { externalAuthenticate, getChallenge, PSAM, readRecordByTag, selectByName, SSSE_AID, verifyPin } from '../../protocol/sscard/commands.ts';
import { ALGORITHM_CODE, cardFactor, cityFactor, KEY_ID } from '../../protocol/sscard/crypto.ts';
import { CardAbsentError, InProcessSlot } from './in-process-slot.ts';
import { loadScenario, parseScenario, runScenario, scenarioNames, ScenarioError } from './scenario.ts';
import { askTechnician } from './verdicts.ts';
import type { VirtualCard } from './virtual-card.ts';
import { VirtualPsam } from './virtual-psam.ts';

const psam = new VirtualPsam();
psam.powerOn();

/** A counter's identity read: SELECT SSSE, EF05 tag 07, external authentication, EF06 tag 08. */
function counterRead(slot: InProcessSlot): string {
  const tx = (apdu: Buffer): { data: Buffer; sw: number } => decodeResponse(slot.transmit(apdu));
  tx(selectByName(SSSE_AID));
  const cardNumber = tx(readRecordByTag(0x07, 9, 5)).data.subarray(2).toString('latin1');
  const code = (slot.card as VirtualCard).profile.ef05.cardIdCode;
  const r = tx(getChallenge()).data;
  psam.transmit(PSAM.select());
  psam.transmit(PSAM.diversify(KEY_ID.RKSSSE, ALGORITHM_CODE.sm4, cityFactor(code), cardFactor(code)));
  const c = decodeResponse(psam.transmit(PSAM.cryptogram(r))).data;
  tx(externalAuthenticate(KEY_ID.RKSSSE, c, r));
  const id = tx(readRecordByTag(0x08, 18, 6));
  if (id.sw !== 0x9000) throw new Error(`EF06 answered ${id.sw.toString(16)}`);
  return cardNumber;
}

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 5));
}

describe('scenarios', () => {
  it('ships valid scenarios, including the certification run', () => {
    expect(scenarioNames()).toEqual(expect.arrayContaining(['certify-counter', 'blocked-pin', 'swap-cards', 'lost-card']));
    for (const name of scenarioNames()) expect(loadScenario(name).steps.length).toBeGreaterThan(0);
  });

  it('refuses malformed scenarios and unknown profiles', () => {
    expect(() => parseScenario({ name: 'x', description: 'x', profile: 'adult-resident', steps: [{ do: 'dance' }] })).toThrow(ScenarioError);
    expect(() => parseScenario({ name: 'x', description: 'x', profile: 'nobody', steps: [{ do: 'remove' }] })).toThrow(ScenarioError);
    expect(() => parseScenario({ name: 'x', description: 'x', profile: 'adult-resident', steps: [{ do: 'verdict', counter: 'pin' }] })).toThrow(/needs an outcome/);
    expect(() => parseScenario({ name: 'x', description: 'x', profile: 'adult-resident', steps: [{ do: 'verdict', counter: 'shows', code: 'GW_CARD_REMOVED' }] })).toThrow(/takes no code/);
  });

  it('certify-counter: pulled out mid-read, read again, two wrong PINs, the right one, each verdict confirmed — PASSED', async () => {
    const slot = new InProcessSlot();
    const said: string[] = [];
    const told = (text: string): (() => boolean) => () => said.some((l) => l.includes(text));
    const counter = (async () => {
      // the person at the counter acts when the runner tells them to
      const events: string[] = [];
      await until(told('pulled out during the read'));
      try {
        counterRead(slot);
        events.push('read finished?!');
      } catch (err) {
        events.push(err instanceof CardAbsentError ? 'card removed mid-read' : `error ${(err as Error).message}`);
      }
      await until(told('Waiting for the counter to read the ID number'));
      events.push(`read ${counterRead(slot)}`);
      await until(told('Waiting for two wrong PINs'));
      for (const pin of ['000000', '111111']) events.push(`PIN → ${decodeResponse(slot.transmit(verifyPin(pin))).sw.toString(16).toUpperCase()}`);
      await until(told('enter the right PIN'));
      events.push(`PIN → ${decodeResponse(slot.transmit(verifyPin('123456'))).sw.toString(16).toUpperCase()}`);
      await until(() => !slot.inserted);
      events.push('no card');
      return events;
    })();
    // the technician confirms each verdict the counter gave (no gateway to follow here)
    const asked: string[] = [];
    const verdicts = askTechnician(async (q) => {
      asked.push(q);
      return 'y';
    });
    const result = await runScenario(loadScenario('certify-counter'), slot, { say: (l) => said.push(l), defaultTimeoutMs: 5_000, verdicts });
    expect(result.passed, said.join('\n')).toBe(true);
    expect(asked).toHaveLength(4);
    const number = (await import('./profile.ts')).loadProfile('adult-resident').ef05.cardNumber;
    expect(await counter).toEqual(['card removed mid-read', `read ${number}`, 'PIN → 63C2', 'PIN → 63C1', 'PIN → 9000', 'no card']);
    expect(said.some((l) => l.includes('请在收费窗口读卡'))).toBe(true);
    expect(said.at(-1)).toBe('# PASSED certify-counter');
  });

  it('fails a step, with the reason, when the counter does not do its part', async () => {
    const slot = new InProcessSlot();
    const said: string[] = [];
    const result = await runScenario(loadScenario('blocked-pin'), slot, { say: (l) => said.push(l), defaultTimeoutMs: 50 });
    expect(result.passed).toBe(false);
    expect(result.steps.at(-1)).toMatchObject({ ok: false, detail: 'saw 0 of 2 within 0 s' });
    expect(said.at(-1)).toBe('# FAILED blocked-pin');
  });

  it('stops when aborted', async () => {
    const slot = new InProcessSlot();
    const controller = new AbortController();
    const run = runScenario(loadScenario('blocked-pin'), slot, { signal: controller.signal, defaultTimeoutMs: 60_000 });
    await until(() => slot.inserted);
    controller.abort();
    await expect(run).rejects.toThrow(ScenarioError);
  });
});
