import { describe, expect, it } from 'vitest';
import { trial } from '../engine/index.ts';
import { trialJson } from '../engine/testing.ts';
import type { SettlementView } from './service.ts';
import { rememberResultJson, settlementViewJson } from './view-json.ts';

const POLICY = 'cn-demo-employee-2026';
const sale = (): SettlementView['result'] => trial(trialJson({ policy: POLICY, visit: { med_type: 'pharmacy' }, lines: [['DRG-A-0001', '24', '0.80', '19.20'], ['SRV-B-0001', '1', '320.00', '320.00']] }));

function view(result: SettlementView['result']): SettlementView {
  return {
    setl_id: 'S1', mdtrt_id: 'M1', psn_no: 'P1', med_type: 'pharmacy', offline: false, setl_time: '2026-11-22T08:00:00.000Z',
    medins_setl_id: null, operator: 'op', session_id: 's', result, cancelled_by: null,
  mdtrt_cert_type: null, interim: false,
  };
}

describe('settlement view JSON', () => {
  it('splices the remembered result text: the same JSON value as serialising the whole view', () => {
    const result = sale();
    const text = JSON.stringify(result);
    rememberResultJson(result, text);
    const json = settlementViewJson(view(result));
    expect(json).toContain(`"result":${text}}`);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(view(result))));
  });

  it('serialises a result it has no text for as usual', () => {
    const result = sale();
    expect(settlementViewJson(view(result))).toBe(JSON.stringify(view(result)));
  });
});
