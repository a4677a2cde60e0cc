/**
 * Timeout recovery as integrators do it today (national-interface.md "What integrators
 * struggle with"): the HIS logs every msgid before sending; a 2304 whose answer is lost is
 * resent with the same msgid and gets the same answer, and reversing it with 2601 cancels the
 * settlement at the gateway and tells the centre. A 2601 for a msgid that never arrived makes
 * that msgid unusable, so the late original can never settle afterwards. An admission (2401)
 * whose answer was lost is reversed the same way: cancelled as 2404 would, or, never having
 * arrived, its msgid burnt.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeRecord } from '../../protocol/center/index.ts';
import { startFsiGateway, ZHANG_SAN, num, type FsiTestGateway } from './support.ts';

let t: FsiTestGateway;
let sign: string;
let psnNo: string;

beforeAll(async () => {
  t = await startFsiGateway({ uploadIntervalMs: 20 });
  t.gw.uploader.start();
  sign = await t.his.signIn('cashier-01');
  psnNo = (await t.his.send('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN } }, { signNo: sign })).answer.output!.baseinfo.psn_no;
});
afterAll(async () => {
  await t?.close();
});

const send = (infno: string, input: unknown, msgid?: string) => t.his.send(infno, input, { signNo: sign, ...(msgid ? { msgid } : {}) });

/** A discharged stay ready to settle; returns its mdtrt_id. */
async function dischargedStay(iptNo: string): Promise<string> {
  const admitted = await send('2401', { mdtrtinfo: { psn_no: psnNo, insutype: '390', med_type: '21', ipt_no: iptNo, begntime: '2026-11-01 09:00:00' }, diseinfo: [{ diag_type: '1', maindiag_flag: '1', diag_srt_no: 1, diag_code: 'J18.900', diag_name: '肺炎' }] });
  const mdtrtId = admitted.answer.output!.result.mdtrt_id as string;
  const lines = await send('2301', { feedetail: [
    { feedetl_sn: '1', mdtrt_id: mdtrtId, psn_no: psnNo, med_list_codg: 'SRV-A-0001', cnt: num('5'), pric: num('40.00'), det_item_fee_sumamt: num('200.00') },
    { feedetl_sn: '2', mdtrt_id: mdtrtId, psn_no: psnNo, med_list_codg: 'SRV-B-0001', cnt: num('2'), pric: num('300.00'), det_item_fee_sumamt: num('600.00') },
  ] });
  expect(lines.answer.infcode).toBe(0);
  expect((await send('2402', { dscginfo: { mdtrt_id: mdtrtId, psn_no: psnNo, endtime: '2026-11-05 10:00:00' } })).answer.infcode).toBe(0);
  return mdtrtId;
}

async function drained(): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (t.gw.outbox.backlog().count > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  expect(t.gw.outbox.backlog().count).toBe(0);
}

describe('a 2304 whose answer was lost', () => {
  it('resent with the same msgid gets the same answer byte for byte; 2601 reverses it and the centre is told', async () => {
    const mdtrtId = await dischargedStay('ZY-TO-1');
    const msgid = t.his.newMsgid();
    const input = { data: { psn_no: psnNo, mdtrt_id: mdtrtId, mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN, medfee_sumamt: num('800.00'), insutype: '390', mid_setl_flag: '0' } };
    const lost = await send('2304', input, msgid); // the HIS never sees this answer
    expect(lost.answer.infcode).toBe(0);
    const setlId = lost.answer.output!.setlinfo.setl_id as string;

    // Retry as integrators do: same msgid, same input → the stored answer, nothing settled twice.
    const retry = await send('2304', input, msgid);
    expect(retry.text).toBe(lost.text);
    expect(t.gw.api.visits.get(mdtrtId).settlements).toEqual([{ setl_id: setlId, cancelled_by: null, interim: false }]);
    // The same msgid for another transaction is refused, not answered with the stored one.
    const reused = await send('2303', input, msgid);
    expect(reused.answer).toMatchObject({ infcode: -1, gw_code: 'GW_FSI_MSGID_REUSED', gw_details: { msgid, original_infno: '2304' } });

    await drained();
    // Reversal by original msgid, soon after and from the client that sent it: the settlement
    // is cancelled without approval (nobody knowingly created it), and audited as such.
    const reversal = await send('2601', { data: { psn_no: psnNo, omsgid: msgid, oinfno: '2304' } });
    expect(reversal.answer.err_msg).toBeNull();
    expect(reversal.answer.output!.data).toEqual({ omsgid: msgid, oinfno: '2304', gw_outcome: 'reversed', gw_setl_id: expect.any(String), gw_original_setl_id: setlId });
    expect(reversal.answer.output!.setlinfo).toMatchObject({ gw_original_setl_id: setlId, gw_reversal_flag: '1', medfee_sumamt: '-800.00' });
    const cancellationId = reversal.answer.output!.data.gw_setl_id as string;
    const entry = t.gw.db.prepare("SELECT detail FROM audit_log WHERE action = 'reverse' AND subject = ?").pluck().get(cancellationId) as string;
    expect(JSON.parse(entry)).toMatchObject({ original_setl_id: setlId, approved_by: 'reversal-grace', approvals: [] });
    expect(t.gw.api.visits.get(mdtrtId).settlements).toEqual([{ setl_id: setlId, cancelled_by: cancellationId, interim: false }]);
    const query = await send('5203', { data: { setl_id: setlId, psn_no: psnNo } });
    expect(query.answer.output!.setlinfo.gw_cancelled_by).toBe(cancellationId);

    // Reversing again answers that it is already cancelled; resending the 2601 itself replays it.
    const twice = await send('2601', { data: { psn_no: psnNo, omsgid: msgid, oinfno: '2304' } });
    expect(twice.answer.output!.data).toMatchObject({ gw_outcome: 'already_cancelled', gw_setl_id: cancellationId });
    const replay = await send('2601', { data: { psn_no: psnNo, omsgid: msgid, oinfno: '2304' } }, reversal.msgid);
    expect(replay.text).toBe(reversal.text);

    // The centre holds the settlement and its cancellation, once each.
    await drained();
    const held = t.center.store.records().filter((r) => r.gatewayId === t.gw.config.gatewayId && r.visitId === mdtrtId);
    const bodies = held.map((r) => decodeRecord(r.body));
    expect(bodies.map((b) => (b.settlement ? 'settlement' : b.cancellation ? 'cancellation' : '?'))).toEqual(['settlement', 'cancellation']);
    expect(bodies[0]!.settlement?.setlId).toBe(setlId);
    expect(bodies[0]!.settlement?.medinsSetlId).toBe(msgid);
    expect(bodies[1]!.cancellation).toMatchObject({ origSetlId: setlId, setlId: cancellationId, origRecordId: bodies[0]!.recordId });
    expect(held.every((r) => r.receipts === 1)).toBe(true);
  });

  it('a 2601 for a msgid that never arrived settles nothing and the late 2304 is refused', async () => {
    const mdtrtId = await dischargedStay('ZY-TO-2');
    const msgid = t.his.newMsgid();
    const reversal = await send('2601', { data: { psn_no: psnNo, omsgid: msgid, oinfno: '2304' } });
    expect(reversal.answer.infcode).toBe(0);
    expect(reversal.answer.output!.data).toEqual({ omsgid: msgid, oinfno: '2304', gw_outcome: 'not_settled', gw_reversal_id: expect.stringMatching(/^R/) });
    expect(reversal.answer.warn_msg).toBe('原交易未在网关生效，该报文ID已作废，不会再生效');
    const late = await send('2304', { data: { psn_no: psnNo, mdtrt_id: mdtrtId } }, msgid);
    expect(late.answer).toMatchObject({ infcode: -1, gw_code: 'GW_REVERSED' });
    expect(t.gw.api.visits.get(mdtrtId).settlements).toEqual([]);
  });

  const admission = (iptNo: string) => ({ mdtrtinfo: { psn_no: psnNo, insutype: '390', med_type: '21', ipt_no: iptNo, begntime: '2026-11-01 09:00:00' } });

  it('a 2401 whose answer was lost: 2601 cancels the admission, a second 2601 says it already is, and the visit takes nothing more', async () => {
    const admitted = await send('2401', admission('ZY-TO-3'));
    expect(admitted.answer.infcode).toBe(0);
    const mdtrtId = admitted.answer.output!.result.mdtrt_id as string;
    const reversal = await send('2601', { data: { psn_no: psnNo, omsgid: admitted.msgid, oinfno: '2401' } });
    expect(reversal.answer).toMatchObject({ infcode: 0, err_msg: null });
    expect(reversal.answer.output).toEqual({ data: { omsgid: admitted.msgid, oinfno: '2401', gw_outcome: 'reversed', gw_mdtrt_id: mdtrtId } });
    expect(t.gw.api.visits.get(mdtrtId).status).toBe('cancelled');
    const twice = await send('2601', { data: { psn_no: psnNo, omsgid: admitted.msgid, oinfno: '2401' } });
    expect(twice.answer.output!.data).toMatchObject({ gw_outcome: 'already_cancelled', gw_mdtrt_id: mdtrtId });
    const line = { feedetl_sn: '1', mdtrt_id: mdtrtId, psn_no: psnNo, med_list_codg: 'SRV-A-0001', cnt: num('1'), pric: num('40.00'), det_item_fee_sumamt: num('40.00') };
    expect((await send('2301', { feedetail: [line] })).answer).toMatchObject({ infcode: -1, gw_code: 'GW_VISIT_CANCELLED' });
    // The same 2401 resent with its msgid still answers what it answered; the stay stays cancelled.
    expect((await send('2401', admission('ZY-TO-3'), admitted.msgid)).text).toBe(admitted.text);
  });

  it('2601 of a 2401 whose stay has fee lines is refused as 2404 is, and the stay stays open', async () => {
    const admitted = await send('2401', admission('ZY-TO-4'));
    const mdtrtId = admitted.answer.output!.result.mdtrt_id as string;
    const line = { feedetl_sn: '1', mdtrt_id: mdtrtId, psn_no: psnNo, med_list_codg: 'SRV-A-0001', cnt: num('1'), pric: num('40.00'), det_item_fee_sumamt: num('40.00') };
    expect((await send('2301', { feedetail: [line] })).answer.infcode).toBe(0);
    const reversal = await send('2601', { data: { psn_no: psnNo, omsgid: admitted.msgid, oinfno: '2401' } });
    expect(reversal.answer).toMatchObject({ infcode: -1, gw_code: 'GW_VISIT_HAS_LINES' });
    expect(t.gw.api.visits.get(mdtrtId).status).toBe('open');
  });

  it('a 2601 for a 2401 that never arrived burns its msgid: the late admission is refused and admits nothing', async () => {
    const msgid = t.his.newMsgid();
    const reversal = await send('2601', { data: { psn_no: psnNo, omsgid: msgid, oinfno: '2401' } });
    expect(reversal.answer.output!.data).toEqual({ omsgid: msgid, oinfno: '2401', gw_outcome: 'not_settled', gw_reversal_id: expect.stringMatching(/^R/) });
    const late = await send('2401', admission('ZY-TO-5'), msgid);
    expect(late.answer).toMatchObject({ infcode: -1, gw_code: 'GW_REVERSED', gw_details: { path: 'msgid' } });
    expect(late.answer.err_msg).toContain('冲正');
    // Nothing was admitted under that visit number: a new msgid admits it afresh.
    const fresh = await send('2401', admission('ZY-TO-5'));
    expect(fresh.answer.infcode).toBe(0);
    expect(t.gw.api.visits.get(fresh.answer.output!.result.mdtrt_id as string).status).toBe('open');
  });

  it('2601 names what it cannot reverse: a cancellation is final, an unknown code is refused', async () => {
    const final = await send('2601', { data: { psn_no: psnNo, omsgid: t.his.newMsgid(), oinfno: '2305' } });
    expect(final.answer).toMatchObject({ infcode: -1, gw_code: 'GW_FSI_NOT_REVERSIBLE', gw_details: { path: 'input.data.oinfno' } });
    expect(final.answer.err_msg).toContain('2305');
    const other = await send('2601', { data: { psn_no: psnNo, omsgid: t.his.newMsgid(), oinfno: '1101' } });
    expect(other.answer).toMatchObject({ infcode: -1, gw_code: 'GW_FSI_NOT_REVERSIBLE' });
  });
});
