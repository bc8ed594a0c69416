import puppeteer from 'puppeteer-core';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const BASE = process.env.EKOKARTTA_URL;
const PASSWORD = process.env.EKOKARTTA_DEMO_PASSWORD;
const SERVICE = process.env.SERVICE;
const ACTOR = process.env.ACTOR;
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.createBrowserContext();
const login = await context.newPage();
await login.goto(`${BASE}/login`, { waitUntil: 'networkidle0' });
await login.type('input[name="username"]', 'koordinaattori');
await login.type('input[name="password"]', PASSWORD);
await Promise.all([login.waitForNavigation({ waitUntil: 'networkidle0' }), login.keyboard.press('Enter')]);
for (const [name, path, width] of [['editor-1280', `/hallinta/palvelu/${SERVICE}`, 1280], ['editor-360', `/hallinta/palvelu/${SERVICE}`, 360],
    ['actor-1280', `/hallinta/toimija/${ACTOR}`, 1280], ['actor-360', `/hallinta/toimija/${ACTOR}`, 360]]) {
  const page = await context.newPage();
  await page.setViewport({ width, height: 5000 });
  await page.goto(`${BASE}${path}`, { waitUntil: 'networkidle0', timeout: 60000 });
  // open every folded section
  await page.evaluate(() => document.querySelectorAll('vaadin-details').forEach(d => d.opened = true));
  await new Promise(r => setTimeout(r, 1500));
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }));
  const bad = result.violations.filter(v => ['serious', 'critical'].includes(v.impact));
  console.log(name, 'axe serious/critical:', bad.map(v => v.id + ' ' + v.nodes.length).join(', ') || 'none');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(name, 'height', height);
  // find the sections of interest
  const boxes = await page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('vaadin-details')) {
      const r = el.getBoundingClientRect();
      out.push({ text: (el.querySelector('[slot=summary]')?.textContent || el.getAttribute('summary') || '').slice(0, 60), y: r.y + window.scrollY, h: r.height });
    }
    return out;
  });
  console.log(name, JSON.stringify(boxes));
  let i = 0;
  for (const box of boxes) {
    if (box.h < 5) continue;
    await page.screenshot({ path: `/tmp/shots/${name}-${i++}.png`, clip: { x: 0, y: Math.max(0, box.y - 40), width, height: Math.min(1800, box.h + 80) } });
  }
  await page.close();
}
await browser.close();
