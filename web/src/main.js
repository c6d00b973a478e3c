// Entente dashboard: wires the views to the API and to each other.
import * as echarts from "echarts/core";
import { BarChart, GraphChart, LineChart } from "echarts/charts";
import { DataZoomComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";

import "./style.css";
import { get } from "./api.js";
import { renderTimeline } from "./timeline.js";
import { renderNetwork } from "./network.js";
import { EventsTable } from "./events_table.js";
import { renderDocument } from "./document_view.js";

echarts.use([BarChart, LineChart, GraphChart, GridComponent, LegendComponent, TooltipComponent,
  TitleComponent, DataZoomComponent, CanvasRenderer]);

const $ = (id) => document.getElementById(id);
const DEFAULTS = { CHN: "China", VNM: "Vietnam", CUB: "Cuba" };
const actorNames = new Map(Object.entries(DEFAULTS));
const names = (code) => actorNames.get(code) || code;

const timelineChart = echarts.init($("timeline"));
const networkChart = echarts.init($("network"));
window.addEventListener("resize", () => { timelineChart.resize(); networkChart.resize(); });

const table = new EventsTable({
  form: $("event-filters"), body: $("events-body"), more: $("events-more"), count: $("events-count"),
  error: $("events-error"), names, onOpen: openDocument,
});

async function loadStats() {
  try {
    const health = await get("/healthz");
    $("store-stats").textContent = health.events === undefined ? "store ready" :
      `${health.events.toLocaleString()} events · ${health.documents.toLocaleString()} documents` +
      (health.first_event_date ? ` · ${health.first_event_date.slice(0, 4)}–${health.last_event_date.slice(0, 4)}` : "");
  } catch (err) {
    $("store-stats").textContent = `server unreachable: ${err.message}`;
  }
}

// Fills the actor pickers from the store's most frequent actors.
async function loadActors() {
  let actors = [];
  try {
    actors = (await get("/api/actors", { limit: 300 })).actors || [];
  } catch { /* the pickers keep their defaults */ }
  for (const a of actors) if (a.name) actorNames.set(a.code, a.name);
  const codes = new Set(actors.map((a) => a.code));
  for (const code of Object.keys(DEFAULTS)) codes.add(code);
  const sorted = [...codes].sort((x, y) => names(x).localeCompare(names(y)));
  for (const select of [$("actor-a"), $("actor-b"), $("network-actor")]) {
    select.replaceChildren(...sorted.map((c) => new Option(c === names(c) ? c : `${names(c)} (${c})`, c)));
  }
}

async function showDyad() {
  const a = $("actor-a").value, b = $("actor-b").value;
  $("timeline").dataset.state = "loading";
  try {
    const dyad = await get("/api/dyad", { a, b, by: $("period").value });
    renderTimeline(timelineChart, $("timeline"), dyad, $("direction").value, names);
    const total = dyad.periods.reduce((s, p) => s + (p.count || 0), 0);
    const first = $("timeline").dataset.first, last = $("timeline").dataset.last;
    $("timeline-summary").textContent = total
      ? `${total.toLocaleString()} events between ${names(a)} and ${names(b)}, ${first} – ${last}`
      : `No events between ${names(a)} and ${names(b)} in the store.`;
    $("timeline").dataset.state = "ready";
  } catch (err) {
    $("timeline-summary").textContent = err.message;
    $("timeline").dataset.state = "error";
  }
  await table.setDyad(a, b);
}

async function showNetwork() {
  const actor = $("network-actor").value;
  $("network-actor-name").textContent = names(actor);
  try {
    renderNetwork(networkChart, $("network"), await get("/api/partners", { actor, limit: 25 }), names);
  } catch (err) {
    $("network").dataset.partners = "0";
  }
}

async function openDocument(docId, eventId) {
  let doc;
  try {
    doc = await get(`/api/documents/${encodeURIComponent(docId)}`);
  } catch (err) {
    $("doc-title").textContent = `Document ${docId}`;
    $("doc-event").textContent = err.message;
    return;
  }
  const select = (id) => renderDocument(doc, id, names, select);
  select(eventId);
  $("document").hidden = false;
  $("scrim").hidden = false;
}

function closeDocument() {
  $("document").hidden = true;
  $("scrim").hidden = true;
}

$("doc-close").addEventListener("click", closeDocument);
$("scrim").addEventListener("click", closeDocument);
document.addEventListener("keydown", (e) => { if (e.key === "Escape") closeDocument(); });
for (const button of document.querySelectorAll("button.copy")) {
  button.addEventListener("click", () => navigator.clipboard?.writeText($(button.dataset.copy).textContent));
}

for (const id of ["actor-a", "actor-b", "period", "direction"]) $(id).addEventListener("change", showDyad);
$("network-actor").addEventListener("change", showNetwork);
$("swap").addEventListener("click", () => {
  [$("actor-a").value, $("actor-b").value] = [$("actor-b").value, $("actor-a").value];
  showDyad();
});
for (const chip of document.querySelectorAll("[data-dyad]")) {
  chip.addEventListener("click", () => {
    const [a, b] = chip.dataset.dyad.split(",");
    $("actor-a").value = a;
    $("actor-b").value = b;
    $("network-actor").value = a;
    showDyad();
    showNetwork();
  });
}
networkChart.on("click", (item) => {
  if (item.dataType !== "node" || item.data.id === $("network-actor").value) return;
  $("actor-a").value = $("network-actor").value;
  $("actor-b").value = item.data.id;
  showDyad();
});

(async () => {
  await Promise.all([loadStats(), loadActors()]);
  $("actor-a").value = "CHN";
  $("actor-b").value = "VNM";
  $("network-actor").value = "VNM";
  await Promise.all([showDyad(), showNetwork()]);
  document.body.dataset.ready = "1";
})();
