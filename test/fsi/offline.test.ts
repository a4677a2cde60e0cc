/**
 * Offline marks through the national interface (CONFORMANCE.md "What the gateway does
 * differently"): when the centre stays silent, 1101 answers from the gateway's cached record
 * and a 2102 settles offline inside the settle budget — both say so in `gw_offline_flag`,
 * and 1101 in `warn_msg`, so the HIS can show it. The technique (an hour-old confirmation,
 * the centre simulator's timeout fault) is test/api/budget.test.ts's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFsiGateway, DRUG_LINES, ZHANG_SAN, num, type FsiTestGateway } from './support.ts';

let t: FsiTestGateway;
let sign: string;
let psnNo: string;

beforeAll(async () => {
  t = await startFsiGateway({ settleBudgetMs: 400 });
  sign = await t.his.signIn('cashier-01');
  psnNo = (await t.his.send('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN } }, { signNo: sign })).answer.output!.baseinfo.psn_no;
});
afterAll(async () => {
  await t?.close();
});

describe('the centre silent', () => {
  it('1101 answers the cached person, and 2102 settles offline, each marked', async () => {
    t.gw.db.prepare('UPDATE accumulator_snapshots SET taken_at = ? WHERE psn_no = ?').run(new Date(Date.now() - 3600_000).toISOString(), psnNo);
    t.center.setFaults({ timeoutRate: 1 });
    try {
      const who = await t.his.send('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: ZHANG_SAN } }, { signNo: sign });
      expect(who.answer.infcode).toBe(0);
      expect(who.answer.output!.baseinfo.psn_no).toBe(psnNo);
      expect(who.answer.output!.gw_offline_flag).toBe('1');
      expect(who.answer.warn_msg).toBe('医保中心暂不可达，参保信息取自网关缓存（离线）');

      const sale = await t.his.send('2102', { data: { psn_no: psnNo, medfee_sumamt: num('51.00'), acct_used_flag: '0' }, drugdetail: DRUG_LINES }, { signNo: sign });
      expect(sale.answer.infcode).toBe(0);
      expect(sale.answer.output!.setlinfo).toMatchObject({ gw_offline_flag: '1', medfee_sumamt: '51.00' });
      const query = await t.his.send('5203', { data: { setl_id: sale.answer.output!.setlinfo.setl_id } }, { signNo: sign });
      expect(query.answer.output!.setlinfo.gw_offline_flag).toBe('1');
    } finally {
      t.center.resetFaults();
    }
  });
});
