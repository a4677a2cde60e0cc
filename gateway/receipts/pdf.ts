/**
 * The receipt as PDF (pdfkit), with a CJK font embedded so any printer driver prints it:
 * WenQuanYi Micro Hei from Debian's fonts-wqy-microhei (deploy/system-packages.txt), or
 * Noto Sans CJK (a .ttc names its face by PostScript name). 80 mm roll: 226.77 pt wide (80 mm × 72 / 25.4), as tall as the content;
 * A5: 419.53 × 595.28 pt, flowing onto further pages.
 */
import { existsSync } from 'node:fs';
import { GatewayError } from '../errors/gateway-error.ts';
import type { Paper, Receipt } from './model.ts';

export const FONT_CANDIDATES: ReadonlyArray<readonly [string, string]> = [
  ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', 'WenQuanYiMicroHei'],
  ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 'NotoSansCJKsc-Regular'],
];

function findFont(): readonly [string, string] {
  const found = FONT_CANDIDATES.find(([file]) => existsSync(file));
  if (!found) throw new GatewayError('GW_RECEIPT_FONT_MISSING', { detail: FONT_CANDIDATES.map(([f]) => f).join(', ') });
  return found;
}

const MM = 72 / 25.4;

export async function renderPdf(r: Receipt, paper: Paper): Promise<Buffer> {
  const [fontFile, family] = findFont();
  // Loaded on first use: pdfkit and its font engine are heavy, and most receipts print as HTML.
  const { default: PDFDocument } = await import('pdfkit');
  const roll = paper === '80mm';
  const width = roll ? 80 * MM : 148 * MM;
  const margin = roll ? 4 * MM : 10 * MM;
  const fontSize = roll ? 8 : 10;
  const rowsCount = 12 + r.lines.length * 2 + r.amounts.length + r.funds.length + r.trace.length * 3 + r.warnings.length * 2;
  const height = roll ? Math.max(300, margin * 2 + rowsCount * (fontSize + 4)) : 210 * MM;
  const doc = new PDFDocument({ size: [width, height], margin, info: { Title: `${r.title} ${r.setl_id}`, Producer: 'Yibao Gateway' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('cjk', fontFile, family);
  doc.font('cjk').fontSize(fontSize + 4).text(r.title, { align: 'center' });
  doc.fontSize(fontSize);
  const inner = width - 2 * margin;
  const pair = (label: string, value: string, bold = false): void => {
    const y = doc.y;
    if (bold) doc.fontSize(fontSize + 3);
    doc.text(label, margin, y, { width: inner * 0.6 });
    const after = doc.y;
    doc.text(value, margin + inner * 0.6, y, { width: inner * 0.4, align: 'right' });
    doc.y = Math.max(after, doc.y);
    if (bold) doc.fontSize(fontSize);
  };
  const rule = (): void => {
    doc.moveDown(0.2);
    doc.moveTo(margin, doc.y).lineTo(width - margin, doc.y).dash(2, { space: 2 }).stroke().undash();
    doc.moveDown(0.2);
  };
  doc.text(r.institution, margin);
  for (const [l, v] of [['结算号', r.setl_id], ['就诊号', r.mdtrt_id], ['结算时间', r.time], ['姓名', r.person], ['证件号', r.certno], ['险种', r.insutype], ['医疗类别', r.med_type]] as const) {
    if (v) pair(l, v);
  }
  if (r.offline) doc.text('离线结算，待医保中心确认', margin, doc.y, { align: 'center' });
  if (r.interim) doc.text('中途结算（出院时结算其余费用）', margin, doc.y, { align: 'center' });
  if (r.cancelled) doc.text(`已撤销 ${r.cancelled.setl_id}：${r.cancelled.reason}`, margin, doc.y, { align: 'center' });
  rule();
  for (const l of r.lines) {
    doc.text(`${l.name}（${l.level}）`, margin, doc.y, { width: inner });
    pair(`  ${l.cnt} × ${l.pric}`, l.amount);
  }
  rule();
  for (const [l, v] of r.amounts) pair(l, v);
  rule();
  for (const [l, v] of r.funds) pair(l, v);
  pair('现金支付（应收）', r.cash_due, true);
  rule();
  doc.text('计算说明：', margin);
  r.trace.forEach((t, i) => doc.text(`${i + 1}. ${t}`, margin, doc.y, { width: inner }));
  if (r.warnings.length) {
    doc.text('提示：', margin);
    for (const w of r.warnings) doc.text(`· ${w}`, margin, doc.y, { width: inner });
  }
  rule();
  doc.text(`操作员：${r.operator}    患者签字：________`, margin);
  doc.end();
  return done;
}
