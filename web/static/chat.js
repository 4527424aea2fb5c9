/*
 * Public chat page. Plain JavaScript, no dependencies, no inline code (CSP).
 * Configuration comes from data-* attributes on <body>:
 *   data-quick-exit-url, data-exit-path, data-ws-path, data-lang
 * Translated strings come from the hidden #i18n element.
 */
(function () {
  "use strict";

  /* ---------------------------------------------------------------------
   * QUICK EXIT. Registered first, depends on nothing else in this file.
   * Clears this tab's traces, then replaces the page (no new history entry).
   * ------------------------------------------------------------------- */
  var live = null;   /* the chat's HotlineLiveSocket, once created below */
  var exiting = false;

  function safeExitUrl() {
    var candidate = "";
    try {
      candidate = document.body.getAttribute("data-quick-exit-url") || "";
      if (!candidate) {
        var link = document.getElementById("quick-exit");
        candidate = link ? link.getAttribute("href") || "" : "";
      }
      var parsed = new URL(candidate, window.location.href);
      if (parsed.protocol === "https:" || parsed.protocol === "http:") {
        return parsed.href;
      }
    } catch (e) { /* fall through */ }
    return "about:blank";
  }

  /* Asks the browser to forget this origin's cache and storage (the answer carries
     Clear-Site-Data; app/pages/quick_exit.py). A beacon: the browser sends it even as the page
     goes, and nothing here waits for the answer. */
  function forgetThisSite() {
    var path = "/chat/exit";
    try {
      path = document.body.getAttribute("data-exit-path") || path;
      if (navigator.sendBeacon && navigator.sendBeacon(path)) { return; }
    } catch (e) { /* try fetch */ }
    try {
      window.fetch(path, { method: "POST", keepalive: true, credentials: "same-origin", cache: "no-store" })
        .catch(function () { /* leaving anyway */ });
    } catch (e) { /* leaving anyway */ }
  }

  function quickExit(event) {
    try { if (event) { event.preventDefault(); event.stopPropagation(); } } catch (e) { /* ignore */ }
    exiting = true;
    var url = safeExitUrl();
    forgetThisSite();
    try { window.sessionStorage.clear(); } catch (e) { /* ignore */ }
    try { window.localStorage.clear(); } catch (e) { /* ignore */ }
    try { if (live) { live.close(); } } catch (e) { /* ignore */ }
    try {
      ["chat-messages", "chat-announcer"].forEach(function (id) {
        var el = document.getElementById(id);
        if (el) { el.textContent = ""; }
      });
      var input = document.getElementById("chat-input");
      if (input) { input.value = ""; }
    } catch (e) { /* ignore */ }
    window.location.replace(url);
  }

  document.addEventListener("keydown", function (event) {
    if ((event.key === "Escape" || event.key === "Esc") && !event.isComposing) {
      quickExit(event);
    }
  }, true);
  (function () {
    var link = document.getElementById("quick-exit");
    if (link) { link.addEventListener("click", quickExit, true); }
  })();

  /* ---------------------------------------------------------------------
   * Everything else.
   * ------------------------------------------------------------------- */
  var TOKEN_KEY = "hotline.chat.token";

  var body = document.body;
  var lang = body.getAttribute("data-lang") || document.documentElement.lang || "fr";
  var wsPath = body.getAttribute("data-ws-path") || "/channels/webchat/ws";

  var list = document.getElementById("chat-messages");
  var emptyHint = document.getElementById("chat-empty");
  var form = document.getElementById("chat-form");
  var input = document.getElementById("chat-input");
  var statusEl = document.getElementById("chat-status");
  var announcer = document.getElementById("chat-announcer");
  var historyNote = document.getElementById("chat-history-note");
  var about = document.getElementById("chat-about");
  var noticeEl = document.getElementById("chat-notice");

  /* On a small screen the introduction folds, so the message box shows without scrolling;
     the emergency line stays visible and the summary opens the rest. */
  try {
    if (about && window.matchMedia("(max-width: 30rem), (max-height: 32rem)").matches) {
      about.open = false;
    }
  } catch (e) { /* keep it open */ }

  var strings = {};
  (function () {
    var holder = document.getElementById("i18n");
    if (!holder) { return; }
    Array.prototype.forEach.call(holder.querySelectorAll("[data-key]"), function (el) {
      strings[el.getAttribute("data-key")] = el.textContent;
    });
  })();

  function t(key, params) {
    var text = Object.prototype.hasOwnProperty.call(strings, key) ? strings[key] : key;
    if (params) {
      text = text.replace(/\{(\w+)\}/g, function (match, name) {
        return Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match;
      });
    }
    return text;
  }

  var clockFormat = null;
  try {
    clockFormat = new Intl.DateTimeFormat(lang === "fr" ? "fr-CA" : "en-CA", { hour: "2-digit", minute: "2-digit" });
  } catch (e) { clockFormat = null; }

  function formatClock(iso) {
    var date = iso ? new Date(iso) : new Date();
    if (isNaN(date.getTime())) { return ""; }
    return clockFormat ? clockFormat.format(date) : date.toLocaleTimeString();
  }

  function getToken() {
    try { return window.sessionStorage.getItem(TOKEN_KEY); } catch (e) { return null; }
  }

  function setToken(token) {
    if (exiting) { return; }  // a frame that lands during a quick exit must not bring the token back
    try { window.sessionStorage.setItem(TOKEN_KEY, token); } catch (e) { /* private mode */ }
  }

  function newClientId() {
    try {
      if (window.crypto && typeof window.crypto.randomUUID === "function") {
        return window.crypto.randomUUID();
      }
      var bytes = new Uint8Array(16);
      window.crypto.getRandomValues(bytes);
      return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
    } catch (e) {
      return String(Date.now()) + "-" + String(Math.random()).slice(2);
    }
  }

  function setStatus(text, warning) {
    if (!statusEl) { return; }
    if (statusEl.textContent !== text) { statusEl.textContent = text; }
    statusEl.classList.toggle("is-warning", Boolean(warning));
  }

  function announce(text) {
    if (!announcer) { return; }
    announcer.textContent = "";
    window.setTimeout(function () { announcer.textContent = text; }, 50);
  }

  function updateEmpty() {
    if (emptyHint) { emptyHint.hidden = list.children.length > 0; }
  }

  function scrollToEnd() {
    list.scrollTop = list.scrollHeight;
  }

  function hasMessage(id) {
    if (id === undefined || id === null) { return false; }
    var found = false;
    Array.prototype.forEach.call(list.children, function (el) {
      if (el.getAttribute("data-message-id") === String(id)) { found = true; }
    });
    return found;
  }

  /* Build one message element with textContent only. */
  function buildMessage(direction, text, at, id) {
    var li = document.createElement("li");
    li.className = "msg " + (direction === "in" ? "in" : "out");
    if (id !== undefined && id !== null) { li.setAttribute("data-message-id", String(id)); }

    var meta = document.createElement("p");
    meta.className = "msg-meta";
    var author = document.createElement("span");
    author.className = "msg-author";
    author.textContent = direction === "in" ? t("chat.you") : t("chat.hotline");
    meta.appendChild(author);
    var time = document.createElement("time");
    if (at) { time.setAttribute("datetime", at); }
    time.textContent = formatClock(at);
    meta.appendChild(time);
    li.appendChild(meta);

    var p = document.createElement("p");
    p.className = "msg-text";
    p.textContent = text;
    li.appendChild(p);
    return li;
  }

  /* ------------------------- local outbox ----------------------------- */
  /* Every message typed on this page, in order: {clientId, text, state, id, el} */
  var local = [];
  var sessionReady = false;

  function findLocal(clientId) {
    for (var i = 0; i < local.length; i += 1) {
      if (local[i].clientId === clientId) { return local[i]; }
    }
    return null;
  }

  function renderState(item) {
    var el = item.el;
    var state = el.querySelector(".msg-state");
    if (!state) {
      state = document.createElement("p");
      state.className = "msg-state";
      el.appendChild(state);
    }
    var retry = el.querySelector(".msg-retry");
    el.classList.toggle("is-failed", item.state === "failed");
    el.classList.toggle("is-pending", item.state === "pending" || item.state === "sending");
    if (item.state === "sent") {
      state.textContent = t("chat.sent");
      if (retry) { retry.remove(); }
    } else if (item.state === "failed") {
      state.textContent = t("chat.failed");
      if (!retry) {
        retry = document.createElement("button");
        retry.type = "button";
        retry.className = "msg-retry button-secondary";
        retry.textContent = t("chat.retry");
        retry.addEventListener("click", function () { retryItem(item); });
        el.appendChild(retry);
      }
    } else {
      state.textContent = t("chat.pending");
      if (retry) { retry.remove(); }
    }
  }

  function transmit(item) {
    if (!live || !live.isOpen() || !sessionReady) { return; }
    try {
      live.send({ type: "message", text: item.text, client_id: item.clientId });
      item.state = "sending";
    } catch (e) {
      item.state = "pending";
    }
    renderState(item);
  }

  function flushOutbox() {
    local.forEach(function (item) {
      /* Un-acknowledged messages are sent again with the same client_id,
         so the server can recognise a duplicate. */
      if (item.state === "pending" || item.state === "sending") { transmit(item); }
    });
  }

  function retryItem(item) {
    item.clientId = newClientId();
    item.state = "pending";
    renderState(item);
    transmit(item);
    if (input) { input.focus(); }
  }

  function sendFromInput() {
    var text = input.value;
    if (!text.trim()) { input.focus(); return; }
    var item = { clientId: newClientId(), text: text, state: "pending", id: null, el: null };
    item.el = buildMessage("in", text, new Date().toISOString(), null);
    local.push(item);
    list.appendChild(item.el);
    renderState(item);
    updateEmpty();
    scrollToEnd();
    input.value = "";
    transmit(item);
    input.focus();
  }

  /* ------------------------- notices ---------------------------------- */
  /* Beside the messages: waiting (no time promised), an operator writing, closed. Words of
     this page's language; the server's own words when the page has none. */
  var TYPING_SHOWN_MS = 8000;
  var steadyNotice = null;   /* "waiting" or "closed": what shows when no one is writing */
  var typingTimer = null;

  function noticeText(kind, fallback) {
    var key = "chat.notice." + kind;
    return Object.prototype.hasOwnProperty.call(strings, key) ? strings[key] : String(fallback || "");
  }

  function showNotice(kind, text) {
    if (!noticeEl) { return; }
    if (!kind) {
      noticeEl.hidden = true;
      noticeEl.textContent = "";
      noticeEl.removeAttribute("data-notice");
      return;
    }
    noticeEl.setAttribute("data-notice", kind);
    noticeEl.textContent = text;
    noticeEl.hidden = false;
  }

  function handleNotice(frame) {
    var kind = frame.notice;
    if (kind !== "waiting" && kind !== "typing" && kind !== "closed") { return; }
    var text = noticeText(kind, frame.text);
    if (typingTimer) { window.clearTimeout(typingTimer); typingTimer = null; }
    if (kind === "typing") {
      showNotice("typing", text);
      typingTimer = window.setTimeout(function () {
        typingTimer = null;
        showNotice(steadyNotice, steadyNotice ? noticeText(steadyNotice) : "");
      }, TYPING_SHOWN_MS);
      return;
    }
    steadyNotice = kind;
    showNotice(kind, text);
    announce(text);
  }

  /* A reply from the hotline ends "waiting" and "writing". */
  function replyArrived() {
    if (typingTimer) { window.clearTimeout(typingTimer); typingTimer = null; }
    if (steadyNotice !== "closed") { steadyNotice = null; showNotice(null); }
  }

  /* Flood control refused a message (nothing stored): it goes again by itself, same id. */
  function rateLimited(item, frame) {
    var seconds = Math.max(1, Math.min(120, Number(frame.retry_after) || 5));
    item.state = "pending";
    renderState(item);
    var state = item.el.querySelector(".msg-state");
    if (state) { state.textContent = Object.prototype.hasOwnProperty.call(strings, "chat.rate_limited") ? t("chat.rate_limited") : String(frame.text || ""); }
    window.setTimeout(function () { if (item.state === "pending") { transmit(item); } }, seconds * 1000);
  }

  /* ------------------------- server frames ---------------------------- */
  function renderHistory(messages) {
    list.textContent = "";
    var ownEarlier = false;
    (Array.isArray(messages) ? messages : []).forEach(function (m) {
      if (!m || m.direction === "note" || hasMessage(m.id)) { return; }
      if (m.direction === "in") { ownEarlier = true; }
      list.appendChild(buildMessage(m.direction, String(m.text || ""), m.at, m.id));
    });
    /* The history shows the person's earlier messages as stored: personal details masked.
       Say so, so that it does not look like their words were damaged. */
    if (historyNote) { historyNote.hidden = !ownEarlier; }
    /* Keep what was typed on this page and is not in the history yet. */
    local.forEach(function (item) {
      if (item.id !== null && hasMessage(item.id)) { return; }
      list.appendChild(item.el);
    });
    updateEmpty();
    scrollToEnd();
  }

  function handleFrame(frame) {
    if (!frame || typeof frame !== "object") { return; }
    switch (frame.type) {
      case "session":
        if (typeof frame.token === "string" && frame.token) { setToken(frame.token); }
        sessionReady = true;
        live.connected();
        setStatus(frame.resumed ? t("chat.status.resumed") : t("chat.status.connected"), false);
        flushOutbox();
        break;
      case "history":
        renderHistory(frame.messages);
        break;
      case "ack": {
        var acked = findLocal(frame.client_id);
        if (!acked) { break; }
        acked.state = "sent";
        if (frame.id !== undefined && frame.id !== null) {
          acked.id = frame.id;
          acked.el.setAttribute("data-message-id", String(frame.id));
        }
        renderState(acked);
        break;
      }
      case "error": {
        var failed = frame.client_id ? findLocal(frame.client_id) : null;
        if (frame.reason === "rate_limited") {
          if (failed) { rateLimited(failed, frame); } else { setStatus(t("chat.rate_limited"), true); }
        } else if (failed) {
          failed.state = "failed";
          renderState(failed);
        } else {
          setStatus(t("chat.status.error"), true);
        }
        break;
      }
      case "message": {
        /* Internal notes must never reach the person: drop them. */
        if (frame.direction === "note" || hasMessage(frame.id)) { break; }
        var text = String(frame.text || "");
        list.appendChild(buildMessage(frame.direction, text, frame.at, frame.id));
        updateEmpty();
        scrollToEnd();
        if (frame.direction !== "in") {
          replyArrived();
          announce(t("chat.announce_reply", { text: text }));
        }
        break;
      }
      case "notice":
        handleNotice(frame);
        break;
      default:
        /* "ping" and unknown frames: nothing to do. */
        break;
    }
  }

  /* ------------------------- connection ------------------------------- */
  live = window.HotlineLiveSocket({
    path: function () { return wsPath; },
    stopped: function () { return exiting; },
    onOpen: function (ws) {
      sessionReady = false;
      ws.send(JSON.stringify({ type: "hello", token: getToken(), language: lang }));
    },
    onFrame: handleFrame,
    onClose: function () {
      sessionReady = false;
      local.forEach(function (item) {
        if (item.state === "sending") { item.state = "pending"; renderState(item); }
      });
    },
    onReconnecting: function (seconds) {
      setStatus(t("chat.status.reconnecting", { seconds: seconds }), true);
    }
  });

  /* ------------------------- wiring ----------------------------------- */
  /* Switching language replaces this page instead of adding a history entry,
     so that after a quick exit, Back does not lead to the chat page. */
  Array.prototype.forEach.call(document.querySelectorAll(".lang-switch a[href]"), function (link) {
    link.addEventListener("click", function (event) {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) { return; }
      event.preventDefault();
      window.location.replace(link.href);
    });
  });

  if (!list || !form || !input) { return; }

  form.hidden = false;
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    sendFromInput();
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing && !event.altKey) {
      event.preventDefault();
      sendFromInput();
    }
  });

  updateEmpty();
  setStatus(t("chat.status.connecting"), false);
  live.connect();
})();
