/**
 * The technician's status page, in Chinese and English side by side (a hospital's IT staff
 * and a vendor's field engineer read the same screen). Rendered on the server from one
 * StatusSnapshot; the page re-fetches its body (`/status?part=body`) every 2 s, so cards
 * going in and out of a reader show up live without a front-end build. Everything shown
 * is escaped; nothing personal is shown (readers, counts, codes and sums only).
 */
import { cstDateTime } from '../china-time.ts';
import type { StatusSnapshot } from './status.ts';

const esc = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

type Tone = 'ok' | 'warn' | 'bad' | 'none';

const badge = (tone: Tone, zh: string, en: string): string => `<span class="badge ${tone}">${esc(zh)} · ${esc(en)}</span>`;

/** An instant on the hospital's clock (China Standard Time), the UTC instant kept in the datetime attribute. */
function time(isoText: string | null): string {
  if (!isoText) return '<span class="muted">— 无 none</span>';
  return `<time datetime="${esc(isoText)}" title="${esc(isoText)}">${esc(cstDateTime(new Date(isoText)))}</time>`;
}

function age(seconds: number | null): string {
  if (seconds === null) return '—';
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172_800) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86_400)} d`;
}

const section = (id: string, zh: string, en: string, body: string): string =>
  `<section id="${id}"><h2>${esc(zh)} <small>${esc(en)}</small></h2>${body}</section>`;

function readers(s: StatusSnapshot): string {
  if (s.readers.problem) {
    return `<p>${badge('bad', '读卡服务异常', 'PC/SC unavailable')} <code>${esc(s.readers.problem.code)}</code> ${esc(s.readers.problem.messageZh)} / ${esc(s.readers.problem.message)}</p>`;
  }
  const configured = s.readers.configured;
  const missing = configured && !s.readers.list.some((r) => r.name === configured)
    ? `<p>${badge('bad', '配置的读卡器不存在', 'configured reader not found')} <code>${esc(configured)}</code> — 请检查读卡器连接或配置项 userReader · check the reader's cable or the userReader option</p>`
    : '';
  if (s.readers.list.length === 0) return `${missing}<p>${badge('warn', '未发现读卡器', 'no readers found')}</p>`;
  const rows = s.readers.list.map((r) => {
    const card = r.card.present ? badge('ok', '有卡', 'card present') : badge('none', '无卡', 'no card');
    const psam = r.psam === null ? badge('warn', '无PSAM卡座', 'no PSAM slot') : r.psam.present ? badge('ok', 'PSAM在位', 'PSAM present') : badge('bad', 'PSAM缺失', 'PSAM missing');
    const mark = r.name === configured ? ` ${badge('ok', '本柜台使用', 'configured')}` : '';
    return `<tr data-reader="${esc(r.id)}"${mark ? ' data-configured="true"' : ''}><td>${esc(r.name)}${mark}</td><td>${card}${r.card.atr ? `<div class="atr">ATR ${esc(r.card.atr)}</div>` : ''}</td><td>${esc(r.psamReader ?? '—')}</td><td>${psam}</td></tr>`;
  });
  return `${missing}<table><thead><tr><th>读卡器 Reader</th><th>用户卡 Card</th><th>PSAM 卡座 PSAM reader</th><th>PSAM 状态 PSAM state</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function centre(s: StatusSnapshot): string {
  const c = s.centre;
  const link = c.reachable ? badge('ok', '连通', 'reachable') : badge('bad', '不通（离线结算）', 'unreachable (offline)');
  const alarm = c.alarm ? ` ${badge('bad', '积压超时告警', 'backlog alarm')}` : '';
  const sync = s.sync === null
    ? '<tr><th>目录同步 Last sync</th><td><span class="muted">未启用 not running</span></td></tr>'
    : s.sync.map((x) => `<tr><th>同步 Sync: ${esc(x.kind)}</th><td>${time(x.lastSuccessAt)} <span class="muted">v${esc(x.version)}</span>${x.lastError ? ` <span class="err">${esc(x.lastError)}</span>` : ''}</td></tr>`).join('');
  return `<table class="kv"><tbody>
    <tr><th>中心地址 Centre</th><td><code>${esc(c.url)}</code> ${link}${alarm}</td></tr>
    <tr><th>最近上传成功 Last upload</th><td>${time(c.lastUploadAt)}</td></tr>
    <tr><th>连续失败 Failures in a row</th><td>${esc(c.consecutiveFailures)}${c.pausedUntil ? ` · 暂停至 paused until ${time(c.pausedUntil)}` : ''}</td></tr>
    <tr><th>最近错误 Last error</th><td>${c.lastError ? `<code>${esc(c.lastError.code)}</code> ${esc(c.lastError.message)} ${time(c.lastError.at)}` : '<span class="muted">— 无 none</span>'}</td></tr>
    <tr><th>已确认 / 被拒 Acknowledged / rejected</th><td>${esc(c.delivered)} / ${esc(c.rejected)}</td></tr>
    ${c.quarantined.count > 0 ? `<tr><th>隔离记录 Quarantined</th><td><span class="err">${esc(c.quarantined.count)} 条中心无法解析的上传记录已隔离，其他记录照常上传；请把记录号交技术支持 · ${esc(c.quarantined.count)} record(s) the centre cannot decode are set aside, the rest upload; give support these ids:</span> ${c.quarantined.ids.map((id) => `<code>${esc(id)}</code>`).join(' ')}</td></tr>` : ''}
    ${sync}
  </tbody></table>`;
}

function outbox(s: StatusSnapshot): string {
  const tone: Tone = s.outbox.backlog === 0 ? 'ok' : (s.outbox.oldestAgeSeconds ?? 0) > 3600 ? 'bad' : 'warn';
  return `<table class="kv"><tbody>
    <tr><th>待上传 Backlog</th><td><span class="big" id="backlog">${esc(s.outbox.backlog)}</span> ${badge(tone, tone === 'ok' ? '已清空' : '待上传', tone === 'ok' ? 'empty' : 'waiting')}</td></tr>
    <tr><th>最早记录 Oldest record</th><td>${time(s.outbox.oldestCreatedAt)} <span class="muted">(${esc(age(s.outbox.oldestAgeSeconds))})</span></td></tr>
    <tr><th>离线结算待确认 Offline settlements pending</th><td><span class="big" id="offline-pending">${esc(s.offline.pending)}</span> <span class="muted">今日离线 offline today: ${esc(s.offline.today)}</span></td></tr>
  </tbody></table>`;
}

function totals(s: StatusSnapshot): string {
  const t = s.today;
  if (!t) return `<p>${badge('bad', '无法统计', 'totals unavailable')}</p>`;
  return `<table class="kv"><tbody>
    <tr><th>日期 Day (CST)</th><td>${esc(t.date)}</td></tr>
    <tr><th>结算笔数 Settlements (net)</th><td><span class="big" id="today-count">${esc(t.fixmedins_setl_cnt)}</span></td></tr>
    <tr><th>医疗费总额 Total cost</th><td>¥ <span id="today-medfee">${esc(t.medfee_sumamt)}</span></td></tr>
    <tr><th>基金支付 Fund paid</th><td>¥ ${esc(t.fund_pay_sumamt)}</td></tr>
    <tr><th>个人账户 Personal account</th><td>¥ ${esc(t.acct_pay)}</td></tr>
    <tr><th>现金 Cash</th><td>¥ ${esc(t.psn_cash_pay)}</td></tr>
  </tbody></table>`;
}

function operators(s: StatusSnapshot): string {
  if (s.lockedOperators.length === 0) return '<p class="ok">没有被锁定的操作员 No operator is locked</p>';
  const rows = s.lockedOperators.map((o) => `<tr><td><code>${esc(o.operator_id)}</code></td><td>${esc(o.name)}</td><td>${esc(o.role)}</td><td>${time(o.locked_at)}</td></tr>`).join('');
  return `<p class="err">密码连续输错已锁定，请信息科核实后重置（yibao-gateway operator reset --id …） · Locked by wrong secrets: the IT office checks, then resets them</p><table><tr><th>编号 Id</th><th>姓名 Name</th><th>角色 Role</th><th>锁定时间 Locked at</th></tr>${rows}</table>`;
}

function errors(s: StatusSnapshot): string {
  if (s.errors.length === 0) return '<p class="muted">最近无错误 · no recent errors</p>';
  const rows = s.errors.map((e) => `<tr><td>${time(e.at)}</td><td><code>${esc(e.code)}</code></td><td>${esc(e.source)}${e.route ? ` <code>${esc(e.route)}</code>` : ''}</td><td>${esc(e.messageZh)}<br><span class="muted">${esc(e.message)}</span></td></tr>`);
  return `<table><thead><tr><th>时间 Time</th><th>代码 Code</th><th>来源 Where</th><th>说明 Message</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The part of the page that refreshes. */
export function renderStatusBody(s: StatusSnapshot): string {
  const backup = s.backup ? `${esc(s.backup.kind)} ${time(s.backup.createdAt)}` : '<span class="err">尚无备份 no backup yet</span>';
  return `<header><h1>医保结算网关 运行状态 <small>Yibao Gateway status</small></h1>
    <p class="muted">${esc(s.gatewayId)} · ${esc(s.fixmedinsCode)} · v${esc(s.version)} · 更新于 updated ${time(s.generatedAt)} · 最近备份 last backup: ${backup}</p></header>
    ${section('readers', '读卡器与卡片', 'Readers and cards', readers(s))}
    ${section('centre', '医保中心链路', 'Centre link', centre(s))}
    ${section('outbox', '上传队列与离线结算', 'Outbox and offline settlements', outbox(s))}
    ${section('today', '今日结算汇总', "Today's totals", totals(s))}
    ${section('operators', '锁定的操作员', 'Locked operators', operators(s))}
    ${section('errors', '最近错误', 'Recent errors', errors(s))}`;
}

export function renderStatusPage(s: StatusSnapshot): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>医保结算网关状态 · Yibao Gateway status</title>
<link rel="icon" href="/favicon.ico" type="image/svg+xml">
<style>
  body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", system-ui, sans-serif; margin: 0 auto; max-width: 1100px; padding: 12px 20px; color: #1c2430; background: #f5f7fa; }
  h1 { font-size: 22px; margin: 8px 0 2px; } h1 small, h2 small { color: #5b6675; font-weight: normal; font-size: 0.75em; }
  h2 { font-size: 17px; margin: 0 0 8px; }
  section { background: #fff; border: 1px solid #dde3ea; border-radius: 6px; padding: 12px 16px; margin: 12px 0; }
  table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid #eef1f4; vertical-align: top; }
  table.kv th { width: 32%; color: #394452; font-weight: 600; }
  .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 13px; }
  .badge.ok { background: #dff5e3; color: #17692c; } .badge.warn { background: #fff3d6; color: #8a5a00; }
  .badge.bad { background: #fde2e1; color: #a0211b; } .badge.none { background: #eceff3; color: #505b68; }
  .muted { color: #6b7685; } .err { color: #a0211b; } .big { font-size: 20px; font-weight: 700; }
  .atr { font-family: monospace; font-size: 12px; color: #5b6675; } code { font-size: 12px; }
</style></head>
<body><main id="status">${renderStatusBody(s)}</main>
<script>
  // Live: fetch the rendered body every 2 s; keep the last good one if the gateway blips.
  setInterval(async () => {
    try {
      const r = await fetch('/status?part=body', { cache: 'no-store' });
      if (r.ok) document.getElementById('status').innerHTML = await r.text();
    } catch (e) { /* next tick */ }
  }, 2000);
</script>
</body></html>`;
}
