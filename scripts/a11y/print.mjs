// Print check: a page printed to A4 PDF in Chromium (as "Tulosta" does) must carry everything the
// page shows, over as many pages as it needs. The app's content scrolls inside the app layout, so a
// print stylesheet that keeps that scroll area at screen height cuts the print after one page; the
// check compares the PDF's text (pdftotext) with the headings, the last section's last text and the
// service names the page shows on screen.
import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Among the services with the largest API documents, the one whose card is tallest on screen. */
export async function longestService(browser, base) {
  const response = await fetch(`${base}/api/hsds/services?per_page=500`);
  if (!response.ok) throw new Error(`services: HTTP ${response.status}`);
  const candidates = (await response.json()).contents
    .map(service => ({ id: service.id, size: JSON.stringify(service).length }))
    .sort((a, b) => b.size - a.size).slice(0, 8);
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  let longest = null;
  for (const candidate of candidates) {
    await page.goto(`${base}/palvelu/${candidate.id}`, { waitUntil: 'networkidle0', timeout: 60000 });
    await page.waitForSelector('h1');
    const height = await page.evaluate(() => document.getElementById('main-content').scrollHeight);
    if (!longest || height > longest.height) longest = { ...candidate, height };
  }
  await context.close();
  console.log(`longest card of the ${candidates.length} largest services: /palvelu/${longest.id}, ${longest.height}px on screen`);
  return longest.id;
}

/** Prints the page to A4 and fails on any text of the screen missing from the PDF. */
export async function checkPrint(browser, base, name, path, out, problems) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle0', timeout: 60000 });
  await page.waitForSelector('h1');
  const shown = await page.evaluate(shownTexts);
  const file = join(out, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
  await context.close();
  const expected = [...shown.headings, ...shown.services, shown.lastText].filter(Boolean);
  compare(name, path, file, [...new Set(expected)], problems);
  console.log(`  ${shown.headings.length} headings, ${shown.services.length} service names, last text "${shortened(shown.lastText)}"`);
}

/** The server's PDF of a handout ("Lataa PDF") must name every service the handout page shows. */
export async function checkServerPdf(browser, base, name, path, out, problems) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle0', timeout: 60000 });
  await page.waitForSelector('h1');
  const shown = await page.evaluate(shownTexts);
  await context.close();
  const response = await fetch(`${base}${path}.pdf`);
  const type = response.headers.get('content-type') || '';
  if (!response.ok || !type.startsWith('application/pdf')) {
    problems.push(`${name}: ${path}.pdf answered HTTP ${response.status} ${type}`);
    console.log(`${name.padEnd(32)} HTTP ${response.status} ${type}`);
    return;
  }
  const file = join(out, `${name}.pdf`);
  writeFileSync(file, Buffer.from(await response.arrayBuffer()));
  compare(name, `${path}.pdf`, file, shown.services, problems);
}

/** Runs in the page: what the reader sees, leaving out what is marked not to print. */
function shownTexts() {
  const main = document.getElementById('main-content');
  const visible = element => element.checkVisibility() && !element.closest('.no-print');
  const text = element => element.textContent.trim();
  const headings = [...main.querySelectorAll('h1, h2, h3')].filter(visible).map(text).filter(Boolean);
  const services = [...main.querySelectorAll('article h2')].filter(visible).map(text);
  const sections = [...main.querySelectorAll('section, article')].filter(visible);
  const lastTexts = sections.length ? [...sections.at(-1).querySelectorAll('p, li')].filter(visible).map(text) : [];
  return { headings, services, lastText: lastTexts.filter(Boolean).at(-1) || null };
}

/** pdftotext -raw keeps Chromium's paint order, so side-by-side cards do not interleave; line breaks are ignored. */
function compare(name, path, file, expected, problems) {
  const pages = Number(execFileSync('pdfinfo', [file]).toString().match(/Pages:\s+(\d+)/)[1]);
  const printed = squeeze(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']).toString());
  const missing = expected.filter(text => !printed.includes(squeeze(text)));
  console.log(`${name.padEnd(32)} ${path}: ${pages} A4 page(s), ${expected.length - missing.length}/${expected.length} texts of the page in the PDF`);
  for (const text of missing) problems.push(`${name}: the PDF (${pages} page(s)) lacks "${shortened(text)}"`);
}

function squeeze(text) {
  return text.replace(/\s+/g, '');
}

function shortened(text) {
  return text && text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
