/**
 * The status page in a real browser (Debian chromium, headless, driven by playwright-core):
 * a simulated card and PSAM served into a real PC/SC test bench through vpcd show up as a
 * live reader with a card present; pulling the card out changes the page without a reload.
 * The screenshot is saved as test-output/status-page.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { acquireBench, type Bench } from '../support/pcsc-stack.ts';
import { VpcdLink } from '../../simulator/card/vpcd-link.ts';
import { VirtualCard, VirtualPsam } from '../../simulator/card/virtual-card.ts';
import { loadProfile } from '../../simulator/card/profile.ts';
import { readerId } from '../../gateway/credentials/readers.ts';
import { takeBackup } from '../../gateway/ops/backup.ts';
import { startHarness, LINES, type OpsHarness } from './fixtures.ts';

const OUTPUT = fileURLToPath(new URL('../../test-output/', import.meta.url));
const SCREENSHOT = `${OUTPUT}status-page.png`;

let bench: Bench;
let h: OpsHarness;
let userSlot: VpcdLink;
let psamSlot: VpcdLink;
let browser: Browser;
let page: Page;
let url: string;

beforeAll(async () => {
  bench = await acquireBench();
  userSlot = new VpcdLink({ port: bench.userPort, label: 'user card' });
  psamSlot = new VpcdLink({ port: bench.psamPort, label: 'PSAM' });
  await psamSlot.insert(new VirtualPsam());
  await userSlot.insert(new VirtualCard(loadProfile('adult-resident')));
  h = await startHarness({ userReader: bench.userReader, psamReader: bench.psamReader, host: '127.0.0.1' });
  url = await h.gateway.start();
  // Some activity for the page to show: a card read, a sale and a refused request.
  const read = await fetch(`${url}/v1/readers/${readerId(bench.userReader)}/read`, { method: 'POST', headers: h.auth });
  expect(read.status, await read.text()).toBe(200);
  const sale = await fetch(`${url}/v1/pharmacy/sales`, { method: 'POST', headers: { ...h.auth, 'content-type': 'application/json', 'idempotency-key': 'browser-1' }, body: JSON.stringify({ psn_no: h.psnNo, lines: LINES }) });
  expect(sale.status, await sale.text()).toBe(200);
  await fetch(`${url}/v1/settlements/S-NO-SUCH`, { headers: h.auth });
  await takeBackup('full', { source: h.dbFile, backupDir: h.backupDir, reason: 'manual' });

  browser = await launchChromium();
  // The page's own refresh requests carry the API key the way a technician's browser profile would.
  const context = await browser.newContext({ viewport: { width: 1200, height: 1400 }, locale: 'zh-CN', extraHTTPHeaders: { authorization: h.auth.authorization! } });
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await userSlot?.close();
  await psamSlot?.close();
  await h?.close();
  bench?.release();
});

describe('status page in chromium', () => {
  it('shows the live reader with the simulated card and PSAM present, the centre, the backlog, totals and errors', async () => {
    await page.goto(`${url}/status`);
    const row = page.locator(`tr[data-reader="${readerId(bench.userReader)}"]`);
    await row.getByText('有卡 · card present').waitFor({ timeout: 15_000 });
    await expect(row.getByText('PSAM在位 · PSAM present').isVisible()).resolves.toBe(true);
    // The counter's configured reader is marked as such.
    await expect(row.locator('td').first().innerText()).resolves.toBe(`${bench.userReader} 本柜台使用 · configured`);
    await expect(row.getAttribute('data-configured')).resolves.toBe('true');
    await expect(row.locator('.atr').innerText()).resolves.toMatch(/^ATR 3B/);

    const text = await page.locator('main').innerText();
    for (const heading of ['读卡器与卡片', 'Readers and cards', '医保中心链路', 'Centre link', '上传队列与离线结算', '今日结算汇总', "Today's totals", '最近错误', 'Recent errors']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('连通 · reachable');
    expect(text).toContain('同步 Sync: blocklist');
    expect(text).toMatch(/最近备份 last backup: full \d{4}-\d{2}-\d{2} /);
    await expect(page.locator('#today-count').innerText()).resolves.toBe('1');
    await expect(page.locator('#today-medfee').innerText()).resolves.toBe('51.00');
    expect(text).toContain('GW_SETTLEMENT_NOT_FOUND');
    // The browser asked for its tab icon and got one: no 401 among the recent errors.
    const icon = await page.request.get(`${url}/favicon.ico`, { headers: { authorization: '' } });
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toContain('image/svg+xml');
    expect(text).not.toContain('GW_UNAUTHORIZED');
    // Times are on the hospital's clock: the last upload shows as China Standard Time.
    const shown = page.locator('time').first();
    const utc = await shown.getAttribute('datetime');
    await expect(shown.innerText()).resolves.toBe(new Date(Date.parse(utc!) + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' '));

    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
  });

  it('follows the reader live: the card pulled out shows as no card without reloading', async () => {
    const row = page.locator(`tr[data-reader="${readerId(bench.userReader)}"]`);
    await page.evaluate(() => { (globalThis as Record<string, unknown>).samePage = true; });
    await userSlot.remove();
    await row.getByText('无卡 · no card').waitFor({ timeout: 15_000 });
    await userSlot.insert(new VirtualCard(loadProfile('adult-resident')));
    await row.getByText('有卡 · card present').waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => (globalThis as Record<string, unknown>).samePage)).toBe(true);
  });
});
