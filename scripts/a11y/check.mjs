// Accessibility and smoke check of a running Ekokartta: opens every public view and the signed-in
// views in Finnish, Swedish and English in headless Chromium, runs axe-core (WCAG 2.1 A/AA),
// saves a screenshot of each page (desktop, and phone width for the public pages), checks the
// search by keyboard and on a phone, and exits with 1 on any page error, failed load,
// Content-Security-Policy violation (or a page without the header), serious/critical axe finding
// or failed keyboard/phone check. Then it prints the longest service card and a client's handout
// of several services to A4 PDF and fails when the PDF's text (pdftotext) lacks a heading, the
// last section's text or a service name the page shows, or when the handout's server-made PDF
// lacks a service name (see print.mjs).
//
//   EKOKARTTA_URL=http://localhost:8080 EKOKARTTA_DEMO_PASSWORD=... npm run check
//
// Without EKOKARTTA_DEMO_PASSWORD the signed-in views and the handout are skipped, and the run
// says so. EKOKARTTA_PRINT_SERVICE_ID prints that service's card instead of the longest one.
import puppeteer from 'puppeteer-core';
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPrint, checkServerPdf, longestService } from './print.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const BASE = (process.env.EKOKARTTA_URL || 'http://localhost:8080').replace(/\/$/, '');
const PASSWORD = process.env.EKOKARTTA_DEMO_PASSWORD || '';
const OUT = process.env.A11Y_OUT || '../../target/a11y';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const LANGUAGES = ['fi', 'sv', 'en'];
const BLOCKING = new Set(['serious', 'critical']);
/** Signed-in pages that keepers also use on a phone: checked and photographed at 360 px too. */
const PHONE_TOO = new Set(['hallinta', 'hallinta-vastuut', 'hallinta-palvelut', 'hallinta-palvelut-yllapitaja', 'palvelun-muokkaus', 'uusi-palvelu',
  'hallinta-toimijat', 'toimijan-muokkaus', 'uusi-toimija', 'kayttajat', 'palvelun-historia-palautus', 'hallinta-ilmoituksen-kasittely',
  'hallinta-palautteen-vastaus', 'hallinta-palvelut-valitut', 'rooli-koordinaattori',
  'kokous-koordinaattori', 'foorumi-koordinaattori', 'tiekartta-koordinaattori', 'tiekartta-toimenpide-dialogi', 'omat-tehtavat', 'verkosto-koordinaattori',
  'hallinta-polut', 'polun-muokkaus', 'hallinta-itsearvio', 'hallinta-haku', 'hallinta-tuonti']);
/** Pages that answer an error on purpose: the page not found, and the management view refused to a counsellor. */
const EXPECTED_STATUS = { 'sivua-ei-loydy': 404, 'hallinta-ohjaaja': 403 };

/** A seeded event of the vuosikello (seed-data/ecosystem/calendar.json: the yearly ecosystem forum). */
const CALENDAR_EVENT = process.env.EKOKARTTA_CALENDAR_EVENT_ID || 'cc5ebe63-d0c9-54b5-a071-0f95340cb257';

/** The iCalendar feeds answer (status and type only; their content is tested by CalendarFeedTest). */
async function checkCalendarFeeds(problems) {
  for (const [path, status] of [['/kalenteri.ics', 200], ['/kalenteri.ics?luokka=koulutus', 200],
    [`/kalenteri/${CALENDAR_EVENT}.ics`, 200], ['/kalenteri.ics?luokka=olematon', 400]]) {
    const response = await fetch(`${BASE}${path}`);
    const type = response.headers.get('content-type') || '';
    if (response.status !== status || (status === 200 && !type.startsWith('text/calendar'))) {
      problems.push(`${path}: HTTP ${response.status} ${type}, expected ${status}${status === 200 ? ' text/calendar' : ''}`);
    }
    console.log(`${path}: ${response.status} ${type}`);
  }
}

async function firstId(path) {
  const response = await fetch(`${BASE}/api/hsds/${path}?per_page=1`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()).contents[0].id;
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const service = process.env.EKOKARTTA_SERVICE_ID || await firstId('services');
  const actor = process.env.EKOKARTTA_ACTOR_ID || await firstId('organizations');
  // Roles have no API of their own; the seed's first role ("Koordinoi työllisyyden ekosysteemiä") has a stable id.
  const role = process.env.EKOKARTTA_ROLE_ID || '7e5533ad-9526-5f81-b75f-860d51a8adef';
  // Issue 14: the seeded ecosystem forum and its meeting of October 2026 (stable seed ids).
  const forum = process.env.EKOKARTTA_FORUM_ID || '87ddb8e1-a578-593b-a838-708f5ad0c0d5';
  const meeting = process.env.EKOKARTTA_MEETING_ID || '00393de0-a87f-59a1-a6e6-d732a4d5951d';
  const publicPages = {
    'etusivu': '/',
    'haku': '/haku?q=velkaneuvonta',
    'haku-ei-tuloksia': '/haku?q=qwxyzzy',
    'palvelut': '/palvelut',
    'palvelut-kunta': '/palvelut?kunta=208',
    'palvelu': `/palvelu/${service}`,
    'toimija': `/toimija/${actor}`,
    'toimijat': '/toimijat',
    'toimijat-rajattu': '/toimijat?sektori=THIRD_SECTOR&kunta=208',
    'roolit': '/roolit',
    'roolit-kunta': '/roolit?kunta=208',
    'rooli': `/roolit/${role}`,
    'verkosto': '/verkosto',
    'verkosto-suodatettu': '/verkosto?tyyppi=funds,part_of&sektori=project&vuosi=2024',
    'saavutettavuus': '/saavutettavuus',
    'kirjautuminen': '/login',
    'upota': '/upota?municipality=208',
    // Service paths (issue 14): the list, a seeded path and its widget.
    'polut': '/polut',
    'polku': '/polut/aloittavan-yrittajan-palvelut',
    'upota-polku': '/upota/polku/nuoren-polku-tyoelamaan',
    'muistutus-ei-kelvollinen': '/muistutus/ei-kelvollinen',
    'sivua-ei-loydy': '/olematon',
    // Vuosikello (issue 14): the wheel of this year and of the seeded year, the list, the month
    // (a grid at 1280 px, a day list at 360 px) and one event's page (a seeded, repeating forum).
    'vuosikello': '/vuosikello',
    'vuosikello-2027': '/vuosikello?vuosi=2027',
    'vuosikello-rajattu': '/vuosikello?vuosi=2027&luokka=koulutus,maaraaika',
    'vuosikello-lista': '/vuosikello?nakyma=lista&vuosi=2027',
    'vuosikello-kuukausi': '/vuosikello?nakyma=kuukausi&vuosi=2027&kuukausi=3',
    'vuosikello-tapahtuma': `/vuosikello/tapahtuma/${CALENDAR_EVENT}?pvm=2027-10-07`,
    'foorumit': '/foorumit',
    'foorumi': `/foorumit/${forum}`,
    'kokous': `/foorumit/kokous/${meeting}`,
    'tiekartta': '/tiekartta',
    'ekosysteemi': '/ekosysteemi',
  };
  const signedIn = {
    ohjaaja: { 'palvelu-ohjaaja': `/palvelu/${service}`, 'haku-ohjaaja': '/haku?q=ty%C3%B6kokeilu', 'lista': '/lista',
      'hallinta-ohjaaja': '/hallinta' },
    koordinaattori: { 'hallinta': '/hallinta', 'hallinta-palvelut': '/hallinta/palvelut', 'toimija-koordinaattori': `/toimija/${actor}`,
      'palvelun-muokkaus': `/hallinta/palvelu/${service}`, 'hallinta-toimijat': '/hallinta/toimijat',
      'toimijan-muokkaus': `/hallinta/toimija/${actor}`, 'uusi-toimija': '/hallinta/toimija/uusi',
      // Dialogs open: restoring a version from the editor's history, handling a report, answering
      // accessibility feedback (the dashboard lists both), re-assuring the chosen rows of a list.
      'palvelun-historia-palautus': { path: `/hallinta/palvelu/${service}`, act: openRestoreDialog },
      'hallinta-ilmoituksen-kasittely': { path: '/hallinta', act: page => openDialogBy(page, 'vaadin-button.report-handle') },
      'hallinta-palautteen-vastaus': { path: '/hallinta', act: page => openDialogBy(page, 'vaadin-button.feedback-answer') },
      'hallinta-palvelut-valitut': { path: '/hallinta/palvelut', act: openBulkReassureDialog },
      'hallinta-vastuut': '/hallinta/vastuut', 'rooli-koordinaattori': `/roolit/${role}`,
      'kokous-koordinaattori': `/foorumit/kokous/${meeting}`, 'foorumi-koordinaattori': `/foorumit/${forum}`,
      'tiekartta-koordinaattori': '/tiekartta', 'omat-tehtavat': '/omat-tehtavat',
      // The network with its editing tools, and the relationship dialog open.
      'verkosto-koordinaattori': '/verkosto',
      'verkosto-uusi-suhde': { path: '/verkosto', act: page => openDialogBy(page, 'vaadin-button.relationship-new') },
      // The roadmap's action dialog open: decision and follow-up meeting choices (roadmap/ui/ActionDialog).
      'tiekartta-toimenpide-dialogi': { path: '/tiekartta', act: page => openDialogBy(page, 'vaadin-button.roadmap-edit-action') },
      // The seeded path's id is derived from its slug (exchange/seed/EcosystemPathsReader).
      'hallinta-polut': '/hallinta/polut', 'polun-muokkaus': '/hallinta/polku/3f64711c-93eb-34fd-9b8a-8c1b39abd513', 'uusi-polku': '/hallinta/polku/uusi',
      // The self-assessment form (/itsearvio/{token}) needs a signed link from an e-mail, so it is
      // not in this check; its Karibu test (AssessmentViewsTest) checks its labels.
      'hallinta-itsearvio': '/hallinta/itsearvio', 'hallinta-haku': '/hallinta/haku', 'hallinta-tuonti': '/hallinta/tuonti' },
    yllapitaja: { 'hallinta-palvelut-yllapitaja': '/hallinta/palvelut', 'salasanan-vaihto': '/hallinta/salasana',
      'uusi-palvelu': '/hallinta/palvelu/uusi' },
    paakayttaja: { 'kayttajat': '/hallinta/kayttajat', 'loki': '/hallinta/loki' },
  };

  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const problems = [];
  const report = [];
  try {
    await canary(browser);
    await cspCanary(browser);
    await checkCalendarFeeds(problems);
    for (const lang of LANGUAGES) {
      const context = await browser.createBrowserContext();
      for (const [name, path] of Object.entries(publicPages)) {
        await check(context, `${name}-${lang}`, path, lang, true, problems, report, EXPECTED_STATUS[name]);
      }
      await searchByKeyboardAndPhone(context, lang, problems);
      await context.close();
    }
    if (!PASSWORD) {
      console.log('EKOKARTTA_DEMO_PASSWORD not set: signed-in views were NOT checked.');
    } else {
      // Something to handle: a report on the service, accessibility feedback, and a second version
      // of the service, so that its history has a version to restore.
      await prepareReportAndFeedback(browser, service);
      await prepareSecondVersion(browser, service);
      const handout = await prepareShortlist(browser, 'velkaneuvonta', 2);
      for (const lang of LANGUAGES) {
        const context = await browser.createBrowserContext();
        await check(context, `asiakkaan-lista-${lang}`, handout, lang, true, problems, report);
        await context.close();
      }
      for (const [user, pages] of Object.entries(signedIn)) {
        for (const lang of LANGUAGES) {
          const context = await browser.createBrowserContext();
          await login(context, user);
          for (const [name, spec] of Object.entries(pages)) {
            const { path, act } = typeof spec === 'string' ? { path: spec } : spec;
            await check(context, `${name}-${lang}`, path, lang, PHONE_TOO.has(name), problems, report, EXPECTED_STATUS[name], act);
          }
          await context.close();
        }
      }
    }
    console.log('\nPrinting to A4 PDF:');
    const longest = process.env.EKOKARTTA_PRINT_SERVICE_ID || await longestService(browser, BASE);
    await checkPrint(browser, BASE, 'palvelu-tuloste', `/palvelu/${longest}`, OUT, problems);
    if (!PASSWORD) {
      console.log('EKOKARTTA_DEMO_PASSWORD not set: the handout\'s print and PDF were NOT checked.');
    } else {
      const handout = await prepareShortlist(browser, 'ohjaus', 4);
      await checkPrint(browser, BASE, 'asiakkaan-lista-tuloste', handout, OUT, problems);
      await checkServerPdf(browser, BASE, 'asiakkaan-lista-pdf', handout, OUT, problems);
    }
  } finally {
    await browser.close();
  }
  writeFileSync(join(OUT, 'report.json'), JSON.stringify(report, null, 2));
  console.log(`\n${report.length} pages checked, screenshots and report.json in ${OUT}`);
  if (problems.length) {
    console.log(`\n${problems.length} problem(s):`);
    problems.forEach(p => console.log(`  - ${p}`));
    process.exit(1);
  }
  console.log('No page errors, no CSP violations and no serious or critical axe findings.');
}

/** axe must find a known fault on a known-bad page, or a silent misconfiguration would pass every page. */
async function canary(browser) {
  const page = await browser.newPage();
  await page.setContent('<html lang="fi"><head><title>t</title></head><body><main><h1>t</h1>'
    + '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"></main></body></html>');
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async () => (await window.axe.run(document)).violations.map(v => v.id));
  await page.close();
  if (!found.includes('image-alt') || !found.includes('label')) {
    throw new Error(`axe self-check failed: expected image-alt and label violations, got ${found}`);
  }
}

/** Collects the page's Content-Security-Policy violations in window.__csp from its first script on. */
async function watchCsp(page) {
  await page.evaluateOnNewDocument(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation',
      e => window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`));
  });
}

/** The watch must see a violation the app's policy forbids (an image from another site), or it proves nothing. */
async function cspCanary(browser) {
  const page = await browser.newPage();
  await watchCsp(page);
  const response = await page.goto(`${BASE}/`, { waitUntil: 'networkidle0', timeout: 60000 });
  if (!response.headers()['content-security-policy']) throw new Error('CSP self-check: the front page has no policy');
  await page.evaluate(() => { const img = document.createElement('img'); img.src = 'https://csp-canary.invalid/x.png'; document.body.append(img); });
  await new Promise(resolve => setTimeout(resolve, 500));
  const seen = await page.evaluate(() => window.__csp);
  await page.close();
  if (!seen.some(v => v.startsWith('img-src'))) throw new Error(`CSP self-check failed: no img-src violation seen, got ${seen}`);
}

async function login(context, user) {
  const page = await context.newPage();
  await page.goto(`${BASE}/login`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('input[name="username"]');
  await page.type('input[name="username"]', user);
  await page.type('input[name="password"]', PASSWORD);
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.keyboard.press('Enter')]);
  if (page.url().includes('/login')) throw new Error(`signing in as ${user} failed`);
  await page.close();
}

/**
 * Checks one page; {@code act}, when given, first brings it to the state to check (a dialog open)
 * and throws when it cannot.
 */
async function check(context, name, path, lang, phoneToo, problems, report, expectedStatus = 200, act = null) {
  const page = await context.newPage();
  const errors = [];
  const url = `${BASE}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
  // Chromium reports a page's own error status on the console too; an expected one is no fault.
  const ownStatus = message => expectedStatus !== 200 && message.location()?.url === url;
  page.on('pageerror', error => errors.push(`page error: ${error.message}`));
  page.on('console', message => { if (message.type() === 'error' && !ownStatus(message)) errors.push(`console error: ${message.text()}`); });
  page.on('requestfailed', request => errors.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  await watchCsp(page);
  await page.setViewport({ width: 1280, height: 900 });
  const response = await page.goto(url, { waitUntil: 'networkidle0', timeout: 60000 });
  if (!response || response.status() !== expectedStatus) errors.push(`HTTP ${response?.status()}, expected ${expectedStatus}`);
  if (response && !response.headers()['content-security-policy']) errors.push('no Content-Security-Policy header');
  await page.waitForSelector('h1', { timeout: 20000 }).catch(() => errors.push('no h1 rendered'));
  const htmlLang = await page.evaluate(() => document.documentElement.lang);
  if (htmlLang !== lang) errors.push(`<html lang="${htmlLang}">, expected "${lang}"`);
  if (act) {
    await act(page).catch(error => errors.push(`could not prepare the page: ${error.message}`));
  }
  await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(async () => await window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  const blocking = results.violations.filter(v => BLOCKING.has(v.impact));
  await screenshot(page, 1280, join(OUT, `${name}.png`));
  if (phoneToo) {
    await page.setViewport({ width: 360, height: 740 });
    await new Promise(resolve => setTimeout(resolve, 300));
    const overflow = await page.evaluate(() => Math.max(document.documentElement.scrollWidth,
      document.getElementById('main-content')?.scrollWidth || 0) - window.innerWidth);
    if (overflow > 1) errors.push(`page is ${overflow}px wider than a 360px phone screen`);
    await screenshot(page, 360, join(OUT, `${name}-360.png`));
  }
  for (const violation of await page.evaluate(() => window.__csp || [])) errors.push(`CSP violation: ${violation}`);
  const line = `${name.padEnd(32)} axe: ${results.violations.length} violation(s), ${blocking.length} serious/critical; ${errors.length} error(s)`;
  console.log(line);
  report.push({ name, url, violations: results.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => n.target.join(' ')) })), errors });
  for (const v of blocking) {
    problems.push(`${name}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')}`);
  }
  for (const error of errors) problems.push(`${name}: ${error}`);
  await page.close();
}

/** Waits until an open Vaadin dialog (or confirmation dialog) shows, and for the server's round trips. */
async function dialogOpen(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('vaadin-dialog, vaadin-confirm-dialog')].some(d => d.opened),
    { timeout: 10000 });
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 10000 }).catch(() => {});
}

/** Clicks the first element the selector finds (a button opening a dialog) and waits for the dialog. */
async function openDialogBy(page, selector) {
  await page.waitForSelector(selector, { timeout: 10000 });
  await page.$eval(selector, button => button.scrollIntoView());
  await page.click(selector);
  await dialogOpen(page);
}

/** The editor's "Historia": opens the list, then asks to restore the newest version that can be. */
async function openRestoreDialog(page) {
  await page.waitForSelector('.editor-history vaadin-details');
  await page.$eval('.editor-history vaadin-details', details => details.scrollIntoView());
  await page.evaluate(() => { document.querySelector('.editor-history vaadin-details').opened = true; });
  await openDialogBy(page, '.editor-history vaadin-button.history-restore');
}

/** The management list: two rows chosen, then "Merkitse valitut ajan tasalla oleviksi". */
async function openBulkReassureDialog(page) {
  await page.waitForSelector('vaadin-grid vaadin-checkbox');
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 10000 }).catch(() => {});
  // The grid's row check boxes (the first one chooses all rows).
  const boxes = await page.$$('vaadin-grid vaadin-checkbox');
  for (const box of boxes.slice(1, 3)) {
    await box.click();
    await page.waitForNetworkIdle({ idleTime: 200, timeout: 10000 }).catch(() => {});
  }
  await page.waitForSelector('vaadin-button.bulk-reassure:not([disabled])', { timeout: 10000 });
  await openDialogBy(page, 'vaadin-button.bulk-reassure');
}

/** Clicks the Vaadin button whose text is given. */
async function clickButton(page, text) {
  await page.waitForFunction(t => [...document.querySelectorAll('vaadin-button')].some(b => b.textContent.trim() === t),
    { timeout: 10000 }, text);
  await page.evaluate(t => [...document.querySelectorAll('vaadin-button')].find(b => b.textContent.trim() === t).click(), text);
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 10000 }).catch(() => {});
}

/** Types into the field (text field, text area, e-mail field) whose label is given. */
async function typeInto(page, label, text) {
  const input = await page.waitForFunction(l => [...document.querySelectorAll('vaadin-text-field, vaadin-text-area, vaadin-email-field')]
    .find(f => f.label === l)?.querySelector('input, textarea'), { timeout: 10000 }, label);
  await input.click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
  await page.waitForNetworkIdle({ idleTime: 200, timeout: 10000 }).catch(() => {});
}

/** As an anonymous visitor: a report of outdated information on the service, and accessibility feedback. */
async function prepareReportAndFeedback(browser, service) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${BASE}/palvelu/${service}?lang=fi`, { waitUntil: 'networkidle0' });
  await openDialogBy(page, 'vaadin-button.report-outdated');
  await typeInto(page, 'Mikä tieto on vanhentunut?', 'Puhelinnumero on muuttunut (selaintarkistus).');
  await typeInto(page, 'Sähköpostisi (vapaaehtoinen)', 'ilmoittaja@example.org');
  await clickButton(page, 'Lähetä ilmoitus');
  await page.goto(`${BASE}/saavutettavuus?lang=fi`, { waitUntil: 'networkidle0' });
  await typeInto(page, 'Palaute', 'Painikkeen kontrasti on heikko (selaintarkistus).');
  await typeInto(page, 'Sähköpostisi (vapaaehtoinen)', 'palaute@example.org');
  await clickButton(page, 'Lähetä palaute');
  await context.close();
}

/** As the coordinator: the service renamed and saved, so its history has an older version to restore. */
async function prepareSecondVersion(browser, service) {
  const context = await browser.createBrowserContext();
  await login(context, 'koordinaattori');
  const page = await context.newPage();
  await page.goto(`${BASE}/hallinta/palvelu/${service}?lang=fi`, { waitUntil: 'networkidle0' });
  await typeInto(page, 'Nimi (suomi)', ' (tarkistettu)');
  // Let the field's change reach the server before the save, then wait for the save's notification.
  await page.keyboard.press('Tab');
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 10000 }).catch(() => {});
  await clickButton(page, 'Tallenna');
  await page.waitForFunction(() => document.querySelector('vaadin-notification-card'), { timeout: 15000 })
    .catch(() => console.log('The second version of the service was not confirmed saved.'));
  await context.close();
}

/** The focused element, looking into the shadow roots of Vaadin's components. */
async function focused(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    const host = element?.getRootNode()?.host;
    return { id: element?.id || '', text: (element?.textContent || '').trim(),
      inResult: !!(element?.closest?.('.result-card') || host?.closest?.('.result-card')) };
  });
}

/**
 * From the search field the first result is at most three keystrokes away (Tab to "Siirry
 * tuloksiin", Enter, Tab; or Enter in the field, Tab) and not behind the facets; at 360 px the
 * facets are folded behind the filter button, which opens them.
 */
async function searchByKeyboardAndPhone(context, lang, problems) {
  const page = await context.newPage();
  const name = `haku-näppäimistö-${lang}`;
  const field = 'vaadin-text-field.search-field input';
  const settle = () => page.waitForNetworkIdle({ idleTime: 300, timeout: 10000 }).catch(() => {});
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${BASE}/haku?q=velkaneuvonta&lang=${lang}`, { waitUntil: 'networkidle0', timeout: 60000 });
  await page.waitForSelector('.result-card');
  const ways = { 'Tab, Enter, Tab': ['Tab', 'Enter', 'Tab'], 'Enter, Tab': ['Enter', 'Tab'] };
  for (const [way, keys] of Object.entries(ways)) {
    await page.focus(field);
    for (const key of keys) {
      await page.keyboard.press(key);
      await settle();
    }
    const at = await focused(page);
    if (!at.inResult) problems.push(`${name}: ${way} from the search field ends at "${at.id || at.text.slice(0, 40)}", not the first result`);
  }
  await page.setViewport({ width: 360, height: 740 });
  await page.goto(`${BASE}/haku?q=velkaneuvonta&lang=${lang}`, { waitUntil: 'networkidle0', timeout: 60000 });
  const phone = async () => page.evaluate(() => {
    const toggle = document.querySelector('.filters-toggle');
    const facets = document.getElementById(toggle?.getAttribute('aria-controls'));
    return { toggle: !!toggle && getComputedStyle(toggle).display !== 'none', expanded: toggle?.getAttribute('aria-expanded'),
      facets: !!facets && getComputedStyle(facets).display !== 'none' };
  });
  const folded = await phone();
  if (!folded.toggle || folded.facets || folded.expanded !== 'false') {
    problems.push(`${name}: at 360 px the facets are not folded behind the filter button (${JSON.stringify(folded)})`);
  } else {
    await page.click('.filters-toggle');
    await settle();
    const opened = await phone();
    if (!opened.facets || opened.expanded !== 'true') problems.push(`${name}: the filter button does not open the facets (${JSON.stringify(opened)})`);
  }
  console.log(`${name.padEnd(32)} keyboard and phone checked`);
  await page.close();
}

/** As the counsellor: the first services a search finds onto the client's list; returns the handout's path. */
async function prepareShortlist(browser, query, count) {
  const context = await browser.createBrowserContext();
  await login(context, 'ohjaaja');
  const page = await context.newPage();
  await page.goto(`${BASE}/haku?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('vaadin-button.add-to-shortlist');
  // A service already on the list has a pressed button, which would take it off.
  const buttons = await page.$$('vaadin-button.add-to-shortlist:not([aria-pressed="true"])');
  for (const button of buttons.slice(0, count)) {
    await button.click();
    await new Promise(resolve => setTimeout(resolve, 500));
  }
  await page.goto(`${BASE}/lista`, { waitUntil: 'networkidle0' });
  const handoutLink = 'a[href^="palvelulista/"]:not([href$=".pdf"])';
  await page.waitForSelector(handoutLink);
  const path = await page.$eval(handoutLink, a => '/' + a.getAttribute('href'));
  await context.close();
  return path;
}

/** The app layout scrolls inside itself, so the window is made as tall as the content before the picture. */
async function screenshot(page, width, path) {
  const height = await page.evaluate(() => {
    const main = document.getElementById('main-content');
    return Math.max(document.documentElement.scrollHeight, main ? main.scrollHeight + main.getBoundingClientRect().top : 0);
  });
  await page.setViewport({ width, height: Math.min(Math.max(height, 600), 8000) });
  await new Promise(resolve => setTimeout(resolve, 200));
  await page.screenshot({ path });
}

main().catch(error => { console.error(error); process.exit(1); });
