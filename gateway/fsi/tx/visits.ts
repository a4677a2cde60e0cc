/**
 * Visits (national-interface.md "Transactions"): 2201 outpatient registration, 2202 its
 * cancel, 2203 visit information, 2401 admission, 2402 discharge, 2403 admission change,
 * 2404 cancel admission, 2405 cancel discharge — each one call of VisitService, the service
 * behind `/v1/visits`. (2601 of a 2401 is in tx/cancel.ts.)
 *
 *   2201 input  {"data":{"psn_no":"…","insutype":"390","begntime":"2026-11-22 08:30:00","mdtrt_cert_type":"02",
 *                "mdtrt_cert_no":"…","ipt_otp_no":"MZ20261122001","atddr_no":"D001","dr_name":"李医生",
 *                "dept_code":"A03","dept_name":"内科","caty":"A03","med_type":"11"}}
 *        output {"data":{"mdtrt_id":"M…","psn_no":"…","ipt_otp_no":"MZ20261122001"}}
 *   2401 input  {"mdtrtinfo":{"psn_no":"…","insutype":"390","med_type":"21","ipt_no":"ZY2026001","begntime":"2026-11-01 09:00:00",
 *                "adm_dept_codg":"A03","atddr_no":"D001",…},"diseinfo":[{"diag_type":"1","maindiag_flag":"1","diag_srt_no":1,
 *                "diag_code":"J18.900","diag_name":"肺炎"}]}
 *        output {"result":{"mdtrt_id":"M…","psn_no":"…","ipt_otp_no":"ZY2026001"}}
 *   2402 input  {"dscginfo":{"mdtrt_id":"M…","psn_no":"…","endtime":"2026-11-20 10:00:00","dscg_way":"1",…},"diseinfo":[…]}
 *        output {}
 *   2202 input  {"data":{"psn_no":"…","mdtrt_id":"M…","ipt_otp_no":"MZ20261122001"}}   output {}
 *   2404 input  {"data":{"psn_no":"…","mdtrt_id":"M…"}}                                 output {}
 *
 * Differences (CONFORMANCE.md): 2203 may change the visit type only while the visit has no
 * fee line (their splits were computed for the old type); 2403 changes the diagnoses only.
 * 2202 / 2404 cancel a visit only without a live settlement and after its fee lines are
 * cancelled (2205 / 2302 "0000"), as the national platform; repeating them answers {} again.
 */
import { GatewayError } from '../../errors/gateway-error.ts';
import type { DiagnosisInput, VisitRequest, VisitView } from '../../settlement/visits.ts';
import type { Fields, TxContext } from '../context.ts';
import { medTypeOf } from '../codes.ts';

/** `diseinfo[]` in the interface's order of `diag_srt_no`, as the service's diagnoses. */
export function diagnosesOf(input: Fields, key = 'diseinfo'): DiagnosisInput[] | undefined {
  if (!input.has(key)) return undefined;
  const items = input.list(key).map((d, i) => ({
    srt: d.has('diag_srt_no') ? Number(d.text('diag_srt_no')) : i + 1,
    diagnosis: {
      diag_type: d.optText('diag_type') ?? '1',
      diag_code: d.text('diag_code'),
      diag_name: d.text('diag_name'),
      ...(d.has('maindiag_flag') ? { maindiag_flag: d.code('maindiag_flag', ['0', '1'] as const) } : {}),
    } satisfies DiagnosisInput,
  }));
  return items.sort((a, b) => a.srt - b.srt).map((x) => x.diagnosis);
}

function visitAnswer(view: VisitView): Record<string, unknown> {
  return { mdtrt_id: view.mdtrt_id, psn_no: view.psn_no, ipt_otp_no: view.ipt_otp_no };
}

/**
 * The visit a message names, checked to belong to the `psn_no` it also names and to be of the
 * kind the transaction is for: 22xx outpatient, 23xx / 24xx inpatient (a 2304 never settles a
 * clinic visit by mistake).
 */
export function visitOf(ctx: TxContext, data: Fields): VisitView {
  const view = ctx.services.visits.get(data.text('mdtrt_id'));
  const psnNo = data.optText('psn_no');
  if (psnNo !== undefined && psnNo !== view.psn_no) throw new GatewayError('GW_VISIT_NOT_FOUND', { details: { path: `${data.path}.mdtrt_id`, mdtrt_id: view.mdtrt_id } });
  const kind = ctx.req.infno.startsWith('22') ? 'outpatient' : ctx.req.infno.startsWith('23') || ctx.req.infno.startsWith('24') ? 'inpatient' : view.kind;
  if (kind !== view.kind) {
    throw new GatewayError('GW_VALIDATION', { detail: `${data.path}.mdtrt_id is an ${view.kind} visit; ${ctx.req.infno} is for ${kind} visits`, details: { path: `${data.path}.mdtrt_id` } });
  }
  return view;
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

export async function outpatientRegister(ctx: TxContext): Promise<Record<string, unknown>> {
  const data = ctx.input.obj('data');
  const request: VisitRequest = {
    psn_no: data.text('psn_no'),
    ipt_otp_no: data.text('ipt_otp_no'),
    med_type: data.has('med_type') ? medTypeOf(data) : 'outpatient',
    ...optional('begntime', data.optDateTime('begntime')),
    ...optional('dept_codg', data.optText('dept_code')),
    ...optional('dr_codg', data.optText('atddr_no')),
    ...optional('special_disease', data.optText('gw_special_disease')),
  };
  return { data: visitAnswer(ctx.services.visits.register(request, ctx.operator)) };
}

export async function outpatientVisitInfo(ctx: TxContext): Promise<Record<string, unknown>> {
  const info = ctx.input.obj('mdtrtinfo');
  const view = visitOf(ctx, info);
  if (info.has('med_type')) {
    const medType = medTypeOf(info);
    const disease = info.optText('gw_special_disease') ?? null;
    if (medType !== view.med_type || (disease !== null && disease !== view.special_disease)) {
      ctx.services.visits.setMedType(view.mdtrt_id, medType, disease, ctx.operator, `${info.path}.med_type`);
    }
  }
  const diagnoses = diagnosesOf(ctx.input);
  if (diagnoses) ctx.services.visits.setDiagnoses(view.mdtrt_id, diagnoses, ctx.operator);
  return {};
}

export async function admit(ctx: TxContext): Promise<Record<string, unknown>> {
  // A 2601 that came before this message burnt its msgid: the admission never takes effect.
  const reversal = ctx.services.cancellations.reversalOfMsgid(ctx.req.msgid);
  if (reversal !== undefined) throw new GatewayError('GW_REVERSED', { details: { path: 'msgid', reversal_id: reversal } });
  const info = ctx.input.obj('mdtrtinfo');
  const diagnoses = diagnosesOf(ctx.input);
  const request: VisitRequest = {
    psn_no: info.text('psn_no'),
    ipt_otp_no: info.text('ipt_no'),
    med_type: medTypeOf(info),
    ...optional('begntime', info.optDateTime('begntime')),
    ...optional('dept_codg', info.optText('adm_dept_codg')),
    ...optional('dr_codg', info.optText('atddr_no')),
    ...optional('diagnoses', diagnoses),
  };
  return { result: visitAnswer(ctx.services.visits.admit(request, ctx.operator)) };
}

export async function discharge(ctx: TxContext): Promise<Record<string, unknown>> {
  const info = ctx.input.obj('dscginfo');
  const view = visitOf(ctx, info);
  const diagnoses = diagnosesOf(ctx.input);
  ctx.services.visits.discharge(view.mdtrt_id, { ...optional('endtime', info.optDateTime('endtime')), ...optional('diagnoses', diagnoses) }, ctx.operator);
  return {};
}

export async function admissionChange(ctx: TxContext): Promise<Record<string, unknown>> {
  const info = ctx.input.obj('adminfo');
  const view = visitOf(ctx, info);
  const diagnoses = diagnosesOf(ctx.input);
  if (diagnoses) ctx.services.visits.setDiagnoses(view.mdtrt_id, diagnoses, ctx.operator);
  return {};
}

/** 2202 门诊挂号撤销 and 2404 入院办理撤销: VisitService.cancel (`POST /v1/visits/:id/cancel`). */
export async function cancelVisit(ctx: TxContext): Promise<Record<string, unknown>> {
  const data = ctx.input.obj('data');
  const view = visitOf(ctx, data);
  const iptOtpNo = data.optText(ctx.req.infno.startsWith('22') ? 'ipt_otp_no' : 'ipt_no');
  if (iptOtpNo !== undefined && iptOtpNo !== view.ipt_otp_no) throw new GatewayError('GW_VISIT_NOT_FOUND', { details: { path: `${data.path}.mdtrt_id`, mdtrt_id: view.mdtrt_id } });
  ctx.services.visits.cancel(view.mdtrt_id, ctx.operator);
  return {};
}

export async function cancelDischarge(ctx: TxContext): Promise<Record<string, unknown>> {
  const data = ctx.input.obj('data');
  const view = visitOf(ctx, data);
  ctx.services.visits.cancelDischarge(view.mdtrt_id, ctx.operator);
  return {};
}
