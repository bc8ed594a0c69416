import puppeteer from 'puppeteer-core';
const BASE = 'http://localhost:18080';
const [user, path, out, width] = process.argv.slice(2);
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page = await browser.newPage();
await page.setViewport({ width: Number(width || 1280), height: 900 });
if (user !== '-') {
  await page.goto(`${BASE}/login`, { waitUntil: 'networkidle0' });
  await page.type('input[name="username"]', user);
  await page.type('input[name="password"]', 'demo-pass-2026-check');
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.keyboard.press('Enter')]);
}
await page.goto(`${BASE}${path}`, { waitUntil: 'networkidle0' });
await new Promise(r => setTimeout(r, 1500));
const w = Number(width || 1280);
const height = await page.evaluate(() => { const p = document.querySelector('.page'); return p.getBoundingClientRect().top + p.scrollHeight + 100; });
await page.setViewport({ width: w, height: Math.ceil(height) });
await new Promise(r => setTimeout(r, 1000));
for (let y = 0, i = 0; y < height && i < 8; y += 1400, i++) {
  await page.screenshot({ path: out.replace('.png', `-${i}.png`), clip: { x: 0, y, width: w, height: Math.min(1400, height - y) }, captureBeyondViewport: true });
}
console.log('height', height);
console.log(await page.evaluate(() => document.title), await page.evaluate(() => document.documentElement.scrollWidth));
await browser.close();
