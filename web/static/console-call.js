/* The phone call panel of a voice conversation (templates/console/_call.html): the call's
   timeline from /api/conversations/{id}/calls, refreshed on the console's live events;
   answering on the operator's own phone (the server rings it and bridges the caller) or in
   the browser (the vendored Twilio Voice SDK, with a five-minute token from
   /api/calls/browser-token, renewed a minute before it ends while the session lives: a refused
   renewal, after logout, lets it lapse);
   notes typed during the call (/call/notes: triaged like an inbound text); once the operator
   answered, adding a partner's or an interpreter's line (/call/transfer, with the caller's
   agreement ticked) and leaving the call (/call/leave). */
(function () {
  "use strict";
  var panel = document.getElementById("call-panel");
  if (!panel) { return; }
  var conversationId = panel.getAttribute("data-conversation-id");
  var csrfToken = document.body.getAttribute("data-csrf-token") || "";
  var base = "/api/conversations/" + encodeURIComponent(conversationId);
  var timeline = document.getElementById("call-timeline");
  var statusEl = document.getElementById("call-status");
  var errorEl = document.getElementById("call-error");
  var answerBox = document.getElementById("call-answer");
  var hangUp = document.getElementById("call-hang-up");
  var browserButton = document.getElementById("call-answer-browser");
  var actions = document.getElementById("call-actions");
  var leaveButton = document.getElementById("call-leave");
  var actionStatus = document.getElementById("call-action-status");
  var me = document.body.getAttribute("data-user-email") || "";
  var labels = {};
  Array.prototype.forEach.call(document.querySelectorAll("#call-step-labels [data-step]"), function (li) {
    labels[li.getAttribute("data-step")] = li.textContent;
  });
  var device = null;
  var activeCall = null;

  function text(name, values) {
    var found = panel.getAttribute("data-text-" + name) || "";
    return found.replace(/\{(\w+)\}/g, function (m, key) { return values && key in values ? values[key] : m; });
  }
  function showError(show, name) { errorEl.textContent = text(name || "error"); errorEl.hidden = !show; }
  function failed(error) { showError(true, error && error.status === 409 ? "refused" : "error"); }
  function post(path, body) {
    return fetch(path, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrfToken },
      body: JSON.stringify(body || {})
    }).then(function (response) {
      if (!response.ok) { var error = new Error("HTTP " + response.status); error.status = response.status; throw error; }
      return response.json();
    });
  }
  function clock(iso) {
    var at = new Date(iso);
    return isNaN(at.getTime()) ? iso : at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });
  }

  function render(calls) {
    timeline.textContent = "";
    var call = calls.length ? calls[calls.length - 1] : null;
    calls.forEach(function (one) {
      one.timeline.forEach(function (step) {
        var li = document.createElement("li");
        li.className = "call-step call-step-" + step.step;
        li.setAttribute("data-step", step.step);
        var time = document.createElement("time");
        time.dateTime = step.at;
        time.textContent = clock(step.at);
        li.appendChild(time);
        var closed = step.detail && step.detail.hours === "closed" ? labels[step.step + ".closed"] : "";
        var words = " " + (closed || labels[step.step] || step.step);
        if (step.detail && step.detail.language) { words += " (" + String(step.detail.language).toUpperCase() + ")"; }
        if (step.operator) { words += " — " + step.operator; }
        li.appendChild(document.createTextNode(words));
        timeline.appendChild(li);
      });
    });
    var waiting = call && call.status === "waiting";
    answerBox.hidden = !waiting && !activeCall;
    var mine = call && call.status === "answered" && call.operator === me;
    actions.hidden = !mine;
    var steps = mine ? call.timeline.map(function (step) { return step.step; }) : [];
    leaveButton.disabled = steps.indexOf("transferred") < 0 || steps.indexOf("operator_left") >= 0;
    if (!call) { statusEl.textContent = text("no-call"); }
    else if (call.status === "answered" && call.operator) { statusEl.textContent = text("answered-by", { operator: call.operator }); }
    else { statusEl.textContent = labels[call.timeline.length ? call.timeline[call.timeline.length - 1].step : ""] || ""; }
  }

  function refresh() {
    return fetch(base + "/calls", { credentials: "same-origin" })
      .then(function (response) { if (!response.ok) { throw new Error("HTTP " + response.status); } return response.json(); })
      .then(render)
      .catch(function () { showError(true); });
  }

  document.getElementById("call-answer-phone").addEventListener("submit", function (event) {
    event.preventDefault();
    var phone = document.getElementById("call-phone").value.trim();
    showError(false);
    post(base + "/call/answer", { phone: phone }).then(function (calls) {
      render(calls);
      statusEl.textContent = text("ringing-phone");
    }).catch(failed);
  });

  function endBrowserCall() {
    activeCall = null;
    hangUp.hidden = true;
    browserButton.disabled = false;
    statusEl.textContent = text("browser-ended");
    refresh();
  }

  function renewToken(expiring) {
    post("/api/calls/browser-token", {}).then(function (body) {
      if (device === expiring) { device.updateToken(body.token); }
    }).catch(function () { /* logged out or revoked: the token lapses, the device with it */ });
  }

  browserButton.addEventListener("click", function () {
    if (!window.Twilio || !window.Twilio.Device) { showError(true); return; }
    showError(false);
    browserButton.disabled = true;
    statusEl.textContent = text("browser-connecting");
    post("/api/calls/browser-token", { conversation_id: conversationId }).then(function (body) {
      if (device) { device.destroy(); }
      device = new window.Twilio.Device(body.token, { closeProtection: true, tokenRefreshMs: 60000 });
      device.on("tokenWillExpire", renewToken);
      return device.connect({ params: { conversation: conversationId } });
    }).then(function (call) {
      activeCall = call;
      hangUp.hidden = false;
      call.on("accept", function () { statusEl.textContent = text("browser-on-call"); refresh(); });
      call.on("disconnect", endBrowserCall);
      call.on("cancel", endBrowserCall);
      call.on("error", function () { showError(true); endBrowserCall(); });
    }).catch(function (error) { browserButton.disabled = false; statusEl.textContent = ""; failed(error); });
  });

  hangUp.addEventListener("click", function () { if (activeCall) { activeCall.disconnect(); } });

  Array.prototype.forEach.call(document.querySelectorAll("#call-actions form.call-add-line"), function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var agreed = form.querySelector("input[name=caller_agreed]");
      var line = form.querySelector("select[name=service_id]");
      if (!line) { return; }
      if (!agreed.checked) { showError(true, "agree-first"); agreed.focus(); return; }
      var interpreter = form.getAttribute("data-interpreter") === "true";
      showError(false);
      post(base + "/call/transfer", { service_id: line.value, interpreter: interpreter, caller_agreed: true })
        .then(function (calls) {
          agreed.checked = false;
          render(calls);
          actionStatus.textContent = text(interpreter ? "interpreter-added" : "line-added");
        }).catch(failed);
    });
  });

  leaveButton.addEventListener("click", function () {
    showError(false);
    post(base + "/call/leave", {}).then(function (calls) {
      render(calls);
      actionStatus.textContent = text("left");
    }).catch(failed);
  });

  document.getElementById("call-note-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var area = document.getElementById("call-note-text");
    if (!area.value.trim()) { return; }
    showError(false);
    post(base + "/call/notes", { text: area.value }).then(function () {
      area.value = "";   /* the note appears in the messages through the live stream */
    }).catch(function () { showError(true); });
  });

  /* console.js re-dispatches every live event it applies */
  document.addEventListener("hotline:event", function (event) {
    var frame = event.detail || {};
    if (String(frame.conversation_id) === conversationId) { refresh(); }
  });
  window.setInterval(refresh, 15000);
  refresh();
})();
