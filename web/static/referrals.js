/* Referrals in the console: the "Refer" consent step, and each referral's live state.
 * Reads the strings of #i18n; listens to the console's events ("hotline:event", console.js). */
(function () {
  "use strict";
  var section = document.getElementById("referrals");
  var dialog = document.getElementById("refer-dialog");
  if (!section || !dialog) { return; }
  var conversationId = section.getAttribute("data-conversation-id");
  var list = document.getElementById("referral-list");
  var alertBox = document.getElementById("referral-alert");
  var form = document.getElementById("refer-form");
  var errorBox = document.getElementById("refer-error");
  var strings = {};
  var holder = document.getElementById("i18n");
  if (holder) {
    Array.prototype.forEach.call(holder.querySelectorAll("[data-key]"), function (item) {
      strings[item.getAttribute("data-key")] = item.textContent;
    });
  }
  function t(key, params) {
    var text = strings[key] || key;
    return text.replace(/\{(\w+)\}/g, function (match, name) {
      return params && params[name] !== undefined ? String(params[name]) : match;
    });
  }

  function render(referral) {
    var li = list.querySelector('[data-referral-id="' + referral.id + '"]');
    if (!li) {
      li = document.createElement("li");
      li.className = "referral";
      li.setAttribute("data-referral-id", referral.id);
      list.appendChild(li);
    }
    li.setAttribute("data-status", referral.status);
    li.textContent = "";
    var name = document.createElement("strong");
    name.className = "referral-partner";
    name.textContent = referral.organization_name || referral.service_name || referral.service_id;
    var status = document.createElement("span");
    status.className = "referral-status";
    status.textContent = t("referral.status." + referral.status);
    var consent = document.createElement("span");
    consent.className = "referral-consent";
    consent.setAttribute("data-consent", referral.consent_state);
    consent.textContent = t("referral.consent." + referral.consent_state);
    li.appendChild(name);
    li.appendChild(document.createTextNode(" — "));
    li.appendChild(status);
    li.appendChild(document.createTextNode(" · "));
    li.appendChild(consent);
    if (referral.consent_state === "pending" || referral.consent_state === "given") {
      var revoke = document.createElement("button");
      revoke.type = "button";
      revoke.className = "revoke-button";
      revoke.setAttribute("data-referral-id", referral.id);
      revoke.textContent = t("referral.revoke");
      li.appendChild(document.createTextNode(" "));
      li.appendChild(revoke);
    }
    document.getElementById("referrals-empty").hidden = true;
  }

  function showAlert(referral) {
    var text = t("referral.alert", { partner: referral.organization_name || referral.service_name || "" });
    if (referral.proposed_service_name) {
      text += " " + t("referral.proposed", { partner: referral.proposed_service_name });
      var suggestion = document.querySelector('.suggestion[data-service-id="' + referral.proposed_service_id + '"]');
      if (suggestion) { suggestion.classList.add("suggestion-proposed"); }
    }
    alertBox.textContent = text;
    alertBox.hidden = false;
  }

  document.addEventListener("hotline:event", function (event) {
    var frame = event.detail;
    if (!frame || frame.kind !== "referral.updated" || String(frame.conversation_id) !== conversationId) { return; }
    render(frame.referral);
    if (frame.alert) { showAlert(frame.referral); }
  });

  function post(url, payload) {
    return fetch(url, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json" }, body: JSON.stringify(payload)
    }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) { throw new Error(body && body.error ? body.error : String(response.status)); }
        return body;
      });
    });
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof HTMLElement)) { return; }
    if (target.classList.contains("refer-button")) {
      document.getElementById("refer-service-id").value = target.getAttribute("data-service-id");
      document.getElementById("refer-partner").textContent = target.getAttribute("data-service-name");
      errorBox.hidden = true;
      dialog.showModal();
    } else if (target.classList.contains("revoke-button")) {
      if (!window.confirm(t("referral.revoke_confirm"))) { return; }
      post("/api/referrals/" + encodeURIComponent(target.getAttribute("data-referral-id")) + "/revoke", {})
        .then(render).catch(function () { /* the live event or a reload shows the state */ });
    }
  });
  document.getElementById("refer-cancel").addEventListener("click", function () { dialog.close(); });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var data = new FormData(form);
    var facts = {};
    ["first_name", "callback_number", "summary"].forEach(function (name) {
      var value = String(data.get(name) || "").trim();
      if (value) { facts[name] = value; }
    });
    var payload = {
      service_id: String(data.get("service_id")), share: data.getAll("share").map(String),
      purpose: String(data.get("purpose") || "").trim(), consent_method: String(data.get("consent_method")),
      facts: facts
    };
    post("/api/conversations/" + encodeURIComponent(conversationId) + "/referrals", payload)
      .then(function (referral) { render(referral); form.reset(); dialog.close(); })
      .catch(function (error) {
        errorBox.textContent = t("referral.error", { reason: error.message });
        errorBox.hidden = false;
      });
  });
})();
