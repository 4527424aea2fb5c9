/*
 * The console's queue list: pages, filters, live updates, the flood banner and the
 * emergency alert. Plain JavaScript, no dependencies, no inline code (CSP); loaded before
 * console.js, which creates it with the page's helpers:
 *
 *   var queue = window.HotlineQueue(ui);   // ui: t, label, languageCode, el, relativeText,
 *                                          // refreshTimes, announce, safeClass, csrfToken,
 *                                          // conversationId, userEmail
 *   queue.applyConversation(conv, isNew); queue.applyMessage(conversationId, message);
 *   queue.applyHeld(frame);  // a "queue.held" event
 *
 * The server renders the first page; "Show more" loads the next ones
 * (GET /api/conversations?page=N, total in X-Total-Count), so every open conversation is
 * reachable however long the queue. Filters reload page 1 with the same API.
 */
(function () {
  "use strict";

  var URGENCY_RANK = { emergency: 0, high: 1, standard: 2, low: 3 };
  var PAGE_SIZE = 50;
  var PREVIEW_CHARACTERS = 160;

  window.HotlineQueue = function (ui) {
    var t = ui.t;
    var label = ui.label;
    var el = ui.el;
    var queueEl = document.getElementById("queue");
    var queueEmpty = document.getElementById("queue-empty");
    var queueCount = document.getElementById("queue-count");
    var moreButton = document.getElementById("queue-more");
    var filters = document.getElementById("queue-filters");
    var floodBanner = document.getElementById("flood-banner");
    var floodText = document.getElementById("flood-text");
    var floodError = document.getElementById("flood-error");
    var emergencyBanner = document.getElementById("emergency-banner");

    var total = queueEl ? parseInt(queueEl.getAttribute("data-total") || "0", 10) || 0 : 0;
    var held = floodBanner ? parseInt(floodBanner.getAttribute("data-held") || "0", 10) || 0 : 0;
    var loadedPages = 1;
    var loading = false;
    var alerted = {};   /* conversation ids already announced as emergencies */

    /* ------------------------- filter ----------------------------------- */
    function currentFilter() {
      var get = function (id) { var node = document.getElementById(id); return node ? node.value : ""; };
      return { view: get("queue-view") || "all", channel: get("queue-channel"), urgency: get("queue-urgency") };
    }

    function query(page) {
      var f = currentFilter();
      var params = ["page=" + page, "size=" + PAGE_SIZE];
      if (f.view === "mine") { params.push("mine=true"); }
      if (f.view === "unassigned") { params.push("unassigned=true"); }
      if (f.view === "held") { params.push("held=true"); }
      if (f.channel) { params.push("channel=" + encodeURIComponent(f.channel)); }
      if (f.urgency) { params.push("urgency=" + encodeURIComponent(f.urgency)); }
      return "/api/conversations?" + params.join("&");
    }

    function matches(conv) {
      var f = currentFilter();
      if (conv.status === "closed") { return false; }
      if ((conv.status === "held") !== (f.view === "held")) { return false; }
      if (f.view === "mine" && conv.assigned_operator !== ui.userEmail) { return false; }
      if (f.view === "unassigned" && conv.assigned_operator) { return false; }
      if (f.channel && conv.channel !== f.channel) { return false; }
      if (f.urgency && conv.urgency !== f.urgency) { return false; }
      return true;
    }

    /* ------------------------- rows ------------------------------------- */
    function items() {
      return queueEl ? Array.prototype.slice.call(queueEl.querySelectorAll(":scope > li[data-conversation-id]")) : [];
    }

    function find(id) {
      var all = items();
      for (var i = 0; i < all.length; i += 1) {
        if (all[i].getAttribute("data-conversation-id") === String(id)) { return all[i]; }
      }
      return null;
    }

    function needsOf(li) {
      return Array.prototype.map.call(li.querySelectorAll(".queue-needs [data-code]"), function (node) {
        return node.getAttribute("data-code");
      });
    }

    function renderNeeds(link, needs) {
      var box = link.querySelector(".queue-needs");
      if (!needs || !needs.length) { if (box) { box.remove(); } return; }
      if (!box) {
        box = el("span", "queue-needs");
        var anchor = link.querySelector(".queue-preview") || link.querySelector(".queue-assigned") || link.querySelector(".queue-activity");
        link.insertBefore(box, anchor);
      }
      box.textContent = "";
      box.appendChild(el("span", "sr-only", t("queue.needs") + " "));
      needs.forEach(function (code) {
        var item = el("span", "code code-need", label("need", code));
        item.setAttribute("data-code", ui.safeClass(code));
        box.appendChild(item);
      });
    }

    /* As the API previews a message (app/conversations/queue.py `preview_of`). */
    function previewOf(text) {
      var flat = String(text || "").split(/\s+/).filter(Boolean).join(" ");
      return flat.length <= PREVIEW_CHARACTERS ? flat : flat.slice(0, PREVIEW_CHARACTERS - 1) + "…";
    }

    function renderPreview(link, text) {
      var box = link.querySelector(".queue-preview");
      if (!text) { if (box) { box.remove(); } return; }
      if (!box) {
        box = el("span", "queue-preview");
        link.insertBefore(box, link.querySelector(".queue-assigned") || link.querySelector(".queue-activity"));
      }
      box.textContent = String(text);
    }

    /* Fill (or refill) a row; the <a> is kept so keyboard focus survives an update.
       An event's conversation has no preview or needs: the row keeps those it has. */
    function fill(li, conv) {
      var urgency = ui.safeClass(conv.urgency);
      var selected = String(conv.id) === ui.conversationId;
      var hadActivity = li.classList.contains("has-activity");
      var keptNeeds = conv.needs || needsOf(li);
      var keptPreview = conv.preview !== undefined ? conv.preview : ((li.querySelector(".queue-preview") || {}).textContent || null);

      li.className = "queue-item urgency-" + urgency + (selected ? " is-selected" : "") + (hadActivity ? " has-activity" : "");
      li.setAttribute("data-conversation-id", String(conv.id));
      li.setAttribute("data-urgency", String(conv.urgency || ""));
      li.setAttribute("data-waiting-since", String(conv.waiting_since || ""));
      li.setAttribute("data-status", String(conv.status || ""));

      var link = li.querySelector("a");
      if (!link) { link = document.createElement("a"); li.appendChild(link); }
      link.href = "/console?c=" + encodeURIComponent(String(conv.id));
      if (selected) { link.setAttribute("aria-current", "page"); } else { link.removeAttribute("aria-current"); }
      link.textContent = "";
      link.appendChild(el("span", "badge urgency-" + urgency, label("urgency", conv.urgency)));
      link.appendChild(document.createTextNode(" "));
      link.appendChild(el("span", "queue-channel", label("channel", conv.channel)));
      link.appendChild(document.createTextNode(" "));
      var langSpan = el("span", "queue-lang");
      langSpan.appendChild(el("span", "sr-only", t("language.label") + " "));
      langSpan.appendChild(document.createTextNode(ui.languageCode(conv.language)));
      link.appendChild(langSpan);
      link.appendChild(document.createTextNode(" "));
      var waiting = el("span", "queue-waiting");
      waiting.appendChild(el("span", "queue-waiting-label", t("queue.waiting")));
      waiting.appendChild(document.createTextNode(" "));
      var time = el("time", null, ui.relativeText(conv.waiting_since));
      time.setAttribute("datetime", String(conv.waiting_since || ""));
      time.setAttribute("data-relative", "");
      waiting.appendChild(time);
      link.appendChild(waiting);
      if (conv.assigned_operator) {
        link.appendChild(el("span", "queue-assigned", t("queue.assigned") + " " + conv.assigned_operator));
      }
      var activity = el("span", "queue-activity", t("queue.new_activity"));
      activity.hidden = !hadActivity;
      link.appendChild(activity);
      renderNeeds(link, keptNeeds);
      renderPreview(link, keptPreview);
      ui.refreshTimes(li);
    }

    function compare(a, b) {
      var ra = URGENCY_RANK.hasOwnProperty(a.getAttribute("data-urgency")) ? URGENCY_RANK[a.getAttribute("data-urgency")] : 9;
      var rb = URGENCY_RANK.hasOwnProperty(b.getAttribute("data-urgency")) ? URGENCY_RANK[b.getAttribute("data-urgency")] : 9;
      if (ra !== rb) { return ra - rb; }
      var ta = Date.parse(a.getAttribute("data-waiting-since"));
      var tb = Date.parse(b.getAttribute("data-waiting-since"));
      if (isNaN(ta)) { ta = Infinity; }
      if (isNaN(tb)) { tb = Infinity; }
      return ta === tb ? 0 : (ta < tb ? -1 : 1);
    }

    function sort() {
      if (!queueEl) { return; }
      var active = document.activeElement;
      items().sort(compare).forEach(function (li, index) {
        if (queueEl.children[index] !== li) { queueEl.insertBefore(li, queueEl.children[index] || null); }
      });
      if (active && queueEl.contains(active) && document.activeElement !== active) { active.focus(); }
    }

    function updateCounts() {
      var shown = items().length;
      if (total < shown) { total = shown; }
      if (queueEmpty) { queueEmpty.hidden = shown > 0; }
      if (queueCount) { queueCount.textContent = "(" + total + ")"; }
      if (moreButton) {
        moreButton.hidden = shown >= total;
        moreButton.textContent = t("queue.more", { n: total - shown });
      }
    }

    function removeRow(li) {
      var hadFocus = li.contains(document.activeElement);
      li.remove();
      if (hadFocus && queueEl) {
        var next = queueEl.querySelector("a") || document.getElementById("main");
        if (next) { next.focus(); }
      }
    }

    /* ------------------------- loading ---------------------------------- */
    function load(page) {
      if (loading || !queueEl) { return Promise.resolve(); }
      loading = true;
      if (moreButton) { moreButton.disabled = true; }
      return fetch(query(page), { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) {
          if (!response.ok) { throw new Error("queue " + response.status); }
          total = parseInt(response.headers.get("X-Total-Count") || "0", 10) || 0;
          var heldHeader = response.headers.get("X-Held-Count");
          if (heldHeader !== null) { setHeld(parseInt(heldHeader, 10) || 0, false); }
          return response.json();
        })
        .then(function (rows) {
          if (page === 1) { items().forEach(function (li) { li.remove(); }); }
          rows.forEach(function (conv) {
            if (find(conv.id)) { return; }
            var li = document.createElement("li");
            fill(li, conv);
            queueEl.appendChild(li);
          });
          loadedPages = page;
          sort();
          updateCounts();
        })
        .catch(function () { ui.announce(t("queue.load_error")); })
        .then(function () {
          loading = false;
          if (moreButton) { moreButton.disabled = false; }
        });
    }

    function reload() { return load(1); }

    /* A change to a row not loaded may change the total: ask again, at most every 2 s. */
    var recountTimer = null;
    function recount() {
      if (recountTimer) { return; }
      recountTimer = window.setTimeout(function () {
        recountTimer = null;
        fetch(query(1).replace("size=" + PAGE_SIZE, "size=1"), { credentials: "same-origin" })
          .then(function (response) {
            if (!response.ok) { return; }
            total = Math.max(items().length, parseInt(response.headers.get("X-Total-Count") || "0", 10) || 0);
            updateCounts();
          }).catch(function () { /* the next change asks again */ });
      }, 2000);
    }

    if (moreButton) {
      moreButton.addEventListener("click", function () { load(loadedPages + 1); });
    }
    if (filters) {
      filters.addEventListener("change", function () { reload(); });
      filters.addEventListener("submit", function (event) { event.preventDefault(); reload(); });
    }

    /* ------------------------- emergency -------------------------------- */
    var audio = null;

    /* Browsers start sound only after the operator has used the page once. */
    function unlockAudio() {
      try {
        var Context = window.AudioContext || window.webkitAudioContext;
        if (!audio && Context) { audio = new Context(); }
        if (audio && audio.state === "suspended") { audio.resume(); }
      } catch (e) { audio = null; }
    }
    document.addEventListener("pointerdown", unlockAudio, { once: true });
    document.addEventListener("keydown", unlockAudio, { once: true });

    /* Three short rising tones, made here: no sound file. */
    function chime() {
      try {
        unlockAudio();
        if (!audio) { return; }
        var start = audio.currentTime + 0.05;
        [660, 880, 1100].forEach(function (pitch, index) {
          var tone = audio.createOscillator();
          var gain = audio.createGain();
          tone.type = "sine";
          tone.frequency.value = pitch;
          var at = start + index * 0.22;
          gain.gain.setValueAtTime(0.0001, at);
          gain.gain.exponentialRampToValueAtTime(0.3, at + 0.02);
          gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.2);
          tone.connect(gain);
          gain.connect(audio.destination);
          tone.start(at);
          tone.stop(at + 0.21);
        });
        document.body.setAttribute("data-last-chime", String(Date.now()));
      } catch (e) { /* the banner still shows */ }
    }

    function alertEmergency(conv) {
      var id = String(conv.id);
      if (alerted[id] || conv.status === "closed" || conv.urgency !== "emergency") { return; }
      alerted[id] = true;
      if (!emergencyBanner) { return; }
      var text = document.getElementById("emergency-text");
      if (text) {
        text.textContent = t("emergency.text", {
          channel: label("channel", conv.channel), language: ui.languageCode(conv.language),
          time: ui.relativeText(conv.waiting_since)
        });
      }
      var open = document.getElementById("emergency-open");
      if (open) { open.href = "/console?c=" + encodeURIComponent(id); }
      emergencyBanner.hidden = false;
      emergencyBanner.setAttribute("data-conversation-id", id);
      chime();
    }

    (function () {
      var dismiss = document.getElementById("emergency-dismiss");
      if (dismiss && emergencyBanner) {
        dismiss.addEventListener("click", function () { emergencyBanner.hidden = true; });
      }
      /* Emergencies already in the queue when the page loads are known, not announced again. */
      items().forEach(function (li) {
        if (li.getAttribute("data-urgency") === "emergency") { alerted[li.getAttribute("data-conversation-id")] = true; }
      });
    })();

    /* ------------------------- flood ------------------------------------ */
    function setHeld(count, announceIt) {
      var changed = count !== held;
      held = count;
      if (!floodBanner) { return; }
      floodBanner.setAttribute("data-held", String(count));
      floodBanner.hidden = count <= 0;
      if (floodText) { floodText.textContent = t("flood.text", { n: count }); }
      if (changed && announceIt && count > 0) { ui.announce(t("flood.announce", { n: count })); }
    }

    function floodAction(path, button) {
      button.disabled = true;
      return fetch(path, {
        method: "POST", credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": ui.csrfToken },
        body: "{}"
      }).then(function (response) {
        if (!response.ok) { throw new Error("flood " + response.status); }
        return response.json();
      }).then(function (result) {
        if (floodError) { floodError.hidden = true; }
        setHeld(result.held, false);
        return reload();
      }).catch(function () {
        if (floodError) { floodError.textContent = t("flood.error"); floodError.hidden = false; }
      }).then(function () { button.disabled = false; });
    }

    (function () {
      var release = document.getElementById("flood-release");
      var close = document.getElementById("flood-close");
      var show = document.getElementById("flood-show");
      if (release) { release.addEventListener("click", function () { floodAction("/api/queue/held/release", release); }); }
      if (close) {
        close.addEventListener("click", function () {
          if (!window.confirm(t("flood.close_confirm", { n: held }))) { return; }
          floodAction("/api/queue/held/close", close);
        });
      }
      if (show) {
        show.addEventListener("click", function () {
          var view = document.getElementById("queue-view");
          if (view) { view.value = "held"; }
          reload();
        });
      }
    })();

    /* ------------------------- live events ------------------------------ */
    function applyConversation(conv, isNew) {
      if (!conv || conv.id === undefined || conv.id === null) { return; }
      alertEmergency(conv);
      var li = find(conv.id);
      if (!matches(conv)) {
        if (li) { removeRow(li); total = Math.max(0, total - 1); } else { recount(); }
        updateCounts();
        return;
      }
      if (!li) {
        total += 1;
        li = document.createElement("li");
        fill(li, conv);
        var rows = items();
        /* Shown only if it belongs among the rows loaded so far; else "Show more" reaches it. */
        if (rows.length + 1 >= total || compare(li, rows[rows.length - 1]) < 0) {
          queueEl.appendChild(li);
          sort();
          if (isNew) { ui.announce(t("console.announce.new_conversation", { urgency: label("urgency", conv.urgency) })); }
        }
      } else {
        fill(li, conv);
        sort();
      }
      updateCounts();
    }

    function applyMessage(conversationId, message, open) {
      var li = find(conversationId);
      if (!li || !message || message.direction !== "in") { return; }
      var link = li.querySelector("a");
      if (!open) {
        li.classList.add("has-activity");
        var badge = li.querySelector(".queue-activity");
        if (badge) { badge.hidden = false; }
      }
      renderPreview(link, previewOf(message.text));
      var found = message.triage && message.triage.needs ? message.triage.needs : [];
      var needs = needsOf(li);
      found.forEach(function (code) { if (needs.indexOf(code) < 0) { needs.push(code); } });
      renderNeeds(link, needs);
    }

    function applyHeld(frame) {
      setHeld(Number(frame.held) || 0, true);
      if ((frame.released && frame.released > 0) || (frame.closed && frame.closed.length)) { reload(); }
    }

    if (queueEl) { updateCounts(); }
    return { applyConversation: applyConversation, applyMessage: applyMessage, applyHeld: applyHeld, reload: reload };
  };
})();
