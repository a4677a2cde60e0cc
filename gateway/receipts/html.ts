/**
 * The receipt as one self-contained HTML page, sized for the printer with CSS `@page`:
 * 80 mm roll (72 mm printable, receipt printers' common width) or A5 sheet (148 × 210 mm).
 * Everything the HIS passes through is escaped.
 */
import { cancellationNote, type Paper, type Receipt } from './model.ts';

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const PAGE: Readonly<Record<Paper, string>> = {
  '80mm': '@page { size: 80mm auto; margin: 4mm; } body { width: 72mm; font-size: 9pt; }',
  a5: '@page { size: A5; margin: 12mm 10mm; } body { width: 128mm; font-size: 10pt; }',
};

/** A sheet numbers its pages and names the settlement on each (CSS page margin boxes). */
const PAGE_BOXES = (setlId: string): string => `@page { @top-left { content: "结算号 ${setlId.replace(/[^A-Za-z0-9-]/g, '')}"; font-size: 8pt; } @bottom-right { content: "第 " counter(page) "/" counter(pages) " 页"; font-size: 8pt; } }`;

export function renderHtml(r: Receipt, paper: Paper): string {
  const row = (label: string, value: string, cls = ''): string => `<tr${cls ? ` class="${cls}"` : ''}><th>${esc(label)}</th><td class="num">${esc(value)}</td></tr>`;
  const lines = r.lines.map((l) => `<tr><td>${esc(l.name)}<br><small>${esc(l.code)} ${esc(l.level)}</small></td><td class="num">${esc(l.cnt)}×${esc(l.pric)}</td><td class="num">${esc(l.amount)}</td></tr>`).join('');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(r.title)} ${esc(r.setl_id)}</title>
<style>
${PAGE[paper]}
${paper === 'a5' ? PAGE_BOXES(r.setl_id) : ''}
tr, li { break-inside: avoid; }
body { font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 0 auto; color: #000; }
h1 { font-size: 1.3em; text-align: center; margin: 0 0 .3em; }
table { width: 100%; border-collapse: collapse; } th { text-align: left; font-weight: normal; } td, th { padding: 1px 0; vertical-align: top; }
.num { text-align: right; white-space: nowrap; } .due { font-weight: bold; font-size: 1.3em; border-top: 1px solid #000; }
.flag { border: 1px solid #000; padding: 2px; text-align: center; font-weight: bold; margin: .3em 0; }
hr { border: 0; border-top: 1px dashed #000; } ol { padding-left: 1.2em; margin: 0; } small { color: #333; }
</style></head><body>
<h1>${esc(r.title)}</h1>
<div>${esc(r.institution)}</div>
<table>${row('结算号', r.setl_id)}${row('就诊号', r.mdtrt_id)}${row('结算时间', r.time)}${row('姓名', r.person)}${r.certno ? row('证件号', r.certno) : ''}${row('险种', r.insutype)}${row('医疗类别', r.med_type)}</table>
${r.offline ? '<div class="flag">离线结算，待医保中心确认</div>' : ''}
${r.interim ? '<div class="flag">中途结算（在院期间，出院时结算其余费用）</div>' : ''}
${r.cancelled ? `<div class="flag">${esc(cancellationNote(r.cancelled))}</div>` : ''}
<hr><table><tr><th>项目</th><th class="num">数量×单价</th><th class="num">金额</th></tr>${lines}</table>
<hr><table>${r.amounts.map(([l, v]) => row(l, v)).join('')}</table>
<hr><table>${r.funds.map(([l, v]) => row(l, v)).join('')}${row('现金支付（应收）', r.cash_due, 'due')}${r.account_balance !== null ? row('个人账户余额', r.account_balance) : ''}</table>
<hr><div>计算说明：</div><ol>${r.trace.map((t) => `<li>${esc(t)}</li>`).join('')}</ol>
${r.warnings.length ? `<div>提示：</div><ul>${r.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>` : ''}
<hr><div>操作员：${esc(r.operator)} &emsp; 患者签字：＿＿＿＿</div>
</body></html>
`;
}
