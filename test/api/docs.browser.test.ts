/**
 * The browsable API documentation (/docs, Swagger UI) in a real browser (Debian chromium,
 * headless, playwright-core): it loads the live document, lists the pharmacy sale, and has an
 * Authorize button offering both ways to send the API key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { startTestGateway, type TestGateway } from './support.ts';

let t: TestGateway;
let browser: Browser;
let url: string;

beforeAll(async () => {
  t = await startTestGateway();
  url = await t.gw.app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('/docs in chromium', () => {
  it('shows the operations and an Authorize button with the bearer and X-Api-Key schemes', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/docs`);
    await page.locator('.opblock-summary-path', { hasText: '/v1/pharmacy/sales' }).first().waitFor({ timeout: 20_000 });
    const authorize = page.locator('button.authorize');
    await expect(authorize.isVisible()).resolves.toBe(true);
    await authorize.click();
    const dialog = page.locator('.modal-ux');
    await dialog.waitFor({ timeout: 10_000 });
    const text = await dialog.innerText();
    expect(text).toContain('bearer');
    expect(text).toContain('X-Api-Key');
    await page.close();
  });
});
