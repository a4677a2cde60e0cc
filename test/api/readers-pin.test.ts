/**
 * PIN verify and change over the HIS API, through the whole gateway (auth hook, error
 * registry, logger) with a mock PC/SC reader holding a virtual card: outcomes as answers,
 * validation and auth refusals, and no PIN in any log line.
 */
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { MockPcscPort } from '../../drivers/pcsc/mock-port.ts';
import { createLogger } from '../../gateway/log.ts';
import { loadProfile } from '../../simulator/card/profile.ts';
import { VirtualCard } from '../../simulator/card/virtual-card.ts';
import { startTestGateway, type TestGateway } from './support.ts';

const USER = 'Counter 7 00 00';
const READER_ID = 'counter-7-00-00';

function cardOf(card: VirtualCard) {
  const atr = card.atr();
  return { atr, protocol: ((atr[1] ?? 0) & 0x80 ? 'T1' : 'T0') as 'T0' | 'T1', powerOn: () => void card.powerOn(), respond: (a: Buffer) => card.transmit(a) };
}

let h: TestGateway | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function counterWith(profileName: string): Promise<{ h: TestGateway; port: MockPcscPort; logs: () => string }> {
  const port = new MockPcscPort([USER]);
  port.insertCard(USER, cardOf(new VirtualCard(loadProfile(profileName))));
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  h = await startTestGateway({}, { pcscPort: port, logger: createLogger({ level: 'trace' }, stream) });
  return { h, port, logs: () => chunks.join('') };
}

const verify = (t: TestGateway, payload: unknown, key?: string) =>
  t.call('POST', `/v1/readers/${READER_ID}/pin/verify`, { payload, ...(key !== undefined ? { key } : {}) });

describe('POST /v1/readers/:id/pin/verify and /pin/change', () => {
  it('verifies the right PIN; a wrong one is 403 GW_CARD_PIN_WRONG with the tries left, counting down to GW_CARD_PIN_BLOCKED', async () => {
    const p = loadProfile('student');
    const { h: t } = await counterWith('student');
    const wrong = p.pin === '000000' ? '111111' : '000000';

    const ok = await verify(t, { pin: p.pin });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ outcome: 'ok', reader_id: READER_ID });

    const first = await verify(t, { pin: wrong });
    expect(first.statusCode).toBe(403);
    expect(first.json()).toMatchObject({ code: 'GW_CARD_PIN_WRONG', message_zh: expect.stringContaining('密码错误'), details: { tries_left: p.pinMaxTries - 1, legacy_code: -51 } });
    for (let left = p.pinMaxTries - 2; left > 0; left--) expect((await verify(t, { pin: wrong })).json().details.tries_left).toBe(left);

    const blocked = await verify(t, { pin: wrong });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json()).toMatchObject({ code: 'GW_CARD_PIN_BLOCKED', details: { tries_left: 0, legacy_code: -52 } });
    // blocked stays blocked, even for the right PIN, and a change is refused the same way
    expect((await verify(t, { pin: p.pin })).json().code).toBe('GW_CARD_PIN_BLOCKED');
    const change = await t.call('POST', `/v1/readers/${READER_ID}/pin/change`, { payload: { old_pin: p.pin, new_pin: '246810' } });
    expect(change.json().code).toBe('GW_CARD_PIN_BLOCKED');
  });

  it('a card blocked before it came to the counter answers GW_CARD_PIN_BLOCKED at once', async () => {
    const { h: t } = await counterWith('pin-blocked');
    const res = await verify(t, { pin: '123456' });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('GW_CARD_PIN_BLOCKED');
  });

  it('changes the PIN with old_pin and new_pin; the new PIN then verifies and the old one does not', async () => {
    const p = loadProfile('adult-resident');
    const { h: t } = await counterWith('adult-resident');
    const fresh = p.pin === '246810' ? '135791' : '246810';
    const res = await t.call('POST', `/v1/readers/${READER_ID}/pin/change`, { payload: { old_pin: p.pin, new_pin: fresh } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ outcome: 'ok', reader_id: READER_ID });
    expect((await verify(t, { pin: fresh })).statusCode).toBe(200);
    expect((await verify(t, { pin: p.pin })).json()).toMatchObject({ code: 'GW_CARD_PIN_WRONG', details: { tries_left: p.pinMaxTries - 1 } });
  });

  it('refuses malformed bodies with GW_VALIDATION naming the field, and pad entry on a reader without a pad', async () => {
    const { h: t } = await counterWith('student');
    const cases: Array<[string, unknown, string]> = [
      ['verify', { pin: '12ab56' }, 'body.pin'],
      ['verify', { pin: '1234567890123' }, 'body.pin'],
      ['verify', { pin: 123456 }, 'body.pin'],
      ['verify', { pin: '123456', extra: 1 }, 'body.extra'],
      ['change', { old_pin: '123456' }, 'body.new_pin'],
      ['change', { new_pin: '123456' }, 'body.old_pin'],
    ];
    for (const [route, payload, path] of cases) {
      const res = await t.call('POST', `/v1/readers/${READER_ID}/pin/${route}`, { payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json(), JSON.stringify(payload)).toMatchObject({ code: 'GW_VALIDATION', details: { path } });
    }
    const noPad = await verify(t, {});
    expect(noPad.statusCode).toBe(422);
    expect(noPad.json()).toMatchObject({ code: 'GW_CARD_PIN_PAD_MISSING', message_zh: expect.stringContaining('密码键盘') });
    const unknown = await t.call('POST', '/v1/readers/nope/pin/verify', { payload: { pin: '123456' } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('GW_CARD_READER_NOT_FOUND');
  });

  it('refuses a request without a valid API key before touching the card', async () => {
    const p = loadProfile('student');
    const { h: t, port } = await counterWith('student');
    const sentBefore = port.sent.length;
    const none = await t.gw.app.inject({ method: 'POST', url: `/v1/readers/${READER_ID}/pin/verify`, payload: { pin: p.pin } });
    expect(none.statusCode).toBe(401);
    expect(none.json().code).toBe('GW_UNAUTHORIZED');
    const bad = await verify(t, { pin: p.pin }, 'yk_nokey_notasecret');
    expect(bad.statusCode).toBe(401);
    const change = await t.gw.app.inject({ method: 'POST', url: `/v1/readers/${READER_ID}/pin/change`, payload: { old_pin: p.pin, new_pin: '246810' } });
    expect(change.statusCode).toBe(401);
    expect(port.sent.length).toBe(sentBefore);
  });

  it('never writes a PIN to the log, in any outcome, even at trace level', async () => {
    const { h: t, logs } = await counterWith('adult-resident');
    const p = loadProfile('adult-resident');
    const pins = ['739146', '582037', p.pin];
    await verify(t, { pin: '739146' });
    await verify(t, { pin: p.pin });
    await t.call('POST', `/v1/readers/${READER_ID}/pin/change`, { payload: { old_pin: p.pin, new_pin: '582037' } });
    await verify(t, { pin: '73914x' });
    const text = logs();
    expect(text).toContain('"msg":"PIN verify"');
    expect(text).toContain('"msg":"PIN change"');
    for (const pin of pins) {
      expect(text).not.toContain(pin);
      expect(text).not.toContain(`00200000${(pin.length / 2).toString(16).padStart(2, '0')}${pin}`);
    }
  });
});
