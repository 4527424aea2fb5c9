/*
 * Supervisor room. Plain JavaScript, no dependencies, no inline code (CSP).
 * Configuration from <body data-*>: data-conversation-id (the monitored one, may be empty),
 * data-last-event-id, data-lang. Strings from the hidden #i18n element. DOM built with
 * textContent only. The room's tables reload from /api/supervisor/room when a conversation
 * changes; the monitored conversation's messages and whispers arrive from the console socket.
 */
(function () {
  "use strict";

  var body = document.body;
  var lang = body.getAttribute("data-lang") || "fr";
  var conversationId = body.getAttribute("data-conversation-id") || "";
  var highestEventId = parseInt(body.getAttribute("data-last-event-id") || "0", 10) || 0;
  var statusEl = document.getElementById("console-status");
  var announcer = document.getElementById("console-announcer");
  var messagesEl = document.getElementById("messages");
  var messagesEmpty = document.getElementById("messages-empty");

  var strings = {};
  Array.prototype.forEach.call(document.querySelectorAll("#i18n [data-key]"), function (node) {
    strings[node.getAttribute("data-key")] = node.textContent;
  });
  function t(key, params) {
    var text = Object.prototype.hasOwnProperty.call(strings, key) ? strings[key] : key;
    return text.replace(/\{(\w+)\}/g, function (match, name) {
      return params && Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match;
    });
  }
  function label(prefix, code) {
    var key = prefix + "." + code;
    return Object.prototype.hasOwnProperty.call(strings, key) ? strings[key] : String(code || "");
  }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function safeClass(value) { return String(value || "").replace(/[^a-z0-9_-]/gi, ""); }
  function setStatus(text) { if (statusEl && statusEl.textContent !== text) { statusEl.textContent = text; } }
  function announce(text) {
    if (!announcer) { return; }
    announcer.textContent = "";
    window.setTimeout(function () { announcer.textContent = text; }, 50);
  }

  /* ------------------------- time ------------------------------------- */
  function relativeText(iso) {
    var ms = Date.parse(iso);
    if (isNaN(ms)) { return ""; }
    var minutes = Math.max(0, Math.floor((Date.now() - ms) / 60000));
    if (minutes < 1) { return t("time.just_now"); }
    if (minutes < 60) { return t("time.minutes_ago", { n: minutes }); }
    if (minutes < 24 * 60) {
      var m = minutes % 60;
      return t("time.hours_ago", { h: Math.floor(minutes / 60), m: (m < 10 ? "0" : "") + m });
    }
    return t("time.days_ago", { n: Math.floor(minutes / (24 * 60)) });
  }
  /* "8:30 HNE": in the hotline's zone (data-timezone on <body>) with its name, as console.js. */
  function clockText(iso) {
    var ms = Date.parse(iso);
    if (isNaN(ms)) { return ""; }
    var parts = {};
    try {
      new Intl.DateTimeFormat(lang === "fr" ? "fr-CA" : "en-CA", {
        timeZone: document.body.getAttribute("data-timezone") || "America/Toronto",
        timeZoneName: "short", hour: "numeric", minute: "2-digit", hourCycle: "h23"
      }).formatToParts(new Date(ms)).forEach(function (part) { parts[part.type] = part.value; });
    } catch (e) { return new Date(ms).toISOString().slice(11, 16) + " UTC"; }
    return (String(parseInt(parts.hour, 10) % 24) + ":" + parts.minute + " " + (parts.timeZoneName || "")).trim();
  }
  function refreshTimes() {
    Array.prototype.forEach.call(document.querySelectorAll("time[data-relative]"), function (node) {
      var text = relativeText(node.getAttribute("datetime"));
      if (text) { node.textContent = text; }
    });
    Array.prototype.forEach.call(document.querySelectorAll("time[data-clock]"), function (node) {
      var text = clockText(node.getAttribute("datetime"));
      if (text) { node.textContent = text; }
    });
  }

  /* ------------------------- the room's tables ------------------------ */
  function conversationRow(c) {
    var tr = el("tr");
    tr.setAttribute("data-conversation-id", String(c.id));
    var selected = String(c.id) === conversationId;
    if (selected) { tr.className = "is-selected"; }
    var urgency = el("td");
    urgency.appendChild(el("span", "badge urgency-" + safeClass(c.urgency), label("urgency", c.urgency)));
    tr.appendChild(urgency);
    tr.appendChild(el("td", null, label("channel", c.channel)));
    tr.appendChild(el("td", null, !c.language || c.language === "und" ? t("language.und") : String(c.language).toUpperCase()));
    tr.appendChild(el("td", null, label("status", c.status)));
    tr.appendChild(el("td", null, c.assigned_operator || t("queue.unassigned")));
    var waiting = el("td");
    var time = el("time", null, relativeText(c.waiting_since));
    time.setAttribute("datetime", String(c.waiting_since || ""));
    time.setAttribute("data-relative", "");
    waiting.appendChild(time);
    tr.appendChild(waiting);
    var cell = el("td");
    var link = el("a", "monitor-link", t("room.monitor"));
    link.href = "/console/supervisor?c=" + encodeURIComponent(String(c.id));
    if (selected) { link.setAttribute("aria-current", "page"); }
    cell.appendChild(link);
    tr.appendChild(cell);
    return tr;
  }

  function renderRoom(room) {
    var live = document.querySelector("#live-conversations tbody");
    if (live) {
      live.textContent = "";
      room.conversations.forEach(function (c) { live.appendChild(conversationRow(c)); });
    }
    var count = document.getElementById("live-count");
    if (count) { count.textContent = "(" + room.conversations.length + ")"; }
    var empty = document.getElementById("live-empty");
    if (empty) { empty.hidden = room.conversations.length > 0; }
    var staff = document.querySelector("#staff-load tbody");
    if (staff) {
      staff.textContent = "";
      room.staff.forEach(function (s) {
        var tr = el("tr");
        tr.setAttribute("data-user-id", String(s.id));
        tr.appendChild(el("td", null, s.email));
        tr.appendChild(el("td", null, label("role", s.role)));
        tr.appendChild(el("td", "number", s.open_conversations));
        staff.appendChild(tr);
      });
    }
    var select = document.getElementById("reassign-to");
    if (select) {
      var chosen = select.value;
      select.textContent = "";
      room.staff.forEach(function (s) {
        var option = el("option", null, s.email + " (" + s.open_conversations + ")");
        option.value = String(s.id);
        select.appendChild(option);
      });
      select.value = chosen;
    }
    room.conversations.forEach(function (c) { if (String(c.id) === conversationId) { applyMonitored(c); } });
  }

  var roomTimer = null;
  function refreshRoom() {
    if (roomTimer) { return; }
    roomTimer = window.setTimeout(function () {
      roomTimer = null;
      fetch("/api/supervisor/room", { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (response) { if (!response.ok) { throw new Error(String(response.status)); } return response.json(); })
        .then(renderRoom)
        .catch(function () { /* the next event tries again */ });
    }, 200);
  }

  /* ------------------------- the monitored conversation --------------- */
  function applyMonitored(c) {
    var status = document.getElementById("conversation-status");
    if (status) { status.textContent = label("status", c.status); }
    var assigned = document.getElementById("conversation-assigned");
    if (assigned) { assigned.textContent = c.assigned_operator || t("queue.unassigned"); }
  }

  function appendMessage(message) {
    if (!messagesEl || !message) { return; }
    if (messagesEl.querySelector('[data-message-id="' + String(Number(message.id)) + '"]')) { return; }
    var direction = ["in", "out", "note", "whsp"].indexOf(message.direction) >= 0 ? message.direction : "in";
    var li = el("li", "message " + direction);
    li.setAttribute("data-message-id", String(message.id));
    var meta = el("p", "message-meta");
    meta.appendChild(el("span", "message-author", label("message", direction)));
    meta.appendChild(document.createTextNode(" "));
    var time = el("time", null, clockText(message.at));
    time.setAttribute("datetime", String(message.at || ""));
    time.setAttribute("data-clock", "");
    meta.appendChild(time);
    li.appendChild(meta);
    li.appendChild(el("p", "message-text", message.text || ""));
    messagesEl.appendChild(li);
    messagesEl.scrollTop = messagesEl.scrollHeight;
    if (messagesEmpty) { messagesEmpty.hidden = true; }
    if (direction === "in") { announce(t("console.announce.inbound", { text: message.text || "" })); }
  }

  function applyEvent(frame) {
    var id = Number(frame.id);
    if (!isFinite(id) || id <= highestEventId) { return; }
    highestEventId = id;
    if (frame.kind === "conversation.created" || frame.kind === "conversation.updated") {
      refreshRoom();
      if (frame.conversation && String(frame.conversation.id) === conversationId) { applyMonitored(frame.conversation); }
    } else if ((frame.kind === "message.created" || frame.kind === "whisper.created") &&
               String(frame.conversation_id) === conversationId) {
      appendMessage(frame.message);
    }
  }

  /* ------------------------- forms ------------------------------------ */
  function postJson(url, payload) {
    return fetch(url, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify(payload)
    });
  }

  var whisperForm = document.getElementById("whisper-form");
  if (whisperForm) {
    whisperForm.addEventListener("submit", function (event) {
      event.preventDefault();
      var text = document.getElementById("whisper-text");
      var error = document.getElementById("whisper-error");
      var button = document.getElementById("whisper-send");
      if (!text.value.trim()) { text.focus(); return; }
      button.disabled = true;
      postJson(whisperForm.getAttribute("action"), { text: text.value }).then(function (response) {
        if (response.status === 409) { throw new Error("no_owner"); }
        if (!response.ok) { throw new Error("failed"); }
        return response.json();
      }).then(function (message) {
        error.hidden = true;
        text.value = "";
        appendMessage(message);
      }).catch(function (problem) {
        error.textContent = t(problem && problem.message === "no_owner" ? "whisper.no_owner" : "whisper.error");
        error.hidden = false;
      }).then(function () { button.disabled = false; text.focus(); });
    });
    document.getElementById("whisper-text").addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        whisperForm.requestSubmit();
      }
    });
  }

  var reassignForm = document.getElementById("reassign-form");
  if (reassignForm) {
    reassignForm.addEventListener("submit", function (event) {
      event.preventDefault();
      var error = document.getElementById("reassign-error");
      var to = Number(document.getElementById("reassign-to").value);
      postJson(reassignForm.getAttribute("action"), { to_user: to }).then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.json();
      }).then(function (conversation) {
        error.hidden = true;
        applyMonitored(conversation);
        announce(t("reassign.done"));
        refreshRoom();
      }).catch(function () {
        error.textContent = t("reassign.error");
        error.hidden = false;
      });
    });
  }

  /* ------------------------- websocket -------------------------------- */
  var leaving = false;
  var live = window.HotlineLiveSocket({
    path: function () { return "/console/ws?after=" + encodeURIComponent(String(highestEventId)); },
    stopped: function () { return leaving; },
    onFrame: function (frame) {
      if (frame.type === "hello") { live.connected(); setStatus(t("console.status.connected")); }
      else if (frame.type === "event") { applyEvent(frame); }
      else if (frame.type === "resync") { leaving = true; window.location.reload(); }
    },
    onReconnecting: function (seconds) { setStatus(t("console.status.reconnecting", { seconds: seconds })); }
  });
  window.addEventListener("pagehide", function () { leaving = true; live.close(); });
  refreshTimes();
  window.setInterval(refreshTimes, 30000);
  live.connect();
})();
