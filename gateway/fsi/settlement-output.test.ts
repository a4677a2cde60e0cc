import { describe, expect, it } from 'vitest';
import { computeSettlement, parseTrialRequest } from '../engine/index.ts';
import { EMPTY_ACCUMULATORS } from '../engine/accumulators.ts';
import type { SettlementView } from '../settlement/service.ts';
import { lineSplitOf, setlinfoOf } from './settlement-output.ts';
import { stringifyFsiJson } from './wire.ts';

/** A Xing'an resident's five-day stay: the engine's result, wrapped as the store would return it. */
function view(offline: boolean): SettlementView {
  const result = computeSettlement(parseTrialRequest({
    policy: null, insuplc_admdvs: '152201', settle_date: '2026-11-22', facility: { level: 3, remote: false },
    person: { insutype: 'resident', birth_date: '1980-01-01', category: 'adult', contribution_years: 4, blood_disease: false, account_balance: '0.00' },
    accumulators: EMPTY_ACCUMULATORS,
    visit: { med_type: 'inpatient', special_disease: null, exclusion_cause: null, accident: null, referral: 'none', admission_date: '2026-11-17' },
    lines: [{ feedetl_sn: '1', med_list_codg: 'SRV-A-0001', cnt: '5', pric: '40.00', det_item_fee_sumamt: '200.00', hosp_appr_flag: '0' }, { feedetl_sn: '2', med_list_codg: 'SRV-B-0001', cnt: '2', pric: '300.00', det_item_fee_sumamt: '600.00', hosp_appr_flag: '0' }],
  }));
  return {
    setl_id: 'S1', mdtrt_id: 'M1', psn_no: 'P1', med_type: 'inpatient', offline, setl_time: '2026-11-22T13:03:37.120Z', medins_setl_id: 'H15220100001202611222103370001',
    operator: 'cashier-01', session_id: 's1', result, cancelled_by: null,
  mdtrt_cert_type: null, interim: false,
  };
}

describe('setlinfo from a stored settlement', () => {
  it('copies the engine\'s amounts as number literals, local time, national codes, and marks an offline settlement', () => {
    const online = setlinfoOf(view(false), undefined, 480);
    const offline = setlinfoOf(view(true), undefined, 480);
    const text = stringifyFsiJson(online, 'number');
    const r = view(false).result.setlinfo;
    expect(text).toContain(`"medfee_sumamt":800.00,`);
    expect(text).toContain(`"fund_pay_sumamt":${r.fund_pay_sumamt},`);
    expect(text).toContain(`"pool_prop_selfpay":${r.pool_prop_selfpay},`);
    expect(online).toMatchObject({ setl_time: '2026-11-22 21:03:37', insutype: '390', med_type: '21', medins_setl_id: 'H15220100001202611222103370001', psn_name: null, gw_offline_flag: '0' });
    // 余额 is the account balance after this settlement's account payment, as the engine priced it.
    expect(text).toContain('"balc":0.00,');
    expect(offline.gw_offline_flag).toBe('1');
    expect(stringifyFsiJson(offline, 'string')).toContain('"medfee_sumamt":"800.00"');
  });

  it('answers each line with the catalogue\'s marks: a special examination item is list_sp_item_flag "1"', () => {
    const [bed, ct] = view(false).result.lines.map((l) => lineSplitOf(l));
    expect(bed).toMatchObject({ med_list_codg: 'SRV-A-0001', list_sp_item_flag: '0', bas_medn_flag: '0' });
    expect(ct).toMatchObject({ med_list_codg: 'SRV-B-0001', list_sp_item_flag: '1', bas_medn_flag: '0', hi_nego_drug_flag: '0', chld_medc_flag: '0', drt_reim_flag: '0' });
  });
});
