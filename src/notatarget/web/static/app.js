// notatarget web UI behaviour. Loaded as a file (CSP: script-src 'self'); no inline handlers anywhere.
"use strict";

// Forms whose submit button says data-confirm ask first.
document.addEventListener("submit", (event) => {
  const button = event.submitter;
  const message = button && button.dataset.confirm;
  if (message && !window.confirm(message)) event.preventDefault();
});

// Review page: clicking or focusing a field highlights the spans that support it in the source text.
function activateField(row) {
  document.querySelectorAll(".fields tr.active").forEach((r) => r.classList.remove("active"));
  document.querySelectorAll("mark.span.active").forEach((m) => m.classList.remove("active"));
  if (!row) return;
  row.classList.add("active");
  const marks = document.querySelectorAll(`mark.span[data-field~="${CSS.escape(row.dataset.field)}"]`);
  marks.forEach((m) => m.classList.add("active"));
  if (marks.length) marks[0].scrollIntoView({ block: "center", behavior: "smooth" });
}
document.querySelectorAll(".fields tr[data-field]").forEach((row) => {
  row.addEventListener("click", () => activateField(row));
  row.addEventListener("focusin", () => activateField(row));
});
document.querySelectorAll("mark.span[data-field]").forEach((mark) => {
  mark.addEventListener("click", () => {
    const first = mark.dataset.field.split(" ")[0];
    activateField(document.querySelector(`.fields tr[data-field="${CSS.escape(first)}"]`));
  });
});

// Keyboard shortcuts: any element with data-key="x" is clicked (buttons) or focused (inputs) on that key.
document.addEventListener("keydown", (event) => {
  const target = event.target;
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (target.matches("input, textarea, select")) {
    if (event.key === "Escape") target.blur();
    return;
  }
  const rows = Array.from(document.querySelectorAll(".fields tr[data-field]"));
  if (rows.length && (event.key === "j" || event.key === "k")) {
    const current = rows.findIndex((r) => r.classList.contains("active"));
    const next = rows[Math.max(0, Math.min(rows.length - 1, current + (event.key === "j" ? 1 : -1)))];
    activateField(next);
    next.scrollIntoView({ block: "nearest" });
    event.preventDefault();
    return;
  }
  if (event.key === "e") {
    const active = document.querySelector(".fields tr.active [name=value]");
    if (active) { active.focus(); event.preventDefault(); }
    return;
  }
  const el = document.querySelector(`[data-key="${CSS.escape(event.key)}"]`);
  if (!el) return;
  event.preventDefault();
  if (el.matches("input, select, textarea")) el.focus(); else el.click();
});

// Intake: upload with a progress bar, then show the server's answer.
const intake = document.querySelector("form[data-progress]");
if (intake) {
  intake.addEventListener("submit", (event) => {
    event.preventDefault();
    const bar = document.getElementById(intake.dataset.progress);
    const out = document.getElementById("intake-result");
    const xhr = new XMLHttpRequest();
    xhr.open("POST", intake.action);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.addEventListener("progress", (e) => { if (e.lengthComputable) bar.value = e.loaded / e.total; });
    xhr.addEventListener("load", () => {
      bar.value = 1;
      let body;
      try { body = JSON.parse(xhr.responseText); } catch (err) { body = { detail: xhr.statusText }; }
      out.textContent = "";
      const p = document.createElement("p");
      p.className = xhr.status < 300 ? "flash" : "flash error";
      p.textContent = body.message || body.detail || xhr.statusText;
      out.appendChild(p);
      (body.results || []).forEach((r) => {
        const line = document.createElement("div");
        line.textContent = `${r.filename}: ${r.status}${r.incidents ? " (" + r.incidents.length + " incidents)" : ""}`;
        out.appendChild(line);
      });
    });
    xhr.send(new FormData(intake));
  });
}
