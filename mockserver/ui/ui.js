// The inspector page: reads the control API with relative URLs (works behind a path prefix) and shows
// every value from a request as text (textContent, never innerHTML), so nothing a client sends can
// become markup or script. The Content-Security-Policy allows this file and ui.css only.
"use strict";

const POLL_MS = 1000;
const KEEP = 1000;
const state = { entries: [], lastId: 0, selected: null, tab: "requests", polling: null };

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);  // strings become text nodes
  }
  return node;
}

async function api(path, options) {
  const response = await fetch(path, { credentials: "same-origin", ...options });
  if (response.status === 401) {
    location.reload();  // the session ended: the page answers its login form
    throw new Error("signed out");
  }
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.status === 204 ? null : response.json();
}

// ---- requests ---------------------------------------------------------------------------------
const filters = {
  api: document.getElementById("filter-api"),
  status: document.getElementById("filter-status"),
  path: document.getElementById("filter-path"),
};
const tbody = document.querySelector("#entries tbody");

function visible(entry) {
  if (filters.api.value && entry.api !== filters.api.value) return false;
  if (filters.status.value && String(entry.status)[0] !== filters.status.value) return false;
  const path = filters.path.value.trim();
  return !path || entry.path.includes(path);
}

function readable(path) {
  try {
    return decodeURIComponent(path);  // shown as text: decoding makes it readable, never markup
  } catch (error) {
    return path;
  }
}

function row(entry) {
  const at = new Date(entry.time * 1000);  // formatted by hand: toLocaleTimeString costs ~1 ms a call
  const time = [at.getHours(), at.getMinutes(), at.getSeconds()].map((n) => String(n).padStart(2, "0")).join(":");
  const tr = el(
    "tr",
    { "data-id": String(entry.id) },
    el("td", { text: time }),
    el("td", { text: entry.api || "-" }),
    el("td", { text: entry.method }),
    el("td", { class: "path", text: readable(entry.path) + (entry.query ? "?" + entry.query : "") }),
    el("td", { class: "status s" + String(entry.status)[0], text: String(entry.status) }),
    el("td", { text: entry.latency_ms.toFixed(1) }),
  );
  if (entry.id === state.selected) tr.classList.add("selected");
  return tr;
}

function renderAll() {
  const fragment = document.createDocumentFragment();
  let shown = 0;
  for (let i = state.entries.length - 1; i >= 0; i--) {
    if (visible(state.entries[i])) {
      fragment.append(row(state.entries[i]));
      shown++;
    }
  }
  tbody.replaceChildren(fragment);
  document.getElementById("count").textContent = `${shown} of ${state.entries.length} requests`;
}

function addEntries(entries) {
  if (!entries.length) return;
  state.entries.push(...entries);
  state.lastId = entries[entries.length - 1].id;
  if (state.entries.length > KEEP) state.entries.splice(0, state.entries.length - KEEP);
  const fragment = document.createDocumentFragment();
  for (let i = entries.length - 1; i >= 0; i--) {
    if (visible(entries[i])) fragment.append(row(entries[i]));
  }
  tbody.prepend(fragment);
  while (tbody.rows.length > KEEP) tbody.deleteRow(-1);
  countRows();
}

function countRows() {
  document.getElementById("count").textContent = `${tbody.rows.length} of ${state.entries.length} requests`;
}

// The first screenful at once, the older rows just after the first paint: the page is usable sooner.
const FIRST_ROWS = 100;

function addFirstEntries(entries) {
  const older = entries.slice(0, Math.max(0, entries.length - FIRST_ROWS));
  addEntries(entries.slice(older.length));
  if (!older.length) return;
  state.entries.unshift(...older);
  setTimeout(() => {
    const fragment = document.createDocumentFragment();
    for (let i = older.length - 1; i >= 0; i--) {
      if (visible(older[i])) fragment.append(row(older[i]));
    }
    tbody.append(fragment);
    countRows();
  }, 0);
}

async function poll() {
  try {
    const body = await api(`journal?summary=true&since=${state.lastId}`);
    addEntries(body.entries);
    document.getElementById("live").classList.remove("off");
  } catch (error) {
    document.getElementById("live").classList.add("off");
  }
}

function message(title, part) {
  const headers = Object.entries(part.headers).map(([name, value]) => `${name}: ${value}`).join("\n");
  let size = `${part.body_bytes} bytes`;
  if (part.truncated) size += ", truncated";
  return [
    el("h3", { text: `${title} headers` }),
    el("pre", { class: `${title.toLowerCase()}-headers`, text: headers || "(none)" }),
    el("h3", { text: `${title} body (${size})` }),
    el("pre", { class: `${title.toLowerCase()}-body`, text: part.body === null ? "(empty)" : part.body }),
  ];
}

async function showDetail(id) {
  state.selected = id;
  for (const tr of tbody.querySelectorAll("tr.selected")) tr.classList.remove("selected");
  const tr = tbody.querySelector(`tr[data-id="${id}"]`);
  if (tr) tr.classList.add("selected");
  const detail = document.getElementById("detail");
  let entry;
  try {
    entry = await api(`journal/${id}`);
  } catch (error) {
    detail.replaceChildren(el("p", { class: "muted", text: "This request is no longer in the journal." }));
    return;
  }
  const parts = [
    el("h2", { text: `${entry.method} ${readable(entry.path)}${entry.query ? "?" + entry.query : ""}` }),
    el("p", {},
      el("span", { class: "status s" + String(entry.status)[0], text: String(entry.status) }),
      ` · ${entry.latency_ms} ms · ${entry.api || "no API"} · operation `,
      el("code", { class: "operation", text: entry.operation_id || "(none matched)" })),
  ];
  if (entry.error) parts.push(el("p", { class: "error", text: entry.error }));
  if (entry.problems.length) {
    parts.push(el("h3", { text: "Validation problems" }));
    const list = el("ul", { class: "problems" });
    for (const problem of entry.problems) {
      list.append(el("li", {}, el("code", { text: problem.pointer || "/" }), " ", problem.message));
    }
    parts.push(list);
  }
  parts.push(...message("Request", entry.request), ...message("Response", entry.response));
  detail.replaceChildren(...parts);
}

tbody.addEventListener("click", (event) => {
  const tr = event.target.closest("tr[data-id]");
  if (tr) showDetail(Number(tr.dataset.id));
});
for (const input of Object.values(filters)) input.addEventListener("input", renderAll);

// ---- state and specs ----------------------------------------------------------------------------
async function showState() {
  const body = await api("state");
  const panel = document.getElementById("state");
  const parts = [el("p", { class: "muted", text: `Store: ${body.store}` })];
  for (const [name, served] of Object.entries(body.apis)) {
    const box = el("div", { class: "api" }, el("h2", { text: `${name} (${served.prefix})` }));
    const resources = Object.entries(served.resources);
    if (!resources.length) box.append(el("p", { class: "muted", text: "Nothing stored." }));
    for (const [resource, held] of resources) {
      const records = held.records.map((r) => JSON.stringify(r, null, 2)).join("\n");
      box.append(el("details", {}, el("summary", { text: `${resource}: ${held.count}` }), el("pre", { text: records })));
    }
    parts.push(box);
  }
  panel.replaceChildren(...parts);
}

async function showSpecs() {
  const body = await api("specs");
  const panel = document.getElementById("specs");
  const parts = [];
  for (const served of body.apis) {
    const rows = served.operations.map((op) => {
      const calls = el("td", { class: "calls" });
      for (const [status, count] of Object.entries(op.calls)) {
        calls.append(el("span", { class: "s" + status[0], text: `${status} ×${count}` }));
      }
      return el("tr", {}, el("td", { text: op.method }), el("td", { class: "path", text: op.path }),
        el("td", { text: op.operation_id }), calls);
    });
    const called = served.operations.filter((op) => Object.keys(op.calls).length).length;
    parts.push(el("div", { class: "api" },
      el("h2", { text: `${served.title} (${served.prefix}): ${served.operations.length} operations, ${called} called` }),
      el("table", {}, el("thead", {}, el("tr", {}, el("th", { text: "method" }), el("th", { text: "path" }),
        el("th", { text: "operation" }), el("th", { text: "calls" }))), el("tbody", {}, ...rows))));
  }
  panel.replaceChildren(...parts);
}

function showTab(tab) {
  state.tab = tab;
  for (const button of document.querySelectorAll(".tab")) {
    button.setAttribute("aria-selected", String(button.dataset.tab === tab));
  }
  for (const panel of document.querySelectorAll(".panel")) panel.hidden = panel.id !== tab;
  if (tab === "state") showState();
  if (tab === "specs") showSpecs();
}

for (const button of document.querySelectorAll(".tab")) {
  button.addEventListener("click", () => showTab(button.dataset.tab));
}

// ---- actions -------------------------------------------------------------------------------------
function forget() {
  state.entries = [];
  state.selected = null;
  renderAll();
  document.getElementById("detail").replaceChildren(el("p", { class: "muted", text: "Click a request to see it." }));
}

document.getElementById("reset").addEventListener("click", async () => {
  await api("reset", { method: "POST" });
  forget();
  if (state.tab !== "requests") showTab(state.tab);
});
document.getElementById("clear").addEventListener("click", async () => {
  await api("journal", { method: "DELETE" });
  forget();
});

// ---- start ---------------------------------------------------------------------------------------
async function start() {
  const [journal, specs] = await Promise.all([api("journal?summary=true"), api("specs")]);
  for (const served of specs.apis) filters.api.append(el("option", { value: served.name, text: served.name }));
  addFirstEntries(journal.entries);
  document.body.dataset.ready = String(Math.round(performance.now()));  // read by the browser tests
  state.polling = setInterval(poll, POLL_MS);
}

start();
