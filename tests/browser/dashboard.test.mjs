// Browser test of the dashboard: codes a small corpus into a fresh store with
// the entente binary, serves it, drives Debian's Chromium (headless, through
// playwright-core) over the page and saves a screenshot.
//
//   node tests/browser/dashboard.test.mjs --entente build/entente --out build/dashboard.png
//   ... --store FILE   serve an existing store instead of coding one (no 1950-2025 check)
//
// Exit status: 0 pass, 1 fail, 77 skipped (no Node modules or no Chromium).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SKIP = 77;
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  (a.startsWith("--") ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const entente = path.resolve(args.entente || process.env.ENTENTE_BIN || path.join(repo, "build", "entente"));
const screenshot = path.resolve(args.out || path.join(repo, "build", "dashboard.png"));
const chromiumPath = args.chromium || process.env.CHROMIUM || "/usr/bin/chromium";

// Any unexpected error ends the test as one readable FAIL line.
for (const event of ["uncaughtException", "unhandledRejection"]) {
  process.on(event, (err) => {
    console.error(`browser_dashboard: FAIL: ${err && err.message ? err.message : err}`);
    process.exit(1);
  });
}

function log(message) { console.log(`browser_dashboard: ${message}`); }
function skip(message) { log(`SKIP: ${message}`); process.exit(SKIP); }
function check(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`);
  log(`ok: ${message}`);
}

// ---- prerequisites
let chromium;
try {
  chromium = createRequire(path.join(repo, "web", "package.json"))("playwright-core").chromium;
} catch {
  skip("playwright-core missing: run web/build.sh (npm ci in web/)");
}
if (!existsSync(chromiumPath)) skip(`${chromiumPath} missing: run scripts/setup (installs chromium)`);
if (!existsSync(entente)) throw new Error(`no entente binary at ${entente}`);
if (!existsSync(path.join(repo, "web", "dist", "index.html"))) {
  log("web/dist missing; building the page");
  const built = spawnSync(path.join(repo, "web", "build.sh"), { stdio: "inherit" });
  if (built.status !== 0) throw new Error("web/build.sh failed");
}

// ---- a store coded from the examples (../shared/examples, else the bundled sample corpus)
const shared = path.join(repo, "..", "shared", "examples", "examples.jsonl");
const realCorpus = !args.store && existsSync(shared);
const inputs = realCorpus ? [shared] : [path.join(repo, "examples")];
const work = mkdtempSync(path.join(tmpdir(), "entente-browser-"));
const db = args.store ? path.resolve(args.store) : path.join(work, "store.db");
if (!args.store) {
  log(`coding ${inputs.join(" ")} into ${db}`);
  const coded = spawnSync(entente, ["code", "--db", db, "--quiet", ...inputs], { encoding: "utf8", maxBuffer: 64 << 20 });
  if (coded.status !== 0 && coded.status !== 1) {
    rmSync(work, { recursive: true, force: true });
    throw new Error(`entente code failed (status ${coded.status}): ${coded.stderr}`);
  }
}

// ---- the server on a free loopback port
const server = spawn(entente, ["serve", "--db", db, "--host", "127.0.0.1", "--port", "0",
  "--static", path.join(repo, "web", "dist")], { stdio: ["ignore", "pipe", "inherit"] });
const serverExit = new Promise((resolve) => server.on("exit", (code, signal) => resolve({ code, signal })));
const baseUrl = await new Promise((resolve, reject) => {
  let out = "";
  const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 20000);
  server.stdout.on("data", (chunk) => {
    out += chunk;
    const match = out.match(/listening on (http:\/\/[^\s]+)/);
    if (match) { clearTimeout(timer); resolve(match[1]); }
  });
  server.on("exit", (code) => reject(new Error(`server exited (${code}) before listening: ${out}`)));
});
log(`server at ${baseUrl}`);

let browser;
let failed = null;
try {
  const userDataDir = path.join(work, "chromium-profile");
  browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1440, height: 1000 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const page = browser.pages()[0] || await browser.newPage();
  const pageErrors = [];
  page.on("pageerror", (err) => pageErrors.push(err.message));
  // Everything must come from our server: no CDN, no internet.
  const foreign = [];
  page.on("request", (req) => { if (!req.url().startsWith(baseUrl) && !req.url().startsWith("data:")) foreign.push(req.url()); });

  await page.goto(baseUrl, { waitUntil: "load" });
  await page.waitForSelector("body[data-ready='1']", { timeout: 20000 });
  check(pageErrors.length === 0, `no script errors on load (${pageErrors.join("; ")})`);

  // Pick China and Vietnam in the timeline's actor pickers.
  await page.selectOption("#actor-a", "CHN");
  await page.selectOption("#actor-b", "VNM");
  await page.waitForFunction(() => {
    const t = document.getElementById("timeline");
    return t.dataset.state === "ready" && t.dataset.dyad === "CHN,VNM";
  }, null, { timeout: 20000 });
  const timeline = await page.$eval("#timeline", (t) => ({ ...t.dataset }));
  log(`timeline CHN–VNM: ${timeline.points} periods with events, ${timeline.first} to ${timeline.last}`);
  check(Number(timeline.points) > 0, "the China–Vietnam timeline has points");
  check(await page.$eval("#timeline canvas", (c) => c.width > 0 && c.height > 0), "the timeline chart is drawn");
  const spans = timeline.first <= "1950" && timeline.last >= "2025";
  if (realCorpus) {
    check(spans, `the timeline spans 1950 to 2025 (${timeline.first} – ${timeline.last})`);
  } else if (!spans) {
    log(`skipped: span 1950–2025 check (${args.store ? "a given store" : "only the sample corpus is available"}; it spans ${timeline.first} – ${timeline.last})`);
  }
  check(Number(await page.$eval("#network", (n) => n.dataset.partners || "0")) > 0, "the partner network has partners");

  // Open an event: its document shows with the evidence sentence highlighted.
  await page.waitForSelector("#events-body tr.event-row", { timeout: 20000 });
  const rows = await page.$$eval("#events-body tr.event-row", (r) => r.length);
  check(rows > 0, `the event table lists ${rows} China–Vietnam events`);
  await page.screenshot({ path: screenshot, fullPage: true });
  log(`screenshot ${screenshot}`);

  await page.click("#events-body tr.event-row");
  await page.waitForSelector("#document:not([hidden]) .hl-evidence", { timeout: 20000 });
  const evidence = (await page.$$eval("#doc-text .hl-evidence", (e) => e.map((x) => x.textContent).join(""))).trim();
  check(evidence.length > 0, `the evidence sentence is highlighted: "${evidence.slice(0, 80)}…"`);
  const actors = await page.$$eval("#doc-text .hl-source, #doc-text .hl-target", (e) => e.map((x) => x.textContent));
  check(actors.length > 0, `source/target actors are highlighted (${actors.join(", ")})`);
  const verbs = await page.$$eval("#doc-text .hl-verb", (e) => e.map((x) => x.textContent));
  check(verbs.length > 0, `the event's trigger word is highlighted (${verbs.join(", ")})`);
  check((await page.textContent("#explain-command")).includes("entente explain"), "the explain hint is shown");
  const docShot = screenshot.replace(/\.png$/, "-document.png");
  await page.screenshot({ path: docShot });
  log(`screenshot ${docShot}`);
  check(foreign.length === 0, `no request left the server (${foreign.slice(0, 3).join(", ")})`);
  check(pageErrors.length === 0, `no script errors (${pageErrors.join("; ")})`);
} catch (err) {
  failed = err;
} finally {
  if (browser) await browser.close();
  server.kill("SIGTERM");
  const exit = await serverExit;
  if (!failed && exit.code !== 0) failed = new Error(`server did not stop cleanly on SIGTERM (${JSON.stringify(exit)})`);
  else if (!failed) log("ok: the server stopped cleanly on SIGTERM");
  rmSync(work, { recursive: true, force: true });
}
if (failed) {
  console.error(`browser_dashboard: FAIL: ${failed.message}`);
  process.exit(1);
}
log("PASS");
