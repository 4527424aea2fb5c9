/*
 * Operator console: the caller's agreement to a longer keep of their reply address
 * (PUT /api/conversations/{id}/retention). A longer keep needs the "caller agreed" box;
 * going back to the usual period does not. Texts come from the section's data attributes.
 * No inline code (CSP); textContent only.
 */
(function () {
  "use strict";

  var section = document.getElementById("retention");
  var form = document.getElementById("retention-form");
  var C = window.HotlineConsole;
  if (!section || !form || !C) { return; }
  var status = document.getElementById("retention-status");
  var current = document.getElementById("retention-current");

  function say(text, isError) {
    status.textContent = text;
    status.hidden = !text;
    status.classList.toggle("notice-error", Boolean(isError));
  }

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (match, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match;
    });
  }

  /* The day in the hotline's zone (data-timezone on <body>), as the page shows every time. */
  function dayText(iso) {
    var zone = document.body.getAttribute("data-timezone") || "America/Toronto";
    return new Date(iso).toLocaleDateString(document.documentElement.lang,
      { timeZone: zone, year: "numeric", month: "long", day: "numeric" });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var days = parseInt(document.getElementById("retention-days").value, 10);
    var agreed = document.getElementById("retention-agreed");
    if (days && !agreed.checked) {
      say(section.getAttribute("data-agree-first"), true);
      agreed.focus();
      return;
    }
    var until = days ? new Date(Date.now() + days * 86400000).toISOString() : null;
    var path = "/api/conversations/" + encodeURIComponent(form.getAttribute("data-conversation-id")) + "/retention";
    fetch(path, {
      method: "PUT",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": C.csrfToken },
      body: JSON.stringify({ agreed_until: until })
    }).then(function (response) {
      if (!response.ok) { say(section.getAttribute("data-error"), true); return; }
      return response.json().then(function (data) {
        var text = data.agreed_until
          ? fill(section.getAttribute("data-saved"), { date: dayText(data.agreed_until) })
          : section.getAttribute("data-cleared");
        say(text, false);
        current.textContent = text;
        agreed.checked = false;
      });
    }).catch(function () { say(section.getAttribute("data-error"), true); });
  });
})();
