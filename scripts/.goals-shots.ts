import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { startHost } from '../electron/host/server';

const host = await startHost({ userDataDir: '/tmp/goalsdemo/ud', staticDir: resolve('/work/main/dist/renderer'), dbPath: '/tmp/goalsdemo/demo-2026-09-01.sqlite' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' })).newPage();
await page.goto(`${host.url}#/goals/1`);
await page.getByRole('heading', { name: /^Celebrate/ }).waitFor();
await page.screenshot({ path: '/tmp/goals-demo-cohort.png' });
const link = page.getByRole('table', { name: /Goals at risk/ }).getByRole('link').nth(8);
await link.click();
await page.locator('.goal-card').first().waitFor();
await page.screenshot({ path: '/tmp/goals-demo-tracker.png' });
await page.locator('.goal-card').nth(1).scrollIntoViewIfNeeded();
await page.screenshot({ path: '/tmp/goals-demo-tracker-2.png' });
await browser.close();
await host.close();
