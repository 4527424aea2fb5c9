/*
 * Supervisor room. Plain JavaScript, no dependencies, no inline code (CSP).
 * Configuration from <body data-*>: data-conversation-id (the monitored one, may be empty).
 * Words, times and the live events come from staff-live.js (shared with the console). DOM
 * built with textContent only. The conversations table reloads from /api/supervisor/room
 * when a conversation changes; a staff member's presence and load arrive as `staff.updated`;
 * the monitored conversation's messages and whispers arrive as events too.
 */
(function () {
  "use strict";

  var S = window.HotlineStaffLive;
  var t = S.t, label = S.label, el = S.el;
  var conversationId = document.body.getAttribute("data-conversation-id") || "";
  var messagesEl = document.getElementById("messages");
  var messagesEmpty = document.getElementById("messages-empty");

  /* ------------------------- the room's tables ------------------------ */
  function conversationRow(c) {
    var tr = el("tr");
    tr.setAttribute("data-conversation-id", String(c.id));
    var selected = String(c.id) === conversationId;
    if (selected) { tr.className = "is-selected"; }
    var urgency = el("td");
    urgency.appendChild(el("span", "badge urgency-" + S.safeClass(c.urgency), label("urgency", c.urgency)));
    tr.appendChild(urgency);
    tr.appendChild(el("td", null, label("channel", c.channel)));
    tr.appendChild(el("td", null, !c.language || c.language === "und" ? t("language.und") : String(c.language).toUpperCase()));
    tr.appendChild(el("td", null, label("status", c.status)));
    tr.appendChild(el("td", null, c.assigned_operator || t("queue.unassigned")));
    var waiting = el("td");
    var time = el("time", null, S.relativeText(c.waiting_since));
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

  /* ------------------------- staff: presence and load ----------------- */
  function staffRow(s) {
    var tr = el("tr");
    tr.setAttribute("data-user-id", String(s.id));
    tr.appendChild(el("td", null, s.email));
    tr.appendChild(el("td", null, label("role", s.role)));
    tr.appendChild(el("td", "staff-presence presence-" + S.safeClass(s.presence), label("presence", s.presence)));
    tr.appendChild(el("td", "number staff-load", s.open_conversations));
    return tr;
  }

  function staffOption(s) {
    var option = el("option", null, s.email + " (" + s.open_conversations + ")");
    option.value = String(s.id);
    return option;
  }

  /* One staff member changed: their row and their reassignment choice, in place. */
  function applyStaff(s) {
    var staff = document.querySelector("#staff-load tbody");
    if (!staff || !s) { return; }
    var row = staff.querySelector('tr[data-user-id="' + String(Number(s.id)) + '"]');
    var option = document.querySelector('#reassign-to option[value="' + String(Number(s.id)) + '"]');
    if (!s.active) {
      if (row) { row.remove(); }
      if (option) { option.remove(); }
      return;
    }
    if (row) { staff.replaceChild(staffRow(s), row); } else { staff.appendChild(staffRow(s)); }
    if (option) { option.textContent = staffOption(s).textContent; }
    else if (document.getElementById("reassign-to")) { document.getElementById("reassign-to").appendChild(staffOption(s)); }
  }

  /* The conversations table (staff rows follow their own events, `applyStaff`). */
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
    var time = el("time", null, S.clockText(message.at));
    time.setAttribute("datetime", String(message.at || ""));
    time.setAttribute("data-clock", "");
    meta.appendChild(time);
    li.appendChild(meta);
    li.appendChild(el("p", "message-text", message.text || ""));
    messagesEl.appendChild(li);
    messagesEl.scrollTop = messagesEl.scrollHeight;
    if (messagesEmpty) { messagesEmpty.hidden = true; }
    if (direction === "in") { S.announce(t("console.announce.inbound", { text: message.text || "" })); }
  }

  function applyEvent(frame) {
    if (frame.kind === "conversation.created" || frame.kind === "conversation.updated") {
      refreshRoom();
      if (frame.conversation && String(frame.conversation.id) === conversationId) { applyMonitored(frame.conversation); }
    } else if ((frame.kind === "message.created" || frame.kind === "whisper.created") &&
               String(frame.conversation_id) === conversationId) {
      appendMessage(frame.message);
    } else if (frame.kind === "staff.updated") {
      applyStaff(frame.staff);
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
        S.announce(t("reassign.done"));
        refreshRoom();
      }).catch(function () {
        error.textContent = t("reassign.error");
        error.hidden = false;
      });
    });
  }

  /* ------------------------- start ------------------------------------ */
  S.refreshTimes(document);
  S.connect(applyEvent);
})();
