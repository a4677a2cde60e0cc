/**
 * computeSettlement: (policy, person, accumulators, visit, lines) → the settlement, in the
 * order of benefit-rules.md ("Order of computation for one settlement"), one pass over the
 * lines in integer fen. Pure: no I/O, no clock, no randomness; the same request gives the
 * same answer. Every yuan is explained in `trace`.
 */
import { GatewayError } from '../errors/gateway-error.ts';
import type { Catalogue, CatalogueEntry } from '../catalogue/catalogue.ts';
import { addMonths, ageOn } from './dates.ts';
import { deductibleFor } from './deductible.ts';
import { fen, mulDivHalfUp, parseScaled, pct, percentText, percentToBp, ratioText, yuan } from './fixed.ts';
import { lineNumbers } from './parse.ts';
import { isEffective, selectPolicy, type PolicyRegistry } from './policy.ts';
import type { Adjustment, CapRule, CoveredVisit, Policy, Pool, Tier, VisitRule } from './policy-types.ts';
import type { AccumulatorsDelta, ChrgitmLv, LineSplit, SetlDetail, SettlementResult, SpecialDisease, TraceStep, TrialRequest, Warning } from './types.ts';

export interface EngineContext {
  readonly policies: PolicyRegistry;
  readonly catalogue: Catalogue;
}

const RULES = 'benefit-rules.md';
const FULL = 10_000;

/** The policy named in the request (checked against insutype, date and region), or the one chosen by region. */
export function resolvePolicy(req: TrialRequest, registry: PolicyRegistry): Policy {
  if (req.policy === null) {
    return selectPolicy(registry, { insuplc_admdvs: req.insuplc_admdvs, insutype: req.person.insutype, date: req.settle_date });
  }
  const p = registry.get(req.policy);
  if (!p) throw new GatewayError('GW_POLICY_UNKNOWN', { detail: req.policy, details: { path: 'policy', policy: req.policy, known: registry.policies.map((x) => x.id) } });
  const notApplicable = (path: string, why: string): GatewayError =>
    new GatewayError('GW_POLICY_NOT_APPLICABLE', { detail: `${p.id}: ${why}`, details: { path, policy: p.id, problem: why } });
  if (p.insutype !== req.person.insutype) throw notApplicable('person.insutype', `the policy is for ${p.insutype}`);
  if (!isEffective(p, req.settle_date)) throw notApplicable('settle_date', `in force ${p.effective.from} to ${p.effective.to ?? 'open'}`);
  const region = req.insuplc_admdvs;
  if (region !== null && !p.region.admdvs_prefixes.some((prefix) => region.startsWith(prefix))) {
    throw notApplicable('insuplc_admdvs', `the policy covers regions ${p.region.admdvs_prefixes.join(', ')}`);
  }
  return p;
}


/** A catalogue mark as the national interface writes it. */
const flag = (on: boolean | undefined): '0' | '1' => (on === true ? '1' : '0');

/** Whether `price` reaches a threshold: from it on ("以上", included) or only above it ("超过"). */
const reaches = (price: number, min: number, included: boolean): boolean => (included ? price >= min : price > min);

function needsApproval(approval: NonNullable<Policy['catalogue']['approval']>, entry: CatalogueEntry, pricMicro: number, specialMin: number, materialMin: number): boolean {
  if (entry.special_exam && reaches(pricMicro, specialMin, approval.special_exam_min_included)) return true;
  if (entry.category === 'material' && reaches(pricMicro, materialMin, approval.material_min_included)) return true;
  return approval.blood_protein && entry.category === 'blood_protein';
}

function capAmount(cap: CapRule, req: TrialRequest, age: number, notes: string[]): number {
  let amount = fen(cap.amount);
  const mb = cap.minor_blood_disease;
  if (mb && req.person.blood_disease && age < mb.age_below) {
    amount = fen(mb.amount);
    notes.push(`minor_blood_disease ${mb.amount} (${mb.article})`);
  }
  const cb = cap.contribution_bonus;
  if (cb && req.person.contribution_years >= cb.min_years) {
    amount += fen(cb.amount);
    notes.push(`+${cb.amount} for ${cb.min_years}+ contribution years (${cb.article})`);
  }
  return amount;
}

const POOL_ACC = { hifp: 'hifp_paid', accident: 'accident_paid', outpatient: 'outpatient_paid' } as const satisfies Record<Pool, keyof TrialRequest['accumulators']>;
const POOL_ZH: Record<Pool, string> = { hifp: '基本医疗统筹基金年度最高支付限额', accident: '学生无责任意外伤害年度限额', outpatient: '门诊统筹年度限额' };
const POOL_EN: Record<Pool, string> = { hifp: 'basic fund annual cap', accident: "students' accident annual cap", outpatient: 'outpatient pooling annual limit' };

const ADJUSTMENT_ZH: Record<Adjustment['kind'], string> = { contribution_step: '连续缴费年限', contribution_per_year: '连续缴费年限', category: '人员类别', remote: '异地就医', referral: '转诊备案' };
const ADJUSTMENT_EN: Record<Adjustment['kind'], string> = { contribution_step: 'contribution years', contribution_per_year: 'contribution years', category: 'person category', remote: 'remote treatment', referral: 'referral' };

interface Limit {
  readonly fen: number;
  readonly zh: string;
  readonly en: string;
  readonly article: string;
}

export function computeSettlement(req: TrialRequest, ctx: EngineContext): SettlementResult {
  const policy = resolvePolicy(req, ctx.policies);
  const catalogue = ctx.catalogue;
  const nums = lineNumbers(req);
  const date = req.settle_date;
  const medType = req.visit.med_type;
  const level = req.facility.level;
  const acc = req.accumulators;
  const age = ageOn(req.person.birth_date, date);
  const trace: TraceStep[] = [];
  const warnings: Warning[] = [];
  const step = (rule: string, article: string, amounts: Record<string, string>, zh: string, en: string): void => {
    trace.push({ rule, article, amounts, text_zh: zh, text_en: en });
  };
  const warn = (code: string, zh: string, en: string): void => {
    warnings.push({ code, text_zh: zh, text_en: en });
  };

  // ---- Steps 1–5, line by line: total, entirely self-paid, over limit, class-B first self-pay, in scope.
  const cat = policy.catalogue;
  const approval = cat.approval && cat.approval.med_types.includes(medType) ? cat.approval : null;
  const specialMin = approval ? parseScaled(approval.special_exam_min_price, 6) : 0;
  const materialMin = approval ? parseScaled(approval.material_min_price, 6) : 0;
  const bpClassB = percentToBp(cat.class_b_drug_selfpay.percent);
  const bpSpecial = percentToBp(cat.special_exam_selfpay.percent);
  const excludeImportedDrug = cat.imported_class_b_drug_excluded.excluded;
  const excludeImportedMaterial = cat.imported_material_excluded.excluded;

  let total = 0, fulamt = 0, overlmt = 0, presel = 0;
  let classC = 0, unknown = 0, regionExcluded = 0, noApproval = 0, approved = 0;
  const unknownCodes: string[] = [];
  const noApprovalLines: string[] = [];
  const lines: LineSplit[] = new Array<LineSplit>(req.lines.length);
  const seen = new Map<string, CatalogueEntry | undefined>();
  for (let i = 0; i < req.lines.length; i++) {
    const line = req.lines[i]!;
    const n = nums[i]!;
    const amount = n.amount;
    total += amount;
    // A bill repeats codes (a bed-day a day, the same drug each round): look each up once.
    let entry = seen.get(line.med_list_codg);
    if (entry === undefined && !seen.has(line.med_list_codg)) {
      entry = catalogue.lookup(line.med_list_codg, date);
      seen.set(line.med_list_codg, entry);
    }
    let full = 0, over = 0, pre = 0, selfBp = 0;
    let lv: ChrgitmLv = '03';
    let memo = '';
    if (entry === undefined || entry.class === 'C') {
      full = amount;
      if (entry === undefined) {
        unknown += amount;
        if (unknownCodes.length < 10 && !unknownCodes.includes(line.med_list_codg)) unknownCodes.push(line.med_list_codg);
        memo = 'not_in_catalogue';
      } else {
        classC += amount;
        memo = 'class_c';
      }
    } else {
      lv = entry.class === 'A' ? '01' : '02';
      const isDrug = entry.category === 'drug' || entry.category === 'blood_protein';
      if (entry.imported && excludeImportedDrug && isDrug && entry.class === 'B') {
        full = amount;
        regionExcluded += amount;
        memo = 'imported_class_b_drug_excluded';
      } else if (entry.imported && excludeImportedMaterial && entry.category === 'material') {
        full = amount;
        regionExcluded += amount;
        memo = 'imported_material_excluded';
      } else if (approval && needsApproval(approval, entry, n.pric, specialMin, materialMin)) {
        if (line.hosp_appr_flag === '1') {
          approved += amount;
        } else {
          full = amount;
          noApproval += amount;
          if (noApprovalLines.length < 10) noApprovalLines.push(`${line.feedetl_sn} ${entry.name}`);
          memo = 'approval_missing';
        }
      }
      if (full === 0) {
        const ceiling = entry.ceiling_micro;
        if (ceiling !== null && n.pric > ceiling) {
          // (price − ceiling) × count, half-up to the fen: (1,300.00 − 1,200.00) × 1 = 100.00.
          over = mulDivHalfUp(n.pric - ceiling, n.cnt, 100_000_000);
          memo = 'over_price_ceiling';
        }
        selfBp = entry.special_exam ? bpSpecial : entry.class === 'B' && isDrug ? bpClassB : 0;
        if (selfBp > 0) {
          pre = pct(amount - over, selfBp);
          memo = memo === '' ? 'class_b_first_selfpay' : `${memo},class_b_first_selfpay`;
        }
      }
    }
    fulamt += full;
    overlmt += over;
    presel += pre;
    lines[i] = {
      feedetl_sn: line.feedetl_sn,
      med_list_codg: line.med_list_codg,
      med_list_name: entry?.name ?? null,
      chrgitm_lv: lv,
      det_item_fee_sumamt: yuan(amount),
      fulamt_ownpay_amt: yuan(full),
      overlmt_amt: yuan(over),
      preselfpay_amt: yuan(pre),
      inscp_scp_amt: yuan(amount - full - over - pre),
      pric_uplmt_amt: entry?.price_ceiling ?? null,
      selfpay_prop: ratioText(full > 0 ? FULL : selfBp),
      memo,
      bas_medn_flag: flag(entry?.marks?.essential),
      hi_nego_drug_flag: flag(entry?.marks?.negotiated),
      drt_reim_flag: flag(entry?.marks?.direct_reimbursement),
      chld_medc_flag: flag(entry?.marks?.children),
      list_sp_item_flag: flag(entry?.special_exam),
    };
  }
  if (!Number.isSafeInteger(total)) throw new GatewayError('GW_VALIDATION', { detail: 'lines: total out of range', details: { path: 'lines', problem: 'total out of range' } });
  const inscope = total - fulamt - overlmt - presel;

  step('total', `${RULES} step 1`, { medfee_sumamt: yuan(total) }, `医疗费用总额 ${yuan(total)}（${req.lines.length} 条明细）`, `Total ${yuan(total)} (${req.lines.length} lines)`);
  if (fulamt > 0) {
    step('entirely_self_paid', `${RULES} step 2; ${cat.imported_class_b_drug_excluded.article}; ${approval?.article ?? ''}`.replace(/; $/, ''),
      { fulamt_ownpay_amt: yuan(fulamt), out_of_catalogue: yuan(classC + unknown), region_excluded: yuan(regionExcluded), approval_missing: yuan(noApproval) },
      `全自费 ${yuan(fulamt)}：目录外（丙类或未知编码）${yuan(classC + unknown)}，本地区不予支付（进口乙类药品、进口材料）${yuan(regionExcluded)}，未经审批 ${yuan(noApproval)}`,
      `Entirely self-paid ${yuan(fulamt)}: out of catalogue (class C or unknown code) ${yuan(classC + unknown)}, excluded in this region (imported class-B drugs, imported materials) ${yuan(regionExcluded)}, without prior approval ${yuan(noApproval)}`);
  }
  if (unknownCodes.length > 0) {
    warn('NOT_IN_CATALOGUE', `以下编码不在医保目录（${catalogue.version}）中，按自费处理：${unknownCodes.join('、')}`, `These codes are not in the catalogue (${catalogue.version}) and are self-paid: ${unknownCodes.join(', ')}`);
  }
  if (noApproval > 0 && approval) {
    warn('APPROVAL_MISSING', `以下项目须事先审批但未审批（${approval.article}），全部自费：${noApprovalLines.join('、')}`, `These items need prior approval and have none (${approval.article}), so they are self-paid: ${noApprovalLines.join(', ')}`);
  }
  if (approved > 0 && approval) {
    step('approval', approval.article, { approved: yuan(approved) }, `已审批的特殊检查治疗/贵重材料/血液蛋白类 ${yuan(approved)} 纳入支付范围`, `Items with prior approval ${yuan(approved)} are within scope`);
  }
  if (overlmt > 0) {
    step('over_limit', `${RULES} step 3`, { overlmt_selfpay: yuan(overlmt) }, `单价超过目录限价的部分 ${yuan(overlmt)} 自付`, `Unit prices above the catalogue ceiling: ${yuan(overlmt)} self-paid`);
  }
  if (presel > 0) {
    step('class_b_first_selfpay', cat.class_b_drug_selfpay.article, { preselfpay_amt: yuan(presel) },
      `乙类药品先自付 ${cat.class_b_drug_selfpay.percent}%、特殊检查治疗先自付 ${cat.special_exam_selfpay.percent}%，共 ${yuan(presel)}`,
      `Class-B drugs ${cat.class_b_drug_selfpay.percent}% and special examinations/treatments ${cat.special_exam_selfpay.percent}% first self-pay: ${yuan(presel)}`);
  }
  step('in_scope', `${RULES} step 5`, { inscp_scp_amt: yuan(inscope) }, `符合范围费用 ${yuan(total)} − ${yuan(fulamt)} − ${yuan(overlmt)} − ${yuan(presel)} = ${yuan(inscope)}`,
    `In scope ${yuan(total)} − ${yuan(fulamt)} − ${yuan(overlmt)} − ${yuan(presel)} = ${yuan(inscope)}`);

  if (policy.onsite_audit && policy.onsite_audit.med_types.includes(medType) && total >= fen(policy.onsite_audit.min_total)) {
    warn('ONSITE_AUDIT', `单次住院医保费用 ${yuan(total)} 达到 ${policy.onsite_audit.min_total} 元，将进行实地审核（${policy.onsite_audit.article}）`,
      `A single stay of ${yuan(total)} reaches ${policy.onsite_audit.min_total}: the agency will audit it on site (${policy.onsite_audit.article})`);
  }

  // ---- Which rule, if any, lets the funds pay.
  let rule: VisitRule = policy.visits[medType];
  let accidentApplied = false;
  let blocked: { article: string; zh: string; en: string; code: string } | null = null;
  const cause = req.visit.exclusion_cause;
  if (cause !== null && policy.exclusions.causes.includes(cause)) {
    blocked = { code: 'EXCLUDED', article: policy.exclusions.article, zh: `因${cause}发生的医疗费用，医保基金不予支付`, en: `Costs caused by ${cause} are not paid by any fund` };
  } else if (cause !== null) {
    warn('EXCLUSION_NOT_IN_POLICY', `本政策未把 ${cause} 列为不予支付情形，按一般规定结算`, `This policy does not exclude ${cause}; settled by the ordinary rules`);
  }
  const nf = policy.no_fund.find((r) => r.referral.includes(req.visit.referral) && (!r.remote_only || req.facility.remote));
  if (!blocked && nf) {
    blocked = { code: 'REFERRAL_NOT_PAID', article: nf.article, zh: '未经医保经办机构同意自行到外地就医，医保基金不予支付', en: 'Treatment elsewhere without the agency’s consent is not paid by any fund' };
  }
  if (!blocked && req.visit.accident === 'student_no_fault') {
    const a = policy.accident;
    if (a && a.categories.includes(req.person.category) && (a.max_age === undefined || age <= a.max_age.years)) {
      const override = a.visits[medType];
      if (override) {
        rule = override;
        accidentApplied = true;
      }
      step('accident', a.article, {}, override ? '按学生无责任意外伤害规定结算' : '学生无责任意外伤害：此就诊类型按一般规定结算',
        override ? "Settled under the students' no-fault accident rule" : "Students' no-fault accident: this visit type follows the ordinary rules");
    } else {
      warn('ACCIDENT_NOT_APPLICABLE', '本政策对此参保人员没有无责任意外伤害待遇，按一般规定结算', 'This policy has no no-fault accident benefit for this person; settled by the ordinary rules');
    }
  }
  if (!blocked && !rule.covered) {
    blocked = { code: 'NOT_COVERED', article: rule.article, zh: `本政策基金不支付此类就诊（${medType}）`, en: `This policy's funds do not pay for this visit type (${medType})` };
  }
  const disease: SpecialDisease | null = req.visit.special_disease;
  if (!blocked && medType === 'special_outpatient' && disease !== null && !policy.special_outpatient.diseases.includes(disease)) {
    blocked = { code: 'DISEASE_NOT_COVERED', article: policy.special_outpatient.article, zh: `${disease} 不是本政策的特殊病门诊病种`, en: `${disease} is not a special outpatient disease under this policy` };
  }

  const delta: AccumulatorsDelta = {
    earlier_admissions: 0, hifp_paid: '0.00', hifmi_paid: '0.00', inscp_toward_ceiling: '0.00', accident_paid: '0.00',
    special_outpatient_paid: {}, outpatient_paid: '0.00', maf_paid: '0.00', hifmi_base: '0.00', maf_base: '0.00',
  };
  const setldetail: SetlDetail[] = [];
  let dedc = 0, hifp = 0, ratioBp = 0;
  const tierPaid: Record<'hifmi' | 'maf', number> = { hifmi: 0, maf: 0 };

  if (blocked) {
    step('no_fund', blocked.article, { fund_pay_sumamt: '0.00' }, blocked.zh, blocked.en);
    warn(blocked.code, `${blocked.zh}（${blocked.article}）`, `${blocked.en} (${blocked.article})`);
  } else {
    const r = rule as CoveredVisit;
    // ---- Long stays count as a new admission every N months (Xing'an 待遇支付 art. 5).
    let periods = 1;
    const adm = req.visit.admission_date;
    if (r.admission && policy.long_stay && adm !== null) {
      while (addMonths(adm, policy.long_stay.months * periods) < date) periods++;
      if (periods > 1) {
        step('long_stay', policy.long_stay.article, { periods: String(periods) }, `住院超过 ${policy.long_stay.months} 个月，按 ${periods} 次住院计算起付标准`,
          `A stay longer than ${policy.long_stay.months} months counts as ${periods} admissions`);
      }
    }

    // ---- Ceiling split (Gansu): in-scope below what is left of the yearly eligible-cost ceiling.
    let below = inscope, above = 0;
    if (r.ceiling && policy.ceiling) {
      const room = Math.max(0, fen(policy.ceiling.amount) - fen(acc.inscp_toward_ceiling));
      below = Math.min(inscope, room);
      above = inscope - below;
      delta.inscp_toward_ceiling = yuan(inscope);
      step('ceiling', policy.ceiling.article, { ceiling: policy.ceiling.amount, counted_before: acc.inscp_toward_ceiling, below: yuan(below), above: yuan(above) },
        `年度封顶线 ${policy.ceiling.amount}，此前已计 ${acc.inscp_toward_ceiling}：线下 ${yuan(below)}，线上 ${yuan(above)}`,
        `Yearly eligible-cost ceiling ${policy.ceiling.amount}, ${acc.inscp_toward_ceiling} counted before: ${yuan(below)} below, ${yuan(above)} above`);
    }

    // ---- Interim settlements (中途结算) of this same stay. The deductible is the stay's, paid
    // once per admission (benefit-rules.md step 6, "deductible for this visit"; Xing'an 待遇
    // art. 3 counts admissions, not settlements): the accumulators already hold the admissions
    // the stay's earlier settlements counted, so they are taken out again before the ordinal
    // is read (the stay is not an earlier admission of itself), and this settlement takes
    // only what is left of the stay's deductible. A long stay's periods are counted from the
    // admission date as before; only the periods not yet counted go into the delta.
    const before = req.visit.admission_settled_before;
    const countedBefore = r.admission && before ? before.admissions : 0;
    const dedcBefore = before ? fen(before.act_pay_dedc) : 0;
    const earlierAdmissions = Math.max(0, acc.earlier_admissions - countedBefore);

    // ---- Step 6: deductible, taken from the part below the ceiling first.
    let dBelow = 0, dAbove = 0;
    if (r.deductible) {
      const d = deductibleFor(r.deductible, { level, remote: req.facility.remote, earlierAdmissions, periods, age, referral: req.visit.referral });
      const due = Math.max(0, d.fen - dedcBefore);
      dedc = Math.min(inscope, due);
      dBelow = Math.min(below, dedc);
      dAbove = dedc - dBelow;
      const interimZh = before ? `；本次住院此前的中途结算已负担 ${yuan(dedcBefore)}，尚余 ${yuan(due)}` : '';
      const interimEn = before ? `; earlier interim settlements of this stay paid ${yuan(dedcBefore)}, ${yuan(due)} left` : '';
      step('deductible', r.deductible.article, { deductible: yuan(d.fen), ...(before ? { paid_before: yuan(dedcBefore) } : {}), act_pay_dedc: yuan(dedc) },
        `${d.zh.join('；')}${interimZh}；本次实付起付标准 ${yuan(dedc)}`, `${d.en.join('; ')}${interimEn}; deductible paid ${yuan(dedc)}`);
    }

    // ---- Ratio: the level's ratio plus the adjustments, clamped to 0–100 %.
    ratioBp = percentToBp(r.ratio[`level_${level}`]);
    const ratioZh = [`${level}级医院 ${r.ratio[`level_${level}`]}%`];
    const ratioEn = [`level ${level}: ${r.ratio[`level_${level}`]}%`];
    const years = req.person.contribution_years;
    for (const a of r.adjustments) {
      let pts = 0;
      switch (a.kind) {
        case 'contribution_step':
          pts = years >= a.min_years ? a.points : 0;
          break;
        case 'contribution_per_year':
          pts = Math.min(a.max_points, Math.max(0, years - a.after_years) * a.points_per_year);
          break;
        case 'category':
          pts = a.categories.includes(req.person.category) ? a.points : 0;
          break;
        case 'remote':
          pts = req.facility.remote ? a.points : 0;
          break;
        case 'referral':
          pts = a.referral.includes(req.visit.referral) && (!a.remote_only || req.facility.remote) && level >= a.min_level ? a.points : 0;
          break;
        default: {
          const never: never = a;
          throw new Error(`unknown adjustment ${JSON.stringify(never)}`);
        }
      }
      if (pts !== 0) {
        ratioBp += percentToBp(pts);
        ratioZh.push(`${ADJUSTMENT_ZH[a.kind]} ${pts > 0 ? '+' : ''}${pts}（${a.article}）`);
        ratioEn.push(`${ADJUSTMENT_EN[a.kind]} ${pts > 0 ? '+' : ''}${pts} (${a.article})`);
      }
    }
    ratioBp = Math.min(FULL, Math.max(0, ratioBp));

    // ---- Step 7: basic fund, rounded once, then limited by what remains of its caps.
    const base = below - dBelow;
    let raw: number;
    let howZh: string;
    let howEn: string;
    if (r.flat_amount) {
      raw = Math.min(base, fen(r.flat_amount.amount));
      howZh = `定额 ${r.flat_amount.amount}，实际费用低于定额的据实结算：${yuan(raw)}`;
      howEn = `flat amount ${r.flat_amount.amount}, or the actual cost when lower: ${yuan(raw)}`;
    } else {
      raw = pct(base, ratioBp);
      howZh = `（${yuan(below)} − ${yuan(dBelow)}）× ${percentText(ratioBp)}（${ratioZh.join('，')}）= ${yuan(raw)}`;
      howEn = `(${yuan(below)} − ${yuan(dBelow)}) × ${percentText(ratioBp)} (${ratioEn.join(', ')}) = ${yuan(raw)}`;
    }
    const limits: Limit[] = [];
    if (r.pool) {
      const capRule = policy.caps[r.pool];
      if (capRule) {
        const notes: string[] = [];
        const cap = capAmount(capRule, req, age, notes);
        const paid = fen(acc[POOL_ACC[r.pool]]);
        limits.push({ fen: Math.max(0, cap - paid), zh: `${POOL_ZH[r.pool]} ${yuan(cap)}，已付 ${yuan(paid)}`, en: `${POOL_EN[r.pool]} ${yuan(cap)}${notes.length ? ` (${notes.join('; ')})` : ''}, ${yuan(paid)} paid`, article: capRule.article });
      }
    }
    if (medType === 'special_outpatient' && disease !== null) {
      for (const g of policy.special_outpatient.cap_groups) {
        if (!g.diseases.includes(disease)) continue;
        let paid = 0;
        for (const d of g.diseases) paid += fen(acc.special_outpatient_paid[d] ?? '0');
        limits.push({ fen: Math.max(0, fen(g.amount) - paid), zh: `特殊病门诊（${g.diseases.join('、')}）年度限额 ${g.amount}，已付 ${yuan(paid)}`, en: `special outpatient (${g.diseases.join(', ')}) yearly cap ${g.amount}, ${yuan(paid)} paid`, article: g.article });
      }
    }
    if (r.per_visit_cap) {
      limits.push({ fen: fen(r.per_visit_cap.amount), zh: `每次最高支付 ${r.per_visit_cap.amount}`, en: `at most ${r.per_visit_cap.amount} a visit`, article: r.per_visit_cap.article });
    }
    hifp = raw;
    let binding: Limit | undefined;
    for (const l of limits) {
      if (l.fen < hifp) {
        hifp = l.fen;
        binding = l;
      }
    }
    const limitFen = limits.length > 0 ? Math.min(...limits.map((l) => l.fen)) : raw;
    step('basic_fund', `${RULES} step 7; ${r.article}`, { base: yuan(base), ratio: ratioText(ratioBp), computed: yuan(raw), remaining_cap: yuan(limitFen), hifp_pay: yuan(hifp) },
      `基本医疗保险统筹基金 ${howZh}${binding ? `；受${binding.zh}限制，支付 ${yuan(hifp)}（${binding.article}）` : ''}`,
      `Basic fund ${howEn}${binding ? `; limited by the ${binding.en} to ${yuan(hifp)} (${binding.article})` : ''}`);
    if (binding) warn('CAP_REACHED', `${binding.zh}，本次基金只支付 ${yuan(hifp)}`, `${binding.en}: the fund pays only ${yuan(hifp)} this time`);
    const hifpInfo = policy.funds.hifp;
    setldetail.push({ fund_pay_type: hifpInfo.fund_pay_type, fund_pay_type_name: hifpInfo.name_zh, inscp_scp_amt: yuan(below), crt_payb_lmt_amt: yuan(limitFen), fund_payamt: yuan(hifp), setl_proc_info: howZh });

    if (r.pool) delta[POOL_ACC[r.pool]] = yuan(hifp);
    if (accidentApplied) delta.accident_paid = yuan(hifp);
    if (medType === 'special_outpatient' && disease !== null) delta.special_outpatient_paid = { [disease]: yuan(hifp) };
    if (r.admission) delta.earlier_admissions = Math.max(0, periods - countedBefore);

    // ---- Step 8: higher tiers on what the lower tiers left.
    let left = inscope - hifp;
    for (const t of policy.tiers) {
      if (!t.med_types.includes(medType) || (t.categories !== null && !t.categories.includes(req.person.category))) continue;
      const paid = tierTrace(t, t.base === 'above_ceiling' ? above - dAbove : left);
      left -= paid;
    }

    function tierTrace(t: Tier, tierBase: number): number {
      const info = policy.funds[t.fund]!;
      const before = fen(acc[`${t.fund}_base`]);
      const thresholdLeft = Math.max(0, fen(t.threshold) - before);
      const eligible = Math.max(0, tierBase - thresholdLeft);
      const bp = percentToBp(t.percent);
      const computed = pct(eligible, bp);
      const remaining = Math.max(0, fen(t.cap) - fen(acc[`${t.fund}_paid`]));
      const pay = Math.min(computed, remaining);
      tierPaid[t.fund] += pay;
      delta[`${t.fund}_base`] = yuan(fen(delta[`${t.fund}_base`]) + tierBase);
      delta[`${t.fund}_paid`] = yuan(fen(delta[`${t.fund}_paid`]) + pay);
      const how = `本次 ${yuan(tierBase)}，超过年度起付线（尚余 ${yuan(thresholdLeft)}）的部分 ${yuan(eligible)} × ${t.percent}% = ${yuan(computed)}`;
      step(`tier_${t.fund}`, t.article, { base: yuan(tierBase), threshold_left: yuan(thresholdLeft), computed: yuan(computed), remaining_cap: yuan(remaining), [`${t.fund}_pay`]: yuan(pay) },
        `${info.name_zh} ${how}${pay < computed ? `；年度限额 ${t.cap} 余 ${yuan(remaining)}，支付 ${yuan(pay)}` : ''}`,
        `${info.name_en}: of ${yuan(tierBase)}, the part above the yearly threshold (${yuan(thresholdLeft)} left) ${yuan(eligible)} × ${t.percent}% = ${yuan(computed)}${pay < computed ? `; yearly cap ${t.cap} has ${yuan(remaining)} left, pays ${yuan(pay)}` : ''}`);
      if (pay < computed) warn('CAP_REACHED', `${info.name_zh}年度限额 ${t.cap} 已用尽或不足`, `${info.name_en}: yearly cap ${t.cap} is used up or short`);
      if (tierBase > 0) setldetail.push({ fund_pay_type: info.fund_pay_type, fund_pay_type_name: info.name_zh, inscp_scp_amt: yuan(tierBase), crt_payb_lmt_amt: yuan(remaining), fund_payamt: yuan(pay), setl_proc_info: how });
      return pay;
    }
  }

  // ---- Step 9: the person's part; the personal account first when the policy and visit allow.
  const fundSum = hifp + tierPaid.hifmi + tierPaid.maf;
  const person = total - fundSum;
  const accountOk = policy.account !== null && policy.account.med_types.includes(medType);
  const balance = fen(req.person.account_balance);
  const acct = accountOk ? Math.min(balance, person) : 0;
  const cash = person - acct;
  step('person', `${RULES} step 9${policy.account ? `; ${policy.account.article}` : ''}`, { fund_pay_sumamt: yuan(fundSum), psn_part_amt: yuan(person), acct_pay: yuan(acct), psn_cash_pay: yuan(cash) },
    `基金合计 ${yuan(fundSum)}；个人负担 ${yuan(total)} − ${yuan(fundSum)} = ${yuan(person)}，其中个人账户 ${yuan(acct)}${accountOk ? `（余额 ${yuan(balance)}）` : policy.account ? '（此类就诊不能使用个人账户）' : '（无个人账户）'}，现金 ${yuan(cash)}`,
    `Funds ${yuan(fundSum)}; the person pays ${yuan(total)} − ${yuan(fundSum)} = ${yuan(person)}: personal account ${yuan(acct)}${accountOk ? ` (balance ${yuan(balance)})` : policy.account ? ' (not usable for this visit type)' : ' (no personal account)'}, cash ${yuan(cash)}`);

  const benefitYear = Number((policy.benefit_year.basis === 'admission' && req.visit.admission_date !== null ? req.visit.admission_date : date).slice(0, 4));
  return {
    policy: policy.id,
    catalogue_version: catalogue.version,
    insutype: policy.insutype,
    med_type: medType,
    benefit_year: benefitYear,
    setlinfo: {
      medfee_sumamt: yuan(total),
      fulamt_ownpay_amt: yuan(fulamt),
      overlmt_selfpay: yuan(overlmt),
      preselfpay_amt: yuan(presel),
      inscp_scp_amt: yuan(inscope),
      act_pay_dedc: yuan(dedc),
      hifp_pay: yuan(hifp),
      pool_prop_selfpay: ratioText(ratioBp),
      hifmi_pay: yuan(tierPaid.hifmi),
      maf_pay: yuan(tierPaid.maf),
      fund_pay_sumamt: yuan(fundSum),
      psn_part_amt: yuan(person),
      acct_pay: yuan(acct),
      psn_cash_pay: yuan(cash),
      balc: yuan(balance - acct),
    },
    setldetail,
    lines,
    trace,
    warnings,
    accumulators_delta: delta,
  };
}
