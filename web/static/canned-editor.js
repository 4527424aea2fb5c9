/*
 * Canned responses editor: add and remove rows, then save one language's whole set with
 * PUT /api/canned-responses. No inline code (CSP); textContent only.
 */
(function () {
  "use strict";

  var body = document.body;
  var form = document.getElementById("canned-form");
  var rows = document.getElementById("canned-rows");
  var template = document.getElementById("canned-row-template");
  var status = document.getElementById("canned-status");
  if (!form || !rows || !template) { return; }
  var language = body.getAttribute("data-language") || "";
  var maxItems = parseInt(body.getAttribute("data-max-items") || "0", 10);

  var strings = {};
  var holder = document.getElementById("i18n");
  if (holder) {
    Array.prototype.forEach.call(holder.querySelectorAll("[data-key]"), function (node) {
      strings[node.getAttribute("data-key")] = node.textContent;
    });
  }
  function t(key, params) {
    var text = strings[key] || key;
    Object.keys(params || {}).forEach(function (name) { text = text.replace("{" + name + "}", String(params[name])); });
    return text;
  }
  function say(text) { status.textContent = text; status.hidden = !text; }

  document.getElementById("canned-add").addEventListener("click", function () {
    if (rows.children.length >= maxItems) { say(t("canned.too_many", { n: maxItems })); return; }
    rows.appendChild(template.content.cloneNode(true));
    var added = rows.lastElementChild;
    if (added) { added.querySelector("input[name=key]").focus(); }
  });

  rows.addEventListener("click", function (event) {
    var target = event.target;
    if (target && target.classList && target.classList.contains("canned-remove")) {
      var row = target.closest("li");
      var next = row.nextElementSibling || row.previousElementSibling;
      row.remove();
      (next ? next.querySelector("input") : document.getElementById("canned-add")).focus();
    }
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (!form.reportValidity()) { return; }
    var responses = Array.prototype.map.call(rows.querySelectorAll("li.canned-row"), function (row) {
      return {
        key: row.querySelector("input[name=key]").value.trim(),
        title: row.querySelector("input[name=title]").value.trim(),
        text: row.querySelector("textarea[name=text]").value,
        safety: row.querySelector("input[name=safety]").checked
      };
    });
    fetch("/api/canned-responses", {
      method: "PUT",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": body.getAttribute("data-csrf-token") || "" },
      body: JSON.stringify({ language: language, responses: responses })
    }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (data) {
        if (response.ok) { say(t("canned.saved")); return; }
        say(t("canned.error", { reason: data && data.error ? data.error : response.status }));
      });
    }).catch(function () { say(t("canned.error", { reason: "network" })); });
  });
})();
