import { describe, expect, it } from 'vitest';
import { renderStatusBody, renderStatusPage } from './status-page.ts';
import type { StatusSnapshot } from './status.ts';

const snapshot = (over: Partial<StatusSnapshot> = {}): StatusSnapshot => ({
  generatedAt: '2026-11-22T08:00:00.000Z',
  version: '0.1.0',
  gatewayId: 'H15220100001-GW01',
  fixmedinsCode: 'H15220100001',
  readers: { list: [], problem: null, configured: null },
  centre: { url: 'http://127.0.0.1:8870', reachable: true, lastUploadAt: null, consecutiveFailures: 0, lastError: null, alarm: false, pausedUntil: null, delivered: 0, rejected: 0, quarantined: { count: 0, ids: [] } },
  sync: null,
  lockedOperators: [],
  outbox: { backlog: 0, oldestCreatedAt: null, oldestAgeSeconds: null },
  offline: { pending: 0, today: 0 },
  today: null,
  backup: null,
  errors: [],
  ...over,
});

describe('status page', () => {
  it('escapes everything it shows: a reader named by its USB descriptor cannot inject markup', () => {
    const html = renderStatusBody(snapshot({
      readers: { list: [{ id: 'x', name: '<img src=x onerror=alert(1)> 00 00', psamReader: null, pinPad: false, card: { present: true, atr: '3B"><script>' }, psam: null }], problem: null, configured: null },
    }));
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; 00 00');
  });

  it('says what is wrong, in both languages: no readers, pcscd down, centre down with a backlog alarm, no backup', () => {
    const pcscDown = renderStatusBody(snapshot({ readers: { list: [], problem: { code: 'GW_CARD_PCSCD_DOWN', message: 'The smart-card service (pcscd) is not running', messageZh: '读卡服务（pcscd）未运行' }, configured: null } }));
    expect(pcscDown).toContain('读卡服务异常 · PC/SC unavailable');
    expect(pcscDown).toContain('GW_CARD_PCSCD_DOWN');
    expect(renderStatusBody(snapshot())).toContain('未发现读卡器 · no readers found');
    const down = renderStatusBody(snapshot({
      centre: { ...snapshot().centre, reachable: false, alarm: true, consecutiveFailures: 4, lastError: { code: 'GW_CENTER_UNREACHABLE', message: 'unreachable', at: '2026-11-22T07:59:00.000Z' } },
      outbox: { backlog: 12, oldestCreatedAt: '2026-11-22T05:00:00.000Z', oldestAgeSeconds: 10_800 },
    }));
    expect(down).toContain('不通（离线结算） · unreachable (offline)');
    expect(down).toContain('积压超时告警 · backlog alarm');
    expect(down).toContain('(3 h)');
    expect(down).toContain('尚无备份 no backup yet');
  });

  it('shows times on the hospital clock (China Standard Time) and marks the counter\'s configured reader', () => {
    const reader = (name: string) => ({ id: name.toLowerCase().replaceAll(' ', '-'), name, psamReader: null, pinPad: false, card: { present: false, atr: null }, psam: null });
    const html = renderStatusBody(snapshot({
      centre: { ...snapshot().centre, lastUploadAt: '2026-11-22T13:03:37.000Z' },
      readers: { list: [reader('ACS ACR39U 00 00'), reader('Virtual PCD 00 00')], problem: null, configured: 'Virtual PCD 00 00' },
    }));
    expect(html).toContain('<time datetime="2026-11-22T13:03:37.000Z" title="2026-11-22T13:03:37.000Z">2026-11-22 21:03:37</time>');
    expect(html).toMatch(/data-reader="virtual-pcd-00-00" data-configured="true"><td>Virtual PCD 00 00 <span class="badge ok">本柜台使用 · configured/);
    expect(html).not.toMatch(/data-reader="acs-acr39u-00-00" data-configured/);
    const gone = renderStatusBody(snapshot({ readers: { list: [reader('ACS ACR39U 00 00')], problem: null, configured: 'Virtual PCD 00 00' } }));
    expect(gone).toContain('配置的读卡器不存在 · configured reader not found');
  });

  it('the full page refreshes only its body, from /status?part=body', () => {
    const page = renderStatusPage(snapshot());
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain("fetch('/status?part=body'");
    expect(page).toContain('<main id="status"><header>');
  });
});
