/**
 * 1101 person information (national-interface.md "Transactions"): the credential in
 * `input.data` → PersonService.identify, the same call as `POST /v1/persons/identify`.
 *
 *   input  {"data":{"mdtrt_cert_type":"02","mdtrt_cert_no":"152201198001011237","card_sn":"",
 *           "psn_cert_type":"01","certno":"152201198001011237","psn_name":"张三"}}
 *   output {"baseinfo":{"psn_no":"15220100000000000001","psn_cert_type":"01","certno":"…",
 *           "psn_name":"张三","gend":"1","brdy":"1980-01-01","age":46,…},
 *           "insuinfo":[{"balc":0.00,"insutype":"390","psn_type":"1501","psn_insu_stas":"1",…}],
 *           "idetinfo":[]}
 */
import { GatewayError } from '../../errors/gateway-error.ts';
import type { CredentialType } from '../../persons/identify.ts';
import { ageOn } from '../../persons/person-types.ts';
import { INSUTYPE_CODES } from '../../settlement/record.ts';
import { fromFen } from '../../../protocol/money.ts';
import type { Fields, TxContext } from '../context.ts';
import { localDate } from '../time.ts';
import { num } from '../wire.ts';
import { genderOf, PSN_TYPE_OF } from '../person-codes.ts';

const CERT_TYPES = ['01', '02', '03'] as const satisfies readonly CredentialType[];

/** The credential the HIS identified the person with, when a settling message says (echoed in setlinfo, kept with the settlement). */
export function certTypeOf(data: Fields): CredentialType | undefined {
  return data.optCode('mdtrt_cert_type', CERT_TYPES);
}

export async function personInfo(ctx: TxContext): Promise<Record<string, unknown>> {
  const data = ctx.input.obj('data');
  const certType = data.code('mdtrt_cert_type', CERT_TYPES);
  // An ID-card lookup may name the number in certno only (psn_cert_type 01).
  const certNo = data.optText('mdtrt_cert_no') ?? (certType === '02' ? data.optText('certno') : undefined);
  if (certNo === undefined) throw new GatewayError('GW_VALIDATION', { detail: 'input.data.mdtrt_cert_no is required', details: { path: 'input.data.mdtrt_cert_no' } });
  const cardSn = data.optText('card_sn');
  const who = await ctx.services.persons.identify({ mdtrt_cert_type: certType, mdtrt_cert_no: certNo, ...(cardSn ? { card_sn: cardSn } : {}) }, ctx.operator.id);
  const p = who.person;
  if (who.offline) ctx.warn('医保中心暂不可达，参保信息取自网关缓存（离线）');
  const today = localDate(ctx.now, ctx.profile.utc_offset_minutes);
  return {
    baseinfo: {
      psn_no: p.psn_no,
      psn_cert_type: '01',
      certno: p.certno,
      psn_name: p.psn_name,
      gend: genderOf(p.certno),
      naty: null,
      brdy: p.birth_date,
      age: num(String(ageOn(p.birth_date, today))),
    },
    insuinfo: [{
      balc: num(fromFen(p.account_balance_fen)),
      insutype: INSUTYPE_CODES[p.insutype],
      psn_type: PSN_TYPE_OF[p.insutype][p.category] ?? null,
      psn_insu_stas: '1',
      psn_insu_date: null,
      paus_insu_date: null,
      cvlserv_flag: '0',
      insuplc_admdvs: p.insuplc_admdvs,
      emp_name: null,
    }],
    idetinfo: [],
    gw_offline_flag: who.offline ? '1' : '0',
    gw_as_of: who.as_of,
  };
}
