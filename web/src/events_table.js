// The event table: filters go to /api/events, pages follow next_cursor.
import { get } from "./api.js";
import { QUADS, ROOTS, rootName } from "./cameo.js";
import { actorLabel } from "./document_view.js";

export class EventsTable {
  constructor({ form, body, more, count, error, names, onOpen }) {
    Object.assign(this, { form, body, more, count, error, names, onOpen });
    this.cursor = null;
    this.shown = 0;
    const rootSelect = form.elements.root;
    for (const [code, name] of Object.entries(ROOTS)) rootSelect.add(new Option(`${code} ${name}`, code));
    form.addEventListener("submit", (e) => { e.preventDefault(); this.load(); });
    more.addEventListener("click", () => this.load(this.cursor));
  }

  filters() {
    const f = this.form.elements;
    return { actor: f.actor.value.trim().toUpperCase(), dyad: f.dyad.value.trim().toUpperCase().replace(/\s+/g, ""),
      from: f.from.value.trim(), to: f.to.value.trim(), root: f.root.value, quad: f.quad.value };
  }

  setDyad(a, b) {
    this.form.elements.dyad.value = `${a},${b}`;
    this.form.elements.actor.value = "";
    return this.load();
  }

  async load(cursor = null) {
    this.error.hidden = true;
    let answer;
    try {
      answer = await get("/api/events", { ...this.filters(), limit: 50, cursor });
    } catch (err) {
      this.error.textContent = err.message;
      this.error.hidden = false;
      return;
    }
    if (!cursor) { this.body.replaceChildren(); this.shown = 0; }
    for (const event of answer.events) this.body.appendChild(this.row(event));
    this.shown += answer.events.length;
    this.cursor = answer.next_cursor || null;
    this.more.hidden = !this.cursor;
    this.count.textContent = this.shown ? `${this.shown} event${this.shown === 1 ? "" : "s"} shown${this.cursor ? " · more available" : ""}` : "No events match.";
  }

  row(event) {
    const tr = document.createElement("tr");
    tr.className = "event-row";
    tr.dataset.eventId = event.event_id;
    tr.dataset.docId = event.doc_id;
    const quad = QUADS.find((q) => q.id === event.quad_class);
    const cells = [
      event.date || "",
      actorLabel(event.source, this.names),
      null,
      actorLabel(event.target, this.names),
      event.goldstein === undefined ? "" : Number(event.goldstein).toFixed(1),
    ];
    cells.forEach((text, i) => {
      const td = document.createElement("td");
      if (i === 2) {
        const dot = document.createElement("span");
        dot.className = "quad-dot";
        dot.style.background = quad ? quad.color : "#ccc";
        dot.title = quad ? quad.name : "";
        const code = document.createElement("span");
        code.className = "cameo";
        code.textContent = event.cameo;
        td.append(dot, code, document.createTextNode(` ${rootName(event.cameo)}`));
      } else {
        td.textContent = text;
      }
      if (i === 4) td.className = "num";
      tr.appendChild(td);
    });
    tr.addEventListener("click", () => this.onOpen(event.doc_id, event.event_id));
    return tr;
  }
}
