import puppeteer from 'puppeteer-core';
const BASE = 'http://localhost:18080';
const ID = 'ac148810-d857-441c-9679-408f346de14b';
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.createBrowserContext();
const page = await context.newPage();
const errors = [];
page.on('pageerror', e => errors.push(e.message));
async function shot(path, width, height, file) {
  await page.setViewport({ width, height });
  await page.goto(BASE + path, { waitUntil: 'networkidle0', timeout: 90000 });
  await page.waitForSelector('h1', { timeout: 30000 });
  await new Promise(r => setTimeout(r, 800));
  const h = await page.evaluate(() => Math.max(...[...document.querySelectorAll('*')].map(e => e.getBoundingClientRect().bottom)));
  const part = width > 400 ? 1300 : 1500;
  for (let y = 0, i = 0; y < Math.min(h, height); y += part, i++) {
    await page.screenshot({ path: file.replace('.png', `-${i}.png`), clip: { x: 0, y, width, height: Math.min(part, height - y) } });
  }
  console.log('shot', file, h);
}
//
//
await page.goto(BASE + '/login', { waitUntil: 'networkidle0' });
await page.type('input[name="username"]', 'koordinaattori');
await page.type('input[name="password"]', 'demo-pass-2026-check');
await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.keyboard.press('Enter')]);
await shot(`/hallinta/palvelu/${ID}`, 1280, 7000, '/tmp/vis-editor-1280.png');
console.log('errors', errors);
await browser.close();
