// The document drawer: the article text with the chosen event's evidence
// sentence, source, target and verb highlighted from their byte offsets.
import { spanOf } from "./api.js";
import { QUADS, rootName } from "./cameo.js";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// Offsets in the API are bytes of the original UTF-8 text; JS strings are
// UTF-16, so the text is cut as bytes and each piece decoded.
export function highlightedFragment(text, marks) {
  const bytes = encoder.encode(text);
  const cuts = new Set([0, bytes.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(bytes.length, m.begin)));
    cuts.add(Math.max(0, Math.min(bytes.length, m.end)));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = decoder.decode(bytes.subarray(from, to));
    const classes = marks.filter((m) => m.begin <= from && to <= m.end).map((m) => m.className);
    if (classes.length === 0) {
      fragment.appendChild(document.createTextNode(piece));
    } else {
      const span = document.createElement("span");
      span.className = classes.join(" ");
      span.textContent = piece;
      fragment.appendChild(span);
    }
  }
  return fragment;
}

function sliceBytes(text, span) {
  if (!span) return "";
  return decoder.decode(encoder.encode(text).subarray(span.begin, span.end));
}

// Quoted for a POSIX shell: '...' with embedded quotes closed and escaped.
function shellQuote(text) {
  return /^[\w.,:\/-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}

// The spans of one event worth marking, each with its CSS class.
export function eventMarks(event) {
  const marks = [];
  for (const mention of event.mentions || []) {
    const s = spanOf(mention);
    if (s) marks.push({ ...s, className: "hl-evidence" });
  }
  const add = (value, className) => {
    const s = spanOf(value);
    if (s) marks.push({ ...s, className });
  };
  add(event.source, "hl-source");
  add(event.target, "hl-target");
  add(event.trigger, "hl-verb");
  return marks;
}

export function actorLabel(actor, names) {
  if (!actor || !actor.code) return "—";
  return names(actor.country || actor.code) + (actor.code !== actor.country && actor.country ? ` (${actor.code})` : "");
}

export function describeEvent(event, names) {
  const quad = QUADS.find((q) => q.id === event.quad_class);
  return `${actorLabel(event.source, names)} → ${actorLabel(event.target, names)} · ` +
    `${event.cameo} ${rootName(event.cameo)}` + (quad ? ` · ${quad.name}` : "") +
    (event.goldstein !== undefined ? ` · Goldstein ${Number(event.goldstein).toFixed(1)}` : "");
}

export function renderDocument(doc, selectedEventId, names, onSelect) {
  const chosen = (doc.events || []).find((e) => e.event_id === selectedEventId) || (doc.events || [])[0];
  document.getElementById("doc-title").textContent = doc.title || doc.id;
  document.getElementById("doc-meta").textContent =
    [doc.date, doc.source, doc.id].filter(Boolean).join(" · ");
  document.getElementById("doc-event").textContent = chosen ? describeEvent(chosen, names) : "No events coded in this document.";

  const marks = chosen ? eventMarks(chosen) : [];
  const textBox = document.getElementById("doc-text");
  textBox.replaceChildren(highlightedFragment(doc.text || "", marks));
  document.getElementById("legend-verb").hidden = !marks.some((m) => m.className === "hl-verb");
  const highlighted = textBox.querySelector(".hl-evidence");
  if (highlighted) highlighted.scrollIntoView({ block: "center" });

  document.getElementById("explain-command").textContent = `entente explain ${shellQuote(doc.id)} INPUT`;
  const sentence = chosen && (chosen.mentions || [])[0];
  const evidence = sentence ? sliceBytes(doc.text || "", spanOf(sentence)) : "";
  document.getElementById("explain-text").textContent = `entente explain --text ${shellQuote(evidence.trim())}`;
  document.getElementById("explain-text").parentElement.hidden = !evidence;

  const list = document.getElementById("doc-events");
  list.replaceChildren();
  for (const event of doc.events || []) {
    const item = document.createElement("li");
    item.textContent = `${event.date || ""}  ${describeEvent(event, names)}`;
    if (chosen && event.event_id === chosen.event_id) item.classList.add("selected");
    item.addEventListener("click", () => onSelect(event.event_id));
    list.appendChild(item);
  }
}
