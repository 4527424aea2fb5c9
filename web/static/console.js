/*
 * Operator console. Plain JavaScript, no dependencies, no inline code (CSP).
 * Configuration comes from data-* attributes on <body>:
 *   data-csrf-token, data-conversation-id (may be empty), data-may-reveal
 * Words, times and the live events come from staff-live.js (shared with the supervisor room).
 * DOM is built with textContent only: server strings never go through innerHTML.
 */
(function () {
  "use strict";

  var S = window.HotlineStaffLive;
  var t = S.t;
  var label = S.label;
  var el = S.el;
  var safeClass = S.safeClass;
  var clockText = S.clockText;
  var refreshTimes = S.refreshTimes;
  var announce = S.announce;

  var body = document.body;
  var lang = S.lang;
  var csrfToken = body.getAttribute("data-csrf-token") || "";
  var conversationId = body.getAttribute("data-conversation-id") || "";

  var messagesEl = document.getElementById("messages");
  var messagesEmpty = document.getElementById("messages-empty");
  var replyForm = document.getElementById("reply-form");
  var replyText = document.getElementById("reply-text");
  var replySend = document.getElementById("reply-send");
  var replyError = document.getElementById("reply-error");

  /* A message's text; a note the system wrote (a marker code) in the page's language. */
  function messageText(message) {
    if (message.marker) { return label("marker", message.marker); }
    return message.text === undefined || message.text === null ? "" : message.text;
  }

  function languageCode(code) {
    return !code || code === "und" ? t("language.und") : String(code).toUpperCase();
  }

  /* ------------------------- queue ------------------------------------ */
  /* The list, its pages and filters, the flood banner and the emergency alert: console-queue.js. */
  var queue = window.HotlineQueue({
    t: t, label: label, languageCode: languageCode, el: el, relativeText: S.relativeText,
    refreshTimes: refreshTimes, announce: announce, safeClass: safeClass, csrfToken: csrfToken,
    conversationId: conversationId, userEmail: body.getAttribute("data-user-email") || ""
  });

  function updateOpenConversation(conv) {
    var urgency = document.getElementById("conversation-urgency");
    if (urgency) {
      urgency.className = "badge urgency-" + safeClass(conv.urgency);
      urgency.textContent = label("urgency", conv.urgency);
    }
    var status = document.getElementById("conversation-status");
    if (status) { status.textContent = label("status", conv.status); }
    var language = document.getElementById("conversation-language");
    if (language) { language.textContent = languageCode(conv.language); }
    var assigned = document.getElementById("conversation-assigned");
    if (assigned) { assigned.textContent = conv.assigned_operator ? String(conv.assigned_operator) : t("queue.unassigned"); }
    var closed = document.getElementById("conversation-closed");
    if (closed) { closed.hidden = conv.status !== "closed"; }
  }

  function applyConversation(conv, isNew) {
    if (!conv || conv.id === undefined || conv.id === null) { return; }
    if (String(conv.id) === conversationId) { updateOpenConversation(conv); }
    queue.applyConversation(conv, isNew);
  }

  /* ------------------------- messages --------------------------------- */
  function hasMessage(id) {
    if (!messagesEl || id === undefined || id === null) { return false; }
    var items = messagesEl.querySelectorAll("[data-message-id]");
    for (var i = 0; i < items.length; i += 1) {
      if (items[i].getAttribute("data-message-id") === String(id)) { return true; }
    }
    return false;
  }

  function nearBottom() {
    return messagesEl.scrollHeight - messagesEl.scrollTop - messagesEl.clientHeight < 80;
  }

  function appendMessage(message) {
    if (!messagesEl || !message || hasMessage(message.id)) { return false; }
    var direction = ["in", "out", "note", "whsp"].indexOf(message.direction) >= 0 ? message.direction : "in";
    var stick = nearBottom();

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
    li.appendChild(el("p", "message-text", messageText(message)));
    if (direction === "in" && body.getAttribute("data-may-reveal") === "true") {
      var reveal = el("button", "reveal-original button-secondary", t("reveal.button"));
      reveal.type = "button";
      reveal.setAttribute("data-message-id", String(message.id));
      reveal.setAttribute("aria-haspopup", "dialog");
      li.appendChild(reveal);
    }
    var found = message.triage;
    var lines = window.HotlineTriageWhy(found);  // plain words in the page's language
    if (lines.length) {
      var why = el("details", "triage-why");
      why.appendChild(el("summary", null, t("triage.why")));
      var list = el("ul");
      list.setAttribute("aria-label", t("triage.explanations_label"));
      lines.forEach(function (line) { list.appendChild(el("li", null, String(line))); });
      why.appendChild(list);
      li.appendChild(why);
    }
    if (found) { addTriageCodes(found); }

    renderDelivery(li, message);
    messagesEl.appendChild(li);
    if (messagesEmpty) { messagesEmpty.hidden = true; }
    if (stick) { messagesEl.scrollTop = messagesEl.scrollHeight; }
    return true;
  }

  /* Add a message's triage codes to the conversation details (never removes any). */
  function addTriageCodes(found) {
    [["needs", "need"], ["indicators", "indicator"], ["exploitation", "exploitation"]].forEach(function (pair) {
      var dd = document.getElementById("conversation-" + pair[0]);
      var codes = found[pair[0]] || [];
      if (!dd || !codes.length) { return; }
      var list = dd.querySelector("ul.codes");
      if (!list) {
        dd.textContent = "";
        list = el("ul", "codes");
        dd.appendChild(list);
      }
      codes.forEach(function (code) {
        code = String(code);
        if (list.querySelector('[data-code="' + safeClass(code) + '"]')) { return; }
        var item = el("li", "code code-" + pair[1], label(pair[1], code));
        item.setAttribute("data-code", safeClass(code));
        list.appendChild(item);
      });
    });
    var region = document.getElementById("conversation-region");
    if (region && found.region) { region.textContent = String(found.region); }
  }

  /* ------------------------- delivery (SMS, WhatsApp, Telegram) -------- */
  var RETRYABLE = { failed: true, cancelled: true, undelivered: true };

  function findMessage(id) {
    if (!messagesEl) { return null; }
    var items = messagesEl.querySelectorAll("[data-message-id]");
    for (var i = 0; i < items.length; i += 1) {
      if (items[i].getAttribute("data-message-id") === String(id)) { return items[i]; }
    }
    return null;
  }

  /* The delivery line of an outbound message: status, reason, retry button. */
  function renderDelivery(li, message) {
    var old = li.querySelector(".message-delivery");
    var hadFocus = old && old.contains(document.activeElement);
    if (old) { old.remove(); }
    if (!message || !message.delivery) { return; }
    var line = el("p", "message-delivery delivery-" + safeClass(message.delivery));
    line.appendChild(el("span", "sr-only", t("channels.delivery.label") + " "));
    line.appendChild(el("span", "delivery-status", label("channels.delivery", message.delivery)));
    if (message.delivery_error) {
      line.appendChild(document.createTextNode(" "));
      line.appendChild(el("span", "delivery-reason", t("channels.delivery.reason", { reason: message.delivery_error })));
    }
    if (RETRYABLE[message.delivery]) {
      line.appendChild(document.createTextNode(" "));
      var button = el("button", "retry-delivery", t("channels.delivery.retry"));
      button.type = "button";
      button.setAttribute("data-message-id", String(message.id));
      line.appendChild(button);
      if (hadFocus) { button.focus(); }
    }
    li.appendChild(line);
  }

  function applyMessageUpdate(message) {
    if (!message) { return; }
    var li = findMessage(message.id);
    if (li) { renderDelivery(li, message); }
  }

  function retryDelivery(button) {
    var id = button.getAttribute("data-message-id");
    button.disabled = true;
    fetch("/api/messages/" + encodeURIComponent(id) + "/retry", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrfToken },
      body: "{}"
    }).then(function (response) {
      if (!response.ok) { throw new Error("retry failed"); }
      return response.json();
    }).then(function (message) {
      applyMessageUpdate(message);
    }).catch(function () {
      button.disabled = false;
      showReplyError("channels.delivery.retry_error");
    });
  }

  if (messagesEl) {
    messagesEl.addEventListener("click", function (event) {
      var target = event.target;
      if (target && target.classList && target.classList.contains("retry-delivery")) { retryDelivery(target); }
    });
  }

  /* ------------------------- safe to reply ---------------------------- */
  var safetyBox = document.getElementById("reply-safety");

  function applySafety(conv) {
    if (!safetyBox || !conv) { return; }
    var state = conv.safe_to_reply === true ? "yes" : (conv.safe_to_reply === false ? "no" : "unknown");
    safetyBox.setAttribute("data-safe", state);
    safetyBox.className = "reply-safety safety-" + state;
    var stateEl = document.getElementById("reply-safety-state");
    if (stateEl) { stateEl.textContent = t("channels.safety." + state); }
    var safe = document.getElementById("mark-safe");
    var unsafe = document.getElementById("mark-unsafe");
    if (safe) { safe.setAttribute("aria-pressed", state === "yes" ? "true" : "false"); }
    if (unsafe) { unsafe.setAttribute("aria-pressed", state === "no" ? "true" : "false"); }
    var stopped = document.getElementById("reply-stopped");
    if (stopped) { stopped.hidden = !conv.reply_stopped; }
  }

  function recordSafety(safe) {
    var error = document.getElementById("reply-safety-error");
    fetch("/api/conversations/" + encodeURIComponent(conversationId), {
      method: "PATCH",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrfToken },
      body: JSON.stringify({ safe_to_reply: safe })
    }).then(function (response) {
      if (!response.ok) { throw new Error("patch failed"); }
      return response.json();
    }).then(function (conv) {
      if (error) { error.hidden = true; }
      applySafety(conv);
    }).catch(function () {
      if (error) { error.textContent = t("channels.safety.error"); error.hidden = false; }
    });
  }

  if (safetyBox && conversationId) {
    Array.prototype.forEach.call(safetyBox.querySelectorAll("button[data-safe]"), function (button) {
      button.addEventListener("click", function () {
        recordSafety(button.getAttribute("data-safe") === "true");
      });
    });
  }

  /* ------------------------- events ----------------------------------- */
  /* Each event once, in order (staff-live.js); then console-case.js, console-call.js and
     referrals.js follow the same event ("hotline:event" on document). */
  function applyEvent(frame) {
    if (frame.kind === "message.created" || frame.kind === "whisper.created") {
      /* A whisper (a supervisor's private note) reaches only its operator and supervisors. */
      var convId = String(frame.conversation_id);
      var isOpen = Boolean(conversationId) && convId === conversationId;
      if (isOpen) {
        var added = appendMessage(frame.message);
        if (added && frame.message && frame.message.direction === "in") {
          announce(t("console.announce.inbound", { text: frame.message.text || "" }));
        } else if (added && frame.kind === "whisper.created") {
          announce(t("console.announce.whisper", { text: frame.message.text || "" }));
        }
      }
      queue.applyMessage(convId, frame.message, isOpen);
    } else if (frame.kind === "message.updated") {
      if (conversationId && String(frame.conversation_id) === conversationId) { applyMessageUpdate(frame.message); }
    } else if (frame.kind === "queue.held") {
      queue.applyHeld(frame);
    } else if (frame.kind === "conversation.created" || frame.kind === "conversation.updated") {
      applyConversation(frame.conversation, frame.kind === "conversation.created");
      if (frame.conversation && String(frame.conversation.id) === conversationId) { applySafety(frame.conversation); }
    }
  }

  /* ------------------------- reply ------------------------------------ */
  /* Why a reply to an SMS, WhatsApp or Telegram contact is refused (409), if we know. */
  function replyBlockedKey() {
    if (replyForm && replyForm.getAttribute("data-owner") === "other") { return "ownership.not_yours"; }
    var stopped = document.getElementById("reply-stopped");
    if (stopped && !stopped.hidden) { return "channels.stopped"; }
    var box = document.getElementById("reply-safety");
    var state = box ? box.getAttribute("data-safe") : null;
    if (state === "unknown" || state === "no") { return "channels.safety." + state; }
    return null;
  }

  /* The open conversation as the server has it now, for this page and console-case.js. */
  function refreshConversation() {
    return fetch("/api/conversations/" + encodeURIComponent(conversationId), {
      credentials: "same-origin", headers: { "Accept": "application/json" }
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (conv) {
      if (!conv || String(conv.id) !== conversationId) { return; }
      applyConversation(conv, false);
      applySafety(conv);
      document.dispatchEvent(new CustomEvent("hotline:conversation", { detail: conv }));
    }).catch(function () { /* the reason falls back to what the page knew */ });
  }

  function showReplyError(key) {
    if (!replyError) { return; }
    if (key) {
      replyError.textContent = t(key);
      replyError.hidden = false;
    } else {
      replyError.textContent = "";
      replyError.hidden = true;
    }
  }

  var sending = false;

  function sendReply() {
    if (sending || !replyText || !conversationId) { return; }
    var text = replyText.value;
    if (!text.trim()) { replyText.focus(); return; }
    sending = true;
    if (replySend) {
      replySend.disabled = true;
      replySend.textContent = t("reply.sending");
    }
    replyForm.setAttribute("aria-busy", "true");

    fetch("/api/conversations/" + encodeURIComponent(conversationId) + "/messages", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrfToken },
      body: JSON.stringify({ text: text })
    }).then(function (response) {
      if (response.status === 409) {
        /* Refused: this page may be behind the server (another operator took the conversation,
           the caller became unsafe to write to). Read it again, then say why. */
        return refreshConversation().then(function () {
          showReplyError(replyBlockedKey() || "reply.error");
          return null;
        });
      }
      if (!response.ok) {
        showReplyError(response.status === 401 ? "reply.error_session" : "reply.error");
        return null;
      }
      showReplyError(null);
      /* Clear only if the operator has not typed something else meanwhile. */
      if (replyText.value === text) { replyText.value = ""; }
      return response.json().catch(function () { return null; });
    }).then(function (data) {
      if (data && typeof data === "object" && data.id !== undefined && data.id !== null) {
        appendMessage({ id: data.id, direction: data.direction || "out", text: data.text !== undefined ? data.text : text, at: data.at });
      }
    }).catch(function () {
      showReplyError("reply.error");
    }).then(function () {
      sending = false;
      if (replySend) {
        replySend.disabled = false;
        replySend.textContent = t("reply.send");
      }
      replyForm.removeAttribute("aria-busy");
      replyText.focus();
    });
  }

  if (replyForm && replyText) {
    replyForm.addEventListener("submit", function (event) {
      event.preventDefault();
      sendReply();
    });
    replyText.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.isComposing) {
        event.preventDefault();
        sendReply();
      }
    });
  }

  /* ------------------------- for console-case.js ---------------------- */
  /* Ownership, notes, transfer, wrap-up and shortcuts live in console-case.js. */
  window.HotlineConsole = {
    t: t,
    label: label,
    el: el,
    clockText: clockText,
    appendMessage: appendMessage,
    announce: announce,
    csrfToken: csrfToken,
    conversationId: conversationId,
    leave: function (url) { live.leave(url); }
  };

  /* ------------------------- start ------------------------------------ */
  refreshTimes(document);
  if (messagesEl) { messagesEl.scrollTop = messagesEl.scrollHeight; }
  var live = S.connect(applyEvent);
})();
