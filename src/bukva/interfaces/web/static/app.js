// bukva's page: live romanization with aligned spans, and the manuscript check.
"use strict";

const $ = (id) => document.getElementById(id);
let systems = [];
let timer = null;
let lastFile = null;

async function api(path, body) {
  const response = await fetch(path, body instanceof FormData
    ? { method: "POST", body }
    : { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  if (!response.ok) {
    let message = response.statusText;
    try { message = (await response.json()).error || message; } catch (e) { /* not JSON */ }
    throw new Error(message);
  }
  return response;
}

// With "guess from the text", the systems offered are those of the language the text is in:
// Hanzi (and no Cyrillic) mean Chinese, as the server decides; otherwise a Cyrillic language.
function effectiveLang() {
  const lang = $("lang").value;
  if (lang !== "auto") return lang;
  const text = $("source").value;
  return /[\u3400-\u9fff\uf900-\ufaff]/.test(text) && !/[\u0400-\u04ff]/.test(text) ? "zh" : "ru";
}

function systemsFor(lang) {
  const wanted = lang === "auto" ? effectiveLang() : lang;
  return systems.filter((s) => s.languages.includes(wanted));
}

function fillSystems() {
  const lang = $("lang").value;
  const select = $("system");
  const keep = select.value;
  select.dataset.lang = effectiveLang();
  select.innerHTML = "";
  for (const s of systemsFor(lang)) {
    const option = new Option(`${s.name}`, s.id);
    select.add(option);
  }
  const values = [...select.options].map((o) => o.value);
  if (values.includes(keep)) select.value = keep;
  else if (values.includes("ala-lc")) select.value = "ala-lc";
  fillOptions();
}

function fillOptions() {
  const holder = $("options");
  holder.innerHTML = "";
  const system = systems.find((s) => s.id === $("system").value
    && s.languages.includes(effectiveLang()));
  if (!system) return;
  for (const [name, option] of Object.entries(system.options)) {
    const label = document.createElement("label");
    label.textContent = name.replace(/_/g, " ");
    label.title = option.description;
    const select = document.createElement("select");
    select.dataset.option = name;
    for (const choice of option.choices) select.add(new Option(choice, choice));
    select.value = option.default;
    select.addEventListener("change", schedule);
    label.appendChild(select);
    holder.appendChild(label);
  }
}

function options() {
  const out = {};
  for (const select of document.querySelectorAll("#options select")) out[select.dataset.option] = select.value;
  return out;
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(romanize, 200);
}

function segments(container, text, spans, side) {
  container.innerHTML = "";
  spans.forEach((span, i) => {
    const start = side === "source" ? span.source_start : span.output_start;
    const end = side === "source" ? span.source_end : span.output_end;
    const el = document.createElement("span");
    el.className = `seg ${span.kind}`;
    el.dataset.i = i;
    el.textContent = text.slice(start, end);
    if (span.kind !== "text") {
      el.tabIndex = 0;
      if (span.alternatives && span.alternatives.length) el.title = `also: ${span.alternatives.join(", ")}`;
    }
    container.appendChild(el);
  });
}

function highlight(i, on) {
  for (const el of document.querySelectorAll(`.seg[data-i="${i}"]`)) el.classList.toggle("hl", on);
}

for (const view of ["source-view", "output"]) {
  const el = $(view);
  for (const [event, on] of [["mouseover", true], ["mouseout", false], ["focusin", true], ["focusout", false]]) {
    el.addEventListener(event, (e) => { if (e.target.dataset && e.target.dataset.i) highlight(e.target.dataset.i, on); });
  }
}

async function romanize() {
  if ($("system").dataset.lang !== effectiveLang()) fillSystems();  // the text changed script
  const text = $("source").value;
  const reverse = $("reverse").checked;
  const lang = $("lang").value;
  try {
    const body = reverse
      ? { text, lang: lang === "auto" ? "ru" : lang, system: $("system").value, options: options() }
      : { text, lang, system: $("system").value || null, options: options() };
    const result = await (await api(reverse ? "/api/reverse" : "/api/romanize", body)).json();
    segments($("source-view"), result.source, result.spans, "source");
    segments($("output"), result.text, result.spans, "output");
    $("output").dataset.text = result.text;
    const warnings = $("warnings");
    warnings.innerHTML = "";
    for (const w of result.warnings) {
      const li = document.createElement("li");
      li.textContent = w.message;
      warnings.appendChild(li);
    }
  } catch (error) {
    $("output").textContent = "";
    $("source-view").textContent = "";
    $("warnings").innerHTML = `<li>${escapeHtml(error.message)}</li>`;
  }
}

function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

function houseStyle() {
  const include = [];
  if ($("inc-ru").checked) include.push("familiar-russian");
  if ($("inc-zh").checked) include.push("familiar-chinese");
  const style = { ru: $("style-ru").value, zh: $("style-zh").value, include };
  const exceptions = {};
  for (const line of $("style-exceptions").value.split("\n")) {
    const [source, form] = line.split("=").map((x) => (x || "").trim());
    if (source && form) exceptions[source] = form;
  }
  if (Object.keys(exceptions).length) style.exceptions = exceptions;
  if ($("style-bib").value) style.scopes = { bibliography: { ru: $("style-bib").value } };
  return style;
}

let styleText = null;  // the text of an uploaded bukva.toml: it replaces the fields above

function upload() {
  const form = new FormData();
  form.append("file", lastFile, lastFile.name);
  if (styleText !== null) form.append("style_toml", styleText);
  else form.append("style", JSON.stringify(houseStyle()));
  if ($("strict").checked) form.append("strict", "true");
  return form;
}

async function check(event) {
  event.preventDefault();
  const file = $("file").files[0];
  const report = $("report");
  if (!file) { report.textContent = "Choose a manuscript first."; return; }
  lastFile = file;
  report.textContent = "Checking…";
  try {
    const result = await (await api("/api/check/file", upload())).json();
    renderReport(result);
    $("fix-button").disabled = result.summary.safe_fixes === 0;
  } catch (error) {
    report.textContent = error.message;
    $("fix-button").disabled = true;
  }
}

function renderReport(result) {
  const report = $("report");
  report.innerHTML = "";
  const summary = document.createElement("p");
  summary.className = "summary";
  summary.textContent = result.summary.findings
    ? `${result.summary.findings} finding(s), ${result.summary.safe_fixes} with a safe fix`
    : "No findings.";
  report.appendChild(summary);
  const groups = {};
  for (const f of result.findings) (groups[f.rule] = groups[f.rule] || []).push(f);
  for (const rule of Object.keys(groups).sort()) {
    const h = document.createElement("h3");
    h.textContent = `${rule} (${groups[rule].length})`;
    report.appendChild(h);
    for (const f of groups[rule]) {
      const div = document.createElement("div");
      div.className = "finding";
      div.innerHTML = `<span class="where">${escapeHtml(f.where)}</span> `
        + `<span class="text">${escapeHtml(f.text)}</span>`
        + (f.fix ? ` → <span class="fix">${escapeHtml(f.fix)}</span>` : "")
        + (f.safe ? "" : " <em>(review)</em>")
        + `<div class="context">${escapeHtml(f.context)}</div>`;
      report.appendChild(div);
    }
  }
}

async function downloadFixed() {
  if (!lastFile) return;
  try {
    const response = await api("/api/fix/file", upload());
    const blob = await response.blob();
    const disposition = response.headers.get("Content-Disposition") || "";
    const utf8 = disposition.match(/filename\*=UTF-8''([^;]+)/);
    const name = utf8 ? [null, decodeURIComponent(utf8[1])] : disposition.match(/filename="([^"]+)"/);
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name ? name[1] : "fixed";
    link.id = "fixed-link";
    document.body.appendChild(link);
    link.click();
  } catch (error) {
    $("report").prepend(document.createTextNode(error.message));
  }
}

async function start() {
  systems = await (await fetch("/api/systems")).json();
  for (const s of systems.filter((x) => x.languages.includes("ru"))) $("style-bib").add(new Option(s.name, s.id));
  $("style-file").addEventListener("change", async () => {
    const file = $("style-file").files[0];
    styleText = file ? await file.text() : null;
    for (const id of ["style-ru", "style-zh", "inc-ru", "inc-zh", "style-bib", "style-exceptions"]) {
      $(id).disabled = styleText !== null;
    }
  });
  for (const [select, lang, def] of [["style-ru", "ru", "ala-lc-book"], ["style-zh", "zh", "pinyin"]]) {
    for (const s of systems.filter((x) => x.languages.includes(lang))) $(select).add(new Option(s.name, s.id));
    $(select).value = def;
  }
  fillSystems();
  $("lang").addEventListener("change", () => { fillSystems(); schedule(); });
  $("system").addEventListener("change", () => { fillOptions(); schedule(); });
  $("reverse").addEventListener("change", schedule);
  $("source").addEventListener("input", schedule);
  $("check-form").addEventListener("submit", check);
  $("fix-button").addEventListener("click", downloadFixed);
  romanize();
}

start();
