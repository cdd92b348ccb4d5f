// Drives code-server in headless Chromium and checks what a user of the extension sees.
// Started by scripts/e2e-vscode.sh:
//   node drive.mjs --url http://127.0.0.1:PORT/?folder=DIR --workspace DIR --out SCREENSHOT_DIR
//
// The workspace holds test-fixtures/e2e/: ix-aws.ix (an IX config with mistakes),
// vpn-0a1b2c3d4e5f67890.txt (an AWS Cisco IOS sample), ix-aws-show.ixlog (the router's show
// output: tunnel 1 up, tunnel 2 failing on hash errors), and my-aws-download.txt (an AWS sample
// pasted without its header and line breaks, under a name VS Code opens as Plain Text; a copy of
// test-fixtures/lsp/e2e/downloaded-sample.txt). Checks, in order:
//   harness: the workbench loads; the config opens as NEC IX with TextMate colouring; the
//            extension's status bar item appears (the extension is active);
//   server:  the status bar says the language server is running;
//   0. after this fresh start, with nothing touched, the status bar names the linked sample:
//      exactly "$(check) NEC IX $(link) vpn-0a1b2c3d4e5f67890.txt";
//   1. the Problems panel lists exactly the config's diagnostics of test-fixtures/e2e/ix-aws.problems.txt
//      (codes, lines and severities: the sample's cross-checks, IX503, included), and the code
//      lenses over its tunnels read exactly CONFIG_LENSES;
//   2. a completion list appears when typing in the config;
//   3. "NEC IX: Generate IX config from AWS sample" on the sample creates a new file and opens it;
//      the sample has the code lens "Generate IX config (IKEv1) (vpn-…)" at its top;
//   4. the status bar names the sample linked to the config, and "NEC IX: Show tunnel status"
//      shows both of the sample's tunnels;
//   5. the router transcript opens as NEC IX Show Output; the Problems panel lists exactly its one
//      diagnosis (IX702), a code lens stands over each tunnel with its state, and "Show tunnel
//      status" on it shows the router's live state beside the config's checks;
//   6. "NEC IX: Restart server" starts a new server process that comes up running;
//   7. my-aws-download.txt, recognised by content, switches to AWS VPN Sample, has the code lens
//      "Generate IX config (IKEv1) (vpn-…)" at its top, the palette offers Generate, Ctrl+. offers it too, and
//      taking it writes a config with no error in the Problems panel;
//   7c. AWS's documented Cisco IOS BGP sample (YOUR_BGP_ASN, test-fixtures/aws/cisco-ios-doc-placeholders.txt),
//      copied into the workspace: Generate asks "Generate IX config: this router's AS number", naming the
//      placeholder; 65010 typed gives a config with "router bgp 65010" and no error in the Problems panel;
//   8. after "Developer: Reload Window": the status bar names the linked sample exactly again;
//      8a. my-aws-download.txt is still an AWS VPN Sample; 8b. vpn-0a1b2c3d4e5f67890.txt, made Plain
//      Text by hand before the reload (7b), closed and opened again, is still Plain Text;
//   9. the server's output channel has each log line once and no "Unmatched cancel notification".
// Each check prints "CHECK PASS <name>" or "CHECK FAIL <name>: <why>" and leaves a screenshot.
// The Problems panel as the README shows it is saved as vscode-problems.png.
// Exit status: 0 when all passed, 1 otherwise.

import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values: options } = parseArgs({
  options: {
    url: { type: 'string' },
    workspace: { type: 'string' },
    out: { type: 'string' },
    logs: { type: 'string' },
    fixtures: { type: 'string' },
  },
});
if (!options.url || !options.workspace || !options.out || !options.logs || !options.fixtures) {
  console.error('usage: drive.mjs --url URL --workspace DIR --out DIR --logs USER_DATA_LOGS_DIR --fixtures TEST_FIXTURES_DIR');
  process.exit(2);
}
mkdirSync(options.out, { recursive: true });

const CONFIG = 'ix-aws.ix';
const SAMPLE = 'vpn-0a1b2c3d4e5f67890.txt';
const TRANSCRIPT = 'ix-aws-show.ixlog';
/** An AWS sample under a name VS Code opens as Plain Text, pasted without its header. */
const SAMPLE_BY_CONTENT = 'my-aws-download.txt';
/** The status bar over the config once its sample is linked, icons written as in the extension. */
const LINKED_STATUS = `$(check) NEC IX $(link) ${SAMPLE}`;
/** The code lens at the top of each AWS sample: the server names the IKE version and the connection. */
/** AWS's documented Cisco IOS BGP sample, YOUR_BGP_ASN in it, written into the workspace by check 7c. */
const DOC_SAMPLE = 'aws-doc-bgp-sample.txt';
/** The title of the question Generate asks when the sample leaves this router's ASN as a placeholder. */
const ASN_TITLE = "Generate IX config: this router's AS number";
const SAMPLE_LENSES = ['Generate IX config (IKEv1) (vpn-0a1b2c3d4e5f67890)'];
const SAMPLE_BY_CONTENT_LENSES = ['Generate IX config (IKEv1) (vpn-0e88bfbe4ce7ff72a)'];
/** The code lenses over the config's two tunnel interfaces, in line order. */
const CONFIG_LENSES = [
  'Tunnel #1 · vpn-0a1b… · 6/6 checks pass',
  'Tunnel #2 · vpn-0a1b… · 4/6 checks pass',
];
/** The Problems panel for the config: "CODE line severity", sorted (test-fixtures/e2e/ix-aws.problems.txt). */
const CONFIG_PROBLEMS = readFileSync(join(options.fixtures, 'e2e', 'ix-aws.problems.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => line.trim().split('\t').join(' '))
  .sort();
/** What the user sees over the transcript: one code lens per tunnel, in line order. */
const TRANSCRIPT_LENSES = ['Tunnel #1 · 198.51.100.10 · up', 'Tunnel #2 · 198.51.100.20 · down: Pre-shared key mismatch (IX702)'];
/** How long the JVM language server may take to start and answer. */
const SERVER_TIMEOUT = 90_000;

const results = [];
let screenshotCount = 0;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
page.setDefaultTimeout(15_000);
const browserErrors = [];
page.on('pageerror', (error) => browserErrors.push(String(error)));

async function screenshot(name) {
  screenshotCount += 1;
  const file = join(options.out, `${String(screenshotCount).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file }).catch(() => undefined);
  return file;
}

/** The text of visible notifications, to explain a failure. */
async function notifications() {
  const texts = await page.locator('.notification-toast .notification-list-item-message').allInnerTexts().catch(() => []);
  return texts.length === 0 ? '' : ` [notifications: ${texts.join(' | ')}]`;
}

/** Runs one check; a thrown error or a false result is a failure. */
async function check(name, body, { required = false } = {}) {
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`CHECK PASS ${name} (${await screenshot(name.replace(/\W+/g, '-'))})`);
  } catch (error) {
    const why = `${error instanceof Error ? error.message.split('\n')[0] : String(error)}${await notifications()}`;
    results.push({ name, ok: false });
    console.log(`CHECK FAIL ${name}: ${why} (${await screenshot(`${name.replace(/\W+/g, '-')}-FAILED`)})`);
    if (required) {
      throw new Error(`required check failed: ${name}`);
    }
  }
}

function assert(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

async function runCommand(title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

async function openFile(name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
}

/**
 * Opens a file the test has just written into the workspace from the Explorer, which lists it
 * once the file watcher reports it; Quick Open's file search may not know it for a while yet.
 */
async function openNewFile(name) {
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
  await row.waitFor({ timeout: 30_000 });
  await row.click();
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
}

/** The language shown in the status bar for the active editor. */
async function languageMode() {
  return (await page.locator('[id="status.editor.mode"]').innerText()).trim();
}

/** The token class names (mtkN) of the first visible editor line containing `text`. */
async function tokenClasses(text) {
  const line = page.locator('.editor-instance .view-line', { hasText: text }).first();
  await line.waitFor();
  return line.locator('span > span').evaluateAll((spans) =>
    spans.map((span) => ({ text: span.textContent, className: span.className })),
  );
}

const statusItem = page.locator('[id$="ixls.status"]');

/** The extension's output channel as code-server writes it to its log folder. */
function serverOutput() {
  const files = readdirSync(options.logs, { recursive: true }).filter((name) => String(name).endsWith('NEC IX Language Server.log'));
  return files.map((name) => readFileSync(join(options.logs, String(name)), 'utf8')).join('\n');
}

/** Text of the webview (a frame inside the workbench) that contains `marker`, or '' when there is none yet. */
async function webviewText(marker) {
  for (const frame of page.frames().filter((f) => f !== page.mainFrame())) {
    const text = await frame
      .locator('body')
      .innerText({ timeout: 1000 })
      .catch(() => '');
    if (text.includes(marker)) {
      return text;
    }
  }
  return '';
}

function workspaceFiles() {
  return readdirSync(options.workspace).filter((name) => statSync(join(options.workspace, name)).isFile());
}

/** The status bar item as written in the extension: codicons as $(name), text with single spaces. */
async function statusText() {
  return statusItem.evaluate((element) => {
    const parts = [];
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        parts.push(node.textContent);
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        const icon = [...node.classList].find((c) => c.startsWith('codicon-') && c !== 'codicon-modifier-spin');
        if (icon) {
          parts.push(` $(${icon.slice('codicon-'.length)}) `);
        } else {
          node.childNodes.forEach(walk);
        }
      }
    };
    walk(element);
    return parts.join('').replace(/\s+/g, ' ').trim();
  });
}

/** Polls the status bar until it reads `expected`; returns what it read last. */
async function awaitStatus(expected, timeout) {
  let text = '';
  for (let waited = 0; waited <= timeout; waited += 500) {
    text = await statusText().catch(() => '');
    if (text === expected) {
      return text;
    }
    await page.waitForTimeout(500);
  }
  return text;
}

/** The code lens texts of the active editor group's editor, in line order, as far as they are rendered. */
async function activeLenses() {
  const texts = await page.locator('.editor-group-container.active .editor-instance .codelens-decoration').allInnerTexts();
  return texts.map((t) => t.trim()).filter((t) => t !== '');
}

/** Polls the active editor's code lenses until `done(lenses)`; returns what it read last. */
async function awaitLenses(done, timeout) {
  let lenses = [];
  for (let waited = 0; waited <= timeout; waited += 500) {
    lenses = await activeLenses();
    if (done(lenses)) {
      return lenses;
    }
    await page.waitForTimeout(500);
  }
  return lenses;
}

/**
 * The Problems panel filtered to one file: "CODE line severity" per diagnostic, sorted, and the rows'
 * texts. Related information (a row under a diagnostic) is not a diagnostic.
 */
async function problemsOf(file) {
  // Ctrl+Shift+M toggles the panel: pressed only while it is hidden.
  if (!(await page.locator('.markers-panel').isVisible().catch(() => false))) {
    await page.keyboard.press('Control+Shift+M');
  }
  const filter = page.locator('.viewpane-filter-container input:visible').first();
  await filter.waitFor();
  if ((await filter.inputValue()) !== file) {
    await filter.fill(file);
    await page.waitForTimeout(300);
  }
  const rows = page.locator('.markers-panel .monaco-list-row[aria-level="2"]');
  const found = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    // The row's label names the severity ("Error: ..."); its icon gives way to a light bulb on the selected row.
    const label = (await row.getAttribute('aria-label')) ?? '';
    const named = label.match(/^(Error|Warning|Info)\b/);
    const severity = named ? named[1].toLowerCase()
      : (await row.locator('.codicon-error').count()) > 0 ? 'error'
      : (await row.locator('.codicon-warning').count()) > 0 ? 'warning'
      : (await row.locator('.codicon-info').count()) > 0 ? 'info' : 'hint';
    const code = (text.match(/IX\d{3}/) ?? ['?'])[0];
    const line = (text.match(/\[Ln (\d+), Col \d+\]/) ?? [])[1] ?? '?';
    found.push({ key: `${code} ${line} ${severity}`, text });
  }
  // Sorted by key, texts alongside, so that a failure quotes the rows it names.
  found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { keys: found.map((f) => f.key), texts: found.map((f) => f.text) };
}

/** Polls the Problems panel for `file` until `done(keys)`; returns what it read last. */
async function awaitProblems(file, done, timeout) {
  let problems = { keys: [], texts: [] };
  for (let waited = 0; waited <= timeout; waited += 1000) {
    problems = await problemsOf(file);
    if (done(problems.keys)) {
      return problems;
    }
    await page.waitForTimeout(1000);
  }
  return problems;
}

async function clearProblemsFilter() {
  const filter = page.locator('.viewpane-filter-container input:visible').first();
  if (await filter.isVisible().catch(() => false)) {
    await filter.fill('');
  }
}

const sameList = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** Waits for a file that was not in `before` to appear in the workspace, non-empty; returns its name. */
async function awaitNewFile(before) {
  let created = [];
  for (let waited = 0; waited < SERVER_TIMEOUT && created.length === 0; waited += 500) {
    await page.waitForTimeout(500);
    created = workspaceFiles().filter((name) => !before.has(name));
  }
  assert(created.length === 1, `new files: ${JSON.stringify(created)}`);
  const [name] = created;
  let content = '';
  for (let waited = 0; waited < 15_000 && content.trim() === ''; waited += 500) {
    content = readFileSync(join(options.workspace, name), 'utf8');
    if (content.trim() === '') {
      await page.waitForTimeout(500);
    }
  }
  assert(content.trim() !== '', `${name} is empty`);
  return name;
}

/** Waits until the open file, recognised by content, switches to the AWS VPN Sample language. */
async function awaitSampleLanguage(file) {
  let mode = '';
  for (let waited = 0; waited <= 30_000 && mode !== 'AWS VPN Sample'; waited += 500) {
    mode = await languageMode();
    if (mode !== 'AWS VPN Sample') {
      await page.waitForTimeout(500);
    }
  }
  assert(mode === 'AWS VPN Sample', `${file} opens as "${mode}", not as an AWS VPN Sample`);
}

/**
 * A generated config, checked by the server once a diagnostic is listed (AWS's 1024-bit group is
 * noted, IX207), has no error in the Problems panel.
 */
async function assertNoErrorIn(name) {
  const problems = await awaitProblems(name, (keys) => keys.some((k) => k.startsWith('IX207')), SERVER_TIMEOUT);
  await page.waitForTimeout(2000);
  const settled = await problemsOf(name);
  await clearProblemsFilter();
  console.log(`generated ${name}: ${JSON.stringify(settled.keys)}`);
  assert(problems.keys.length > 0, `the server never checked ${name}`);
  const errors = settled.keys.filter((k) => k.endsWith(' error'));
  assert(errors.length === 0, `errors in ${name}: ${settled.texts.filter((t, i) => settled.keys[i]?.endsWith(' error')).join(' | ') || JSON.stringify(errors)}`);
}

/** Answers the questions of "Generate IX config" with their defaults (the IKE version only when asked). */
async function answerGenerateQuestions() {
  const quickInput = page.locator('.quick-input-widget');
  await quickInput.locator('.quick-input-title', { hasText: /IKE version|outside interface/ }).waitFor({ timeout: SERVER_TIMEOUT });
  if ((await quickInput.locator('.quick-input-title').innerText()).includes('IKE version')) {
    await page.keyboard.press('Enter');
    await quickInput.locator('.quick-input-title', { hasText: 'outside interface' }).waitFor();
  }
  assert((await quickInput.locator('input').inputValue()) === 'GigaEthernet0.0', 'outside interface default');
  await page.keyboard.press('Enter');
}

let exitCode = 1;
try {
  await check(
    'workbench loads',
    async () => {
      await page.goto(options.url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: CONFIG }).waitFor({ timeout: 30_000 });
    },
    { required: true },
  );

  await check(
    'config opens as NEC IX with TextMate colouring',
    async () => {
      await openFile(CONFIG);
      assert((await languageMode()) === 'NEC IX', `language mode is "${await languageMode()}"`);
      // Without the grammar every token is plain (one class). With it, this line has a command,
      // a prefix and an interface name, each coloured by the theme.
      let tokens = [];
      for (let attempt = 0; attempt < 20; attempt++) {
        tokens = await tokenClasses('ip route 10.0.0.0/16 Tunnel0.0');
        if (new Set(tokens.map((t) => t.className)).size >= 3) {
          break;
        }
        await page.waitForTimeout(500);
      }
      const classes = new Set(tokens.map((t) => t.className));
      assert(classes.size >= 3, `tokens ${JSON.stringify(tokens)}`);
      const comment = await tokenClasses('end-to-end test fixture');
      const keyword = tokens.find((t) => t.text === 'ip');
      assert(keyword && comment.length > 0 && comment[0].className !== keyword.className, 'comment coloured like a command');
    },
    { required: true },
  );

  await check(
    'extension active (status bar item shown)',
    async () => {
      await statusItem.waitFor({ timeout: 30_000 });
      console.log(`status bar: "${(await statusItem.innerText()).trim()}" (${await statusItem.getAttribute('aria-label')})`);
    },
    { required: true },
  );

  let serverRunning = false;
  await check('language server running', async () => {
    // Wait for the item to leave "starting": running (check), failed (error), no Java (warning).
    await statusItem
      .locator('.codicon-check, .codicon-error, .codicon-warning, .codicon-circle-slash')
      .waitFor({ timeout: SERVER_TIMEOUT });
    const label = await statusItem.getAttribute('aria-label');
    assert(await statusItem.locator('.codicon-check').count(), `status bar: ${label}`);
    serverRunning = true;
  });

  const serverCheck = async (name, body) =>
    check(name, async () => {
      assert(serverRunning, 'the language server is not running');
      await body();
    });

  // The bug this guards against: after a start the status bar said "no AWS sample" while the
  // diagnostics quoted the sample, and stayed so until the user switched editors.
  await serverCheck('0. status bar names the linked sample after a fresh start', async () => {
    const text = await awaitStatus(LINKED_STATUS, 30_000);
    console.log(`status bar: ${text}`);
    assert(text === LINKED_STATUS, `status bar "${text}", expected "${LINKED_STATUS}"`);
  });

  await serverCheck('1. exactly the expected diagnostics in the Problems panel, and the tunnel code lenses', async () => {
    const problems = await awaitProblems(CONFIG, (keys) => sameList(keys, CONFIG_PROBLEMS), SERVER_TIMEOUT);
    console.log(`problems: ${problems.texts.join(' | ')}`);
    assert(sameList(problems.keys, CONFIG_PROBLEMS), `problems ${JSON.stringify(problems.keys)}, expected ${JSON.stringify(CONFIG_PROBLEMS)}`);
    await clearProblemsFilter();
    // The README's picture: the config, its problems and the status bar with the linked sample.
    await page.locator('.tabs-container .tab', { hasText: CONFIG }).first().click();
    await page.locator('.editor-group-container.active .editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Home');
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(options.out, 'vscode-problems.png') });
    // The tunnel interfaces are at the end of the config: the lenses over them are read there.
    await page.locator('.editor-group-container.active .editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    const lenses = await awaitLenses((seen) => seen.length >= CONFIG_LENSES.length, SERVER_TIMEOUT);
    console.log(`config code lenses: ${JSON.stringify(lenses)}`);
    assert(sameList(lenses, CONFIG_LENSES), `code lenses ${JSON.stringify(lenses)}, expected ${JSON.stringify(CONFIG_LENSES)}`);
    await page.keyboard.press('Control+Home');
  });

  await serverCheck('2. completion list while typing', async () => {
    await page.locator('.tabs-container .tab', { hasText: CONFIG }).click();
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('i');
    await page.keyboard.press('Control+Space');
    const rows = page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');
    await rows.first().waitFor({ timeout: 30_000 });
    const labels = await rows.locator('.label-name').allInnerTexts();
    console.log(`completion: ${labels.join(', ')}`);
    assert(labels.length > 0, 'empty completion list');
    await screenshot('completion-list');
    await page.keyboard.press('Escape');
  });

  await serverCheck('3. generate IX config from the AWS sample', async () => {
    const before = new Set(workspaceFiles());
    await openFile(SAMPLE);
    assert((await languageMode()) === 'AWS VPN Sample', `language mode is "${await languageMode()}"`);
    await runCommand('NEC IX: Generate IX config from AWS sample');
    const quickInput = page.locator('.quick-input-widget');
    await quickInput.locator('.quick-input-title', { hasText: 'IKE version' }).waitFor();
    await page.keyboard.press('Enter');
    await quickInput.locator('.quick-input-title', { hasText: 'outside interface' }).waitFor();
    assert((await quickInput.locator('input').inputValue()) === 'GigaEthernet0.0', 'outside interface default');
    await page.keyboard.press('Enter');
    // The file is written once the server's edit is applied and saved.
    const name = await awaitNewFile(before);
    await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 15_000 });
    console.log(`generated ${name}: ${readFileSync(join(options.workspace, name), 'utf8').split('\n').length} lines`);
  });

  await serverCheck('3a. the AWS sample has the code lens "Generate IX config (IKEv1) (vpn-…)" at its top', async () => {
    await page.locator('.tabs-container .tab', { hasText: SAMPLE }).first().click();
    await page.keyboard.press('Control+Home');
    const lenses = await awaitLenses((seen) => seen.length > 0, SERVER_TIMEOUT);
    console.log(`sample code lenses: ${JSON.stringify(lenses)}`);
    assert(sameList(lenses, SAMPLE_LENSES), `code lenses ${JSON.stringify(lenses)}, expected ${JSON.stringify(SAMPLE_LENSES)}`);
  });

  await serverCheck('4. linked sample and tunnel status', async () => {
    await page.locator('.tabs-container .tab', { hasText: CONFIG }).first().click();
    const status = await awaitStatus(LINKED_STATUS, 30_000);
    assert(status === LINKED_STATUS, `status bar "${status}", expected "${LINKED_STATUS}"`);
    await runCommand('NEC IX: Show tunnel status');
    let text = '';
    for (let waited = 0; waited < 30_000 && text === ''; waited += 500) {
      await page.waitForTimeout(500);
      text = await webviewText('Tunnel status: ' + CONFIG);
    }
    assert(text !== '', 'no tunnel status view');
    console.log(`tunnel status: ${text.replace(/\s+/g, ' ').slice(0, 300)}`);
    for (const expected of ['vpn-0a1b2c3d4e5f67890', '198.51.100.10', '198.51.100.20']) {
      assert(text.includes(expected), `tunnel status lacks ${expected}`);
    }
  });

  await serverCheck('5. router transcript: diagnosis, code lenses and live tunnel status', async () => {
    await openFile(TRANSCRIPT);
    assert((await languageMode()) === 'NEC IX Show Output', `language mode is "${await languageMode()}"`);
    // The editor renders the lenses of the lines in view: read them at the top, then at tunnel 2's
    // SA (line 31, where its diagnosis is), and keep each text once, in line order.
    const seen = [];
    const readLenses = async () => {
      for (const text of await page.locator('.editor-instance .codelens-decoration').allInnerTexts()) {
        if (text.trim() !== '' && !seen.includes(text.trim())) {
          seen.push(text.trim());
        }
      }
    };
    for (let waited = 0; waited < SERVER_TIMEOUT && seen.length === 0; waited += 500) {
      await page.waitForTimeout(500);
      await readLenses();
    }
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
    await page.keyboard.type('31');
    await page.keyboard.press('Enter');
    for (let waited = 0; waited < 15_000 && seen.length < TRANSCRIPT_LENSES.length; waited += 500) {
      await page.waitForTimeout(500);
      await readLenses();
    }
    const lenses = seen;
    console.log(`code lenses: ${JSON.stringify(lenses)}`);
    assert(JSON.stringify(lenses) === JSON.stringify(TRANSCRIPT_LENSES), `code lenses ${JSON.stringify(lenses)}`);

    // The Problems panel, filtered to the transcript: exactly one diagnosis, IX702 on its line.
    await page.keyboard.press('Control+Shift+M');
    const filter = page.locator('.viewpane-filter-container input:visible').first();
    await filter.waitFor();
    await filter.fill(TRANSCRIPT);
    const markers = page.locator('.markers-panel .monaco-list-row[aria-level="2"]');
    let texts = [];
    for (let waited = 0; waited < 30_000 && texts.length === 0; waited += 500) {
      await page.waitForTimeout(500);
      texts = await markers.allInnerTexts();
    }
    console.log(`transcript problems: ${texts.map((t) => t.replace(/\s+/g, ' ')).join(' | ')}`);
    const codes = texts.map((t) => (t.match(/IX\d{3}/) ?? ['?'])[0]);
    assert(JSON.stringify(codes) === '["IX702"]', `codes ${JSON.stringify(codes)}`);
    assert(texts[0].includes('ike-policy2') && texts[0].includes('[Ln 31, Col 3]'), `problem ${texts[0]}`);
    assert(!/Mn3bV8cX1zL6kJ4hG9fD2sA7pQ5wE0rT|WrongKey0000/.test(texts.join(' ')), 'a key in the Problems panel');
    await filter.fill('');

    // The tunnel status of the transcript: the router's state beside the config's checks.
    await page.locator('.tabs-container .tab', { hasText: TRANSCRIPT }).first().click();
    await runCommand('NEC IX: Show tunnel status');
    let text = '';
    for (let waited = 0; waited < 30_000 && text === ''; waited += 500) {
      await page.waitForTimeout(500);
      text = await webviewText('Tunnel status: ' + TRANSCRIPT);
    }
    console.log(`live tunnel status: ${text.replace(/\s+/g, ' ').slice(0, 400)}`);
    for (const expected of ['Router (live)', 'down: Pre-shared key mismatch (IX702)', 'pre-shared key']) {
      assert(text.includes(expected), `tunnel status lacks ${expected}`);
    }
  });

  await serverCheck('6. restart server', async () => {
    const starts = () => (serverOutput().match(/^Java \S+ \(/gm) ?? []).length;
    const before = starts();
    await runCommand('NEC IX: Restart server');
    for (let waited = 0; waited < 30_000 && starts() === before; waited += 500) {
      await page.waitForTimeout(500);
    }
    assert(starts() > before, `no new server start in the output (${before} before)`);
    await statusItem.locator('.codicon-check').waitFor({ timeout: SERVER_TIMEOUT });
  });

  await serverCheck('7. an AWS sample named by content: language, code lens, Ctrl+. and the palette offer Generate', async () => {
    const before = new Set(workspaceFiles());
    await openFile(SAMPLE_BY_CONTENT);
    await awaitSampleLanguage(SAMPLE_BY_CONTENT);
    const lenses = await awaitLenses((seen) => seen.length > 0, SERVER_TIMEOUT);
    console.log(`${SAMPLE_BY_CONTENT} code lenses: ${JSON.stringify(lenses)}`);
    assert(sameList(lenses, SAMPLE_BY_CONTENT_LENSES),
      `code lenses ${JSON.stringify(lenses)}, expected ${JSON.stringify(SAMPLE_BY_CONTENT_LENSES)}`);
    // The palette has the command for it.
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('>NEC IX: Generate');
    const paletteRow = page.locator('.quick-input-list .monaco-list-row', { hasText: 'NEC IX: Generate IX config from AWS sample' });
    const inPalette = await paletteRow.first().waitFor({ timeout: 5000 }).then(() => true, () => false);
    await page.keyboard.press('Escape');
    assert(inPalette, 'the palette does not offer "NEC IX: Generate IX config from AWS sample"');
    // Ctrl+. in the middle of the sample: Generate is offered there too, and taken.
    await page.locator('.editor-group-container.active .editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    const actions = page.locator('.action-widget .monaco-list-row');
    let offered = [];
    for (let attempt = 0; attempt < 10 && !offered.some((t) => t.startsWith('Generate IX config')); attempt++) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+.');
      await actions.first().waitFor({ timeout: 5000 }).catch(() => undefined);
      offered = (await actions.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
      if (!offered.some((t) => t.startsWith('Generate IX config'))) {
        await page.waitForTimeout(1000);
      }
    }
    console.log(`Ctrl+. offers: ${JSON.stringify(offered)}`);
    assert(offered.some((t) => t.startsWith('Generate IX config')), `Ctrl+. offers ${JSON.stringify(offered)}`);
    // Taken as a user does: down to it, Enter.
    const focused = page.locator('.action-widget .monaco-list-row.focused');
    for (let step = 0; step < offered.length && !(await focused.innerText().catch(() => '')).includes('Generate IX config'); step++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await answerGenerateQuestions();
    const name = await awaitNewFile(before);
    await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 15_000 });
    await assertNoErrorIn(name);
  });

  // VS Code forgets a language picked by hand when the file opens again; the extension keeps it.
  await serverCheck('7b. a language picked by hand: the vpn-*.txt sample made Plain Text', async () => {
    await page.keyboard.press('Escape');
    await page.locator('.tabs-container .tab', { hasText: SAMPLE }).first().click();
    await page.locator('.tabs-container .tab.active', { hasText: SAMPLE }).waitFor();
    await runCommand('Change Language Mode');
    const input = page.locator('.quick-input-widget input');
    await input.fill('Plain Text');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Plain Text' }).first().click();
    let mode = '';
    for (let waited = 0; waited <= 5000 && mode !== 'Plain Text'; waited += 500) {
      await page.waitForTimeout(500);
      mode = await languageMode();
    }
    assert(mode === 'Plain Text', `${SAMPLE} is "${mode}" after picking Plain Text`);
  });

  // AWS's documented Cisco IOS BGP sample leaves the customer ASN as YOUR_BGP_ASN: only the user knows it.
  await serverCheck('7c. a sample with YOUR_BGP_ASN: Generate asks for this router\'s AS number and writes it', async () => {
    await page.keyboard.press('Escape');
    copyFileSync(join(options.fixtures, 'aws', 'cisco-ios-doc-placeholders.txt'), join(options.workspace, DOC_SAMPLE));
    const before = new Set(workspaceFiles());
    await openNewFile(DOC_SAMPLE);
    await awaitSampleLanguage(DOC_SAMPLE);
    await runCommand('NEC IX: Generate IX config from AWS sample');
    await answerGenerateQuestions();
    const quickInput = page.locator('.quick-input-widget');
    await quickInput.locator('.quick-input-title', { hasText: ASN_TITLE }).waitFor({ timeout: SERVER_TIMEOUT });
    const prompt = await quickInput.locator('.quick-input-message').innerText().catch(() => '');
    console.log(`asked: ${ASN_TITLE} / ${prompt}`);
    assert(prompt.includes('"YOUR_BGP_ASN"'), `the question does not name the sample's placeholder: "${prompt}"`);
    await page.keyboard.type('65010');
    await page.keyboard.press('Enter');
    const name = await awaitNewFile(before);
    const text = readFileSync(join(options.workspace, name), 'utf8');
    assert(text.includes('router bgp 65010'), `${name} has no "router bgp 65010"`);
    await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 15_000 });
    await assertNoErrorIn(name);
  });

  await serverCheck('8. after a reload the status bar names the linked sample', async () => {
    await page.keyboard.press('Escape');
    await page.locator('.tabs-container .tab', { hasText: CONFIG }).first().click();
    await page.waitForTimeout(1000);
    await runCommand('Developer: Reload Window');
    await page.waitForEvent('framenavigated', { timeout: 30_000 }).catch(() => undefined);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.tabs-container .tab.active', { hasText: CONFIG }).waitFor({ timeout: 60_000 });
    await statusItem.locator('.codicon-check').waitFor({ timeout: SERVER_TIMEOUT });
    const text = await awaitStatus(LINKED_STATUS, 30_000);
    console.log(`status bar after the reload: ${text}`);
    assert(text === LINKED_STATUS, `status bar "${text}", expected "${LINKED_STATUS}"`);
  });

  await serverCheck('8a. after the reload the sample named by content is still an AWS VPN Sample', async () => {
    await page.locator('.tabs-container .tab', { hasText: SAMPLE_BY_CONTENT }).first().click();
    let mode = '';
    for (let waited = 0; waited <= 15_000 && mode !== 'AWS VPN Sample'; waited += 500) {
      mode = await languageMode().catch(() => '');
      if (mode !== 'AWS VPN Sample') {
        await page.waitForTimeout(500);
      }
    }
    assert(mode === 'AWS VPN Sample', `${SAMPLE_BY_CONTENT} reopened as "${mode}"`);
  });

  await serverCheck('8b. after the reload, closed and opened again, the file keeps the language picked by hand', async () => {
    // VS Code restores a restored tab's language itself; a file opened anew gets it by its name.
    await page.locator('.tabs-container .tab', { hasText: SAMPLE }).first().click();
    await page.locator('.tabs-container .tab.active', { hasText: SAMPLE }).waitFor();
    await runCommand('View: Close Editor');
    await page.locator('.tabs-container .tab', { hasText: SAMPLE }).first().waitFor({ state: 'detached' });
    await page.waitForTimeout(2000);
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: SAMPLE }).first().click();
    await page.locator('.tabs-container .tab.active', { hasText: SAMPLE }).waitFor();
    let mode = '';
    for (let waited = 0; waited <= 15_000 && mode !== 'Plain Text'; waited += 500) {
      mode = await languageMode().catch(() => '');
      if (mode !== 'Plain Text') {
        await page.waitForTimeout(500);
      }
    }
    assert(mode === 'Plain Text', `${SAMPLE} reopened as "${mode}", not as the Plain Text picked for it`);
  });

  await check('9. the server output: each log line once, no "Unmatched cancel notification"', async () => {
    const log = serverOutput();
    const starts = (log.match(/^Java \S+ \(/gm) ?? []).length;
    const initialized = (log.match(/initialized: \d+ workspace folder/g) ?? []).length;
    const copies = log.split('\n').filter((line) => /^\[ixls \d{2}:\d{2}:\d{2}\.\d{3} /.test(line));
    const cancels = log.split('\n').filter((line) => line.includes('Unmatched cancel notification'));
    const exitErrors = log.split('\n').filter((line) => /\[Error.*Server process exited with code 0/.test(line));
    console.log(`server output: ${starts} starts, ${initialized} "initialized" lines, ${copies.length} copies, ${cancels.length} cancel notices`);
    assert(starts > 0 && initialized === starts, `${initialized} "initialized" lines for ${starts} server starts`);
    assert(copies.length === 0, `lines written twice, e.g. ${copies[0]}`);
    assert(cancels.length === 0, cancels[0]);
    assert(exitErrors.length === 0, `a clean exit reported as an error: ${exitErrors[0]}`);
  });

  // For the record: the server's log as the user would open it.
  await runCommand('NEC IX: Show server output').catch(() => undefined);
  await page.waitForTimeout(1000);
  await screenshot('server-output');
  exitCode = results.every((r) => r.ok) ? 0 : 1;
} catch (error) {
  console.log(`aborted: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  if (browserErrors.length > 0) {
    console.log(`page errors: ${browserErrors.slice(0, 5).join(' | ')}`);
  }
  const passed = results.filter((r) => r.ok).length;
  console.log(`${passed} passed, ${results.length - passed} failed`);
  await browser.close();
}
process.exit(exitCode);
