/**
 * The receipt as PDF (pdfkit), with a CJK font embedded so any printer driver prints it:
 * WenQuanYi Micro Hei from Debian's fonts-wqy-microhei (deploy/system-packages.txt), or
 * Noto Sans CJK (a .ttc names its face by PostScript name). 80 mm roll: 226.77 pt wide (80 mm × 72 / 25.4), as tall as the content;
 * A5: 419.53 × 595.28 pt, flowing onto further pages.
 */
import { existsSync } from 'node:fs';
import { GatewayError } from '../errors/gateway-error.ts';
import { cancellationNote, type Paper, type Receipt } from './model.ts';

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
  const side = roll ? 4 * MM : 10 * MM;
  const fontSize = roll ? 8 : 10;
  // A5 keeps a band above and below the content for the page header and footer.
  const band = roll ? 0 : fontSize + 8;
  const rowsCount = 12 + r.lines.length * 2 + r.amounts.length + r.funds.length + r.trace.length * 3 + r.warnings.length * 2;
  const height = roll ? Math.max(300, side * 2 + rowsCount * (fontSize + 4)) : 210 * MM;
  const margins = { top: side + band, bottom: side + band, left: side, right: side };
  const doc = new PDFDocument({ size: [width, height], margins, bufferPages: true, info: { Title: `${r.title} ${r.setl_id}`, Producer: 'Yibao Gateway' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('cjk', fontFile, family);
  const inner = width - 2 * side;
  const bottom = (): number => doc.page.height - doc.page.margins.bottom;
  /** Starts a new page unless `h` points still fit on this one, so nothing is cut in two. */
  const room = (h: number): void => {
    if (doc.y + h > bottom()) doc.addPage();
  };
  const text = (t: string, options: PDFKit.Mixins.TextOptions = {}): void => {
    room(doc.heightOfString(t, { width: inner, ...options }));
    doc.text(t, side, doc.y, { width: inner, ...options });
  };
  /** A label and its amount on one row: the row moves to the next page whole, never split. */
  const pair = (label: string, value: string, bold = false): void => {
    if (bold) doc.fontSize(fontSize + 3);
    const h = Math.max(doc.heightOfString(label, { width: inner * 0.6 }), doc.heightOfString(value, { width: inner * 0.4 }));
    room(h);
    const y = doc.y;
    doc.text(label, side, y, { width: inner * 0.6 });
    doc.text(value, side + inner * 0.6, y, { width: inner * 0.4, align: 'right' });
    doc.y = y + h;
    if (bold) doc.fontSize(fontSize);
  };
  const rule = (): void => {
    room(fontSize);
    doc.moveDown(0.2);
    doc.moveTo(side, doc.y).lineTo(width - side, doc.y).dash(2, { space: 2 }).stroke().undash();
    doc.moveDown(0.2);
  };

  doc.font('cjk').fontSize(fontSize + 4);
  text(r.title, { align: 'center' });
  doc.fontSize(fontSize);
  text(r.institution, { align: 'center' });
  for (const [l, v] of [['结算号', r.setl_id], ['就诊号', r.mdtrt_id], ['结算时间', r.time], ['姓名', r.person], ['证件号', r.certno], ['险种', r.insutype], ['医疗类别', r.med_type]] as const) {
    if (v) pair(l, v);
  }
  if (r.offline) text('离线结算，待医保中心确认', { align: 'center' });
  if (r.interim) text('中途结算（出院时结算其余费用）', { align: 'center' });
  if (r.cancelled) text(cancellationNote(r.cancelled), { align: 'center' });
  rule();
  for (const l of r.lines) {
    // A line's name and its amount stay on one page together.
    room(doc.heightOfString(`${l.name}（${l.level}）`, { width: inner }) + fontSize + 4);
    text(`${l.name}（${l.level}）`);
    pair(`  ${l.cnt} × ${l.pric}`, l.amount);
  }
  rule();
  for (const [l, v] of r.amounts) pair(l, v);
  rule();
  for (const [l, v] of r.funds) pair(l, v);
  pair('现金支付（应收）', r.cash_due, true);
  if (r.account_balance !== null) pair('个人账户余额', r.account_balance);
  rule();
  text('计算说明：');
  r.trace.forEach((t, i) => text(`${i + 1}. ${t}`));
  if (r.warnings.length) {
    text('提示：');
    for (const w of r.warnings) text(`· ${w}`);
  }
  rule();
  text(`操作员：${r.operator}    患者签字：________`);

  // Every page of a sheet says which settlement it belongs to and where it is in the bill.
  if (!roll) {
    const { start, count } = doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      doc.switchToPage(i);
      const saved = doc.page.margins;
      doc.page.margins = { ...saved, top: 0, bottom: 0 };
      doc.fontSize(fontSize - 1);
      doc.text(`结算号 ${r.setl_id}`, side, side, { width: inner, align: 'left', lineBreak: false });
      doc.text(`第 ${i - start + 1}/${count} 页`, side, doc.page.height - side - fontSize, { width: inner, align: 'right', lineBreak: false });
      doc.page.margins = saved;
    }
  }
  doc.end();
  return done;
}
