/*
 * Operator console, the case tools of the conversation view: ownership (take, next,
 * transfer, presence), case notes, canned responses, wrap-up, reopening, earlier contacts,
 * links, "show original" and the keyboard shortcuts. Loaded after console.js, whose
 * window.HotlineConsole gives the strings, the message list and the CSRF token; live
 * events arrive as "hotline:event" on document. No inline code (CSP); textContent only.
 */
(function () {
  "use strict";

  var C = window.HotlineConsole;
  if (!C) { return; }
  var t = C.t;
  var body = document.body;
  var conversationId = C.conversationId;
  var userId = body.getAttribute("data-user-id") || "";
  var overrides = body.getAttribute("data-overrides") === "true";

  function byId(id) { return document.getElementById(id); }

  function show(node, text) {
    if (!node) { return; }
    node.textContent = text || "";
    node.hidden = !text;
  }

  /* A JSON request; resolves with {status, data} (data: the parsed body or null). */
  function api(method, path, payload) {
    return fetch(path, {
      method: method,
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": C.csrfToken },
      body: payload === undefined ? undefined : JSON.stringify(payload)
    }).then(function (response) {
      return response.text().then(function (text) {
        var data = null;
        try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
        return { status: response.status, ok: response.ok, data: data };
      });
    });
  }

  function reason(result) {
    var error = result && result.data && result.data.error;
    return error ? t("ownership.refused", { reason: error }) : t("ownership.error");
  }

  function conversationPath(action) {
    return "/api/conversations/" + encodeURIComponent(conversationId) + (action ? "/" + action : "");
  }

  /* ------------------------- ownership -------------------------------- */
  function ownerState(conv) {
    if (conv.status === "closed") { return "closed"; }
    if (conv.assigned_operator_id === null || conv.assigned_operator_id === undefined) { return "none"; }
    return String(conv.assigned_operator_id) === userId ? "mine" : "other";
  }

  function applyOwnership(conv) {
    var box = byId("ownership");
    if (!box || !conv) { return; }
    var state = ownerState(conv);
    box.setAttribute("data-owner-state", state);
    box.setAttribute("data-owner-id", conv.assigned_operator_id ? String(conv.assigned_operator_id) : "");
    box.className = "ownership owner-" + state;
    var text = byId("ownership-state");
    if (text) { text.textContent = t("ownership." + state, { operator: conv.assigned_operator || "" }); }
    var take = byId("take-conversation");
    if (take) { take.hidden = state !== "none"; }
    var transfer = byId("transfer-open");
    if (transfer) { transfer.hidden = !(state === "mine" || (state === "other" && overrides)); }
    var blocked = state === "other" || state === "closed";
    var form = byId("reply-form");
    if (form) { form.setAttribute("data-owner", state); }
    var reply = byId("reply-text");
    if (reply) { reply.disabled = blocked; }
    var send = byId("reply-send");
    if (send) { send.disabled = blocked; }
    var tags = byId("conversation-tags");
    if (tags) { tags.textContent = conv.tags && conv.tags.length ? conv.tags.join(", ") : "—"; }
    var closeForm = byId("close-form");
    if (closeForm && state === "closed") { closeForm.hidden = true; }
  }

  function take() {
    var error = byId("ownership-error");
    api("POST", conversationPath("take"), {}).then(function (result) {
      if (!result.ok) { show(error, reason(result)); return; }
      show(error, "");
      applyOwnership(result.data);
      var reply = byId("reply-text");
      if (reply) { reply.focus(); }
    }).catch(function () { show(error, t("ownership.error")); });
  }

  function nextConversation() {
    var status = byId("case-toolbar-status");
    api("POST", "/api/conversations/next", {}).then(function (result) {
      if (result.status === 204) { show(status, t("next.none")); return; }
      if (!result.ok || !result.data) { show(status, reason(result)); return; }
      C.leave("/console?c=" + encodeURIComponent(String(result.data.id)));
    }).catch(function () { show(status, t("ownership.error")); });
  }

  function savePresence(select) {
    var status = byId("case-toolbar-status");
    api("PUT", "/api/me/presence", { presence: select.value }).then(function (result) {
      if (!result.ok) { show(status, reason(result)); return; }
      show(status, t("presence.saved", { presence: C.label("presence", result.data.presence) }));
    }).catch(function () { show(status, t("ownership.error")); });
  }

  /* A colleague's presence or load changed (or they were deactivated): the transfer list and,
     when it is the viewer, their own status follow without a reload. */
  function applyStaff(staff) {
    if (!staff) { return; }
    var id = String(Number(staff.id));
    var mine = byId("my-presence");
    if (mine && id === userId && staff.active) { mine.value = staff.presence; }
    var option = document.querySelector('#transfer-to option[value="' + id + '"]');
    if (!option) { return; }
    if (!staff.active) { option.remove(); return; }
    option.textContent = t("colleague.option", {
      email: staff.email, presence: C.label("presence", staff.presence), count: staff.open_conversations
    });
  }

  document.addEventListener("hotline:event", function (event) {
    var frame = event.detail;
    if (frame && frame.kind === "staff.updated") { applyStaff(frame.staff); }
  });

  /* ------------------------- dialogs ---------------------------------- */
  var opener = null;

  function openDialog(dialog) {
    if (!dialog || dialog.open) { return; }
    opener = document.activeElement;
    if (typeof dialog.showModal === "function") { dialog.showModal(); } else { dialog.setAttribute("open", ""); }
    var first = dialog.querySelector("select, textarea, input, button");
    if (first) { first.focus(); }
  }

  function closeDialog(dialog) {
    if (dialog && dialog.open) { dialog.close(); }
  }

  Array.prototype.forEach.call(document.querySelectorAll("dialog"), function (dialog) {
    dialog.addEventListener("close", function () {
      if (opener && document.contains(opener)) { opener.focus(); }
      opener = null;
    });
    Array.prototype.forEach.call(dialog.querySelectorAll(".dialog-cancel"), function (button) {
      button.addEventListener("click", function () { closeDialog(dialog); });
    });
  });

  /* ------------------------- transfer --------------------------------- */
  function openTransfer() {
    var button = byId("transfer-open");
    if (button && !button.hidden) { openDialog(byId("transfer-dialog")); }
  }

  function submitTransfer(event) {
    event.preventDefault();
    var dialog = byId("transfer-dialog");
    var error = byId("transfer-error");
    var to = byId("transfer-to");
    var note = byId("transfer-note");
    if (!to || !to.value) { if (to) { to.focus(); } return; }
    var payload = { to_user: parseInt(to.value, 10) };
    if (note && note.value.trim()) { payload.note = note.value; }
    api("POST", conversationPath("transfer"), payload).then(function (result) {
      if (!result.ok) { show(error, reason(result)); return; }
      show(error, "");
      if (note) { note.value = ""; }
      applyOwnership(result.data);
      closeDialog(dialog);
    }).catch(function () { show(error, t("ownership.error")); });
  }

  /* ------------------------- notes ------------------------------------ */
  var noting = false;

  function addNote() {
    var text = byId("note-text");
    var error = byId("note-error");
    if (noting || !text || !text.value.trim()) { if (text) { text.focus(); } return; }
    var typed = text.value;
    noting = true;
    api("POST", conversationPath("notes"), { text: typed }).then(function (result) {
      if (!result.ok) { show(error, t("note.error")); return; }
      show(error, "");
      if (text.value === typed) { text.value = ""; }
      C.appendMessage(result.data);
    }).catch(function () { show(error, t("note.error")); }).then(function () { noting = false; });
  }

  /* ------------------------- canned responses ------------------------- */
  function insertCanned() {
    var select = byId("canned-select");
    var reply = byId("reply-text");
    if (!select || !reply || reply.disabled || !select.value) { return; }
    var option = select.options[select.selectedIndex];
    var text = option.getAttribute("data-text") || "";
    var start = reply.selectionStart || 0;
    var end = reply.selectionEnd || 0;
    reply.value = reply.value.slice(0, start) + text + reply.value.slice(end);
    reply.focus();
    reply.selectionStart = reply.selectionEnd = start + text.length;
  }

  /* ------------------------- wrap-up and reopening -------------------- */
  var TAG = /^[a-z][a-z_]{0,39}$/;

  function closeConversation(event) {
    event.preventDefault();
    var error = byId("close-error");
    var outcome = byId("close-outcome");
    if (!outcome || !outcome.value) { show(error, t("close.outcome_missing")); if (outcome) { outcome.focus(); } return; }
    var tagsField = byId("close-tags");
    var tags = (tagsField ? tagsField.value : "").split(",").map(function (tag) {
      return tag.trim().toLowerCase().replace(/[\s-]+/g, "_");
    }).filter(function (tag) { return tag.length > 0; });
    if (!tags.every(function (tag) { return TAG.test(tag); })) {
      show(error, t("close.tags_invalid"));
      if (tagsField) { tagsField.focus(); }
      return;
    }
    var payload = { outcome: outcome.value, tags: tags };
    var followUp = byId("close-follow-up");
    if (followUp && followUp.value) { payload.follow_up = followUp.value; }
    if (!window.confirm(t("close.confirm"))) { return; }
    api("POST", conversationPath("close"), payload).then(function (result) {
      if (!result.ok) { show(error, result.status === 409 ? reason(result) : t("close.error")); return; }
      C.leave("/console");
    }).catch(function () { show(error, t("close.error")); });
  }

  function reopen() {
    var error = byId("reopen-error");
    api("POST", conversationPath("reopen"), {}).then(function (result) {
      if (!result.ok) { show(error, result.status === 409 ? reason(result) : t("reopen.error")); return; }
      C.leave("/console?c=" + encodeURIComponent(conversationId));
    }).catch(function () { show(error, t("reopen.error")); });
  }

  /* ------------------------- earlier contacts and links --------------- */
  /* An earlier referral: partner, need, state and consent, sent and last changed on. */
  function historyReferral(referral) {
    var li = C.el("li", "case-history-referral");
    li.setAttribute("data-referral-id", String(referral.id));
    var partner = referral.service_name || referral.service_id;
    if (referral.organization_name && referral.organization_name !== partner) {
      partner += " (" + referral.organization_name + ")";
    }
    li.appendChild(C.el("strong", null, partner));
    li.appendChild(document.createTextNode(" · " + t("history.referral_need", { need: referral.purpose }) + " · "));
    li.appendChild(C.el("span", "referral-status", t("referral.status." + referral.status)));
    li.appendChild(document.createTextNode(" · " + t("referral.consent." + referral.consent_state) + " · "));
    li.appendChild(C.el("span", "referral-dates", t("history.referral_dates", {
      sent: String(referral.created_at || "").slice(0, 10),
      changed: String(referral.updated_at || "").slice(0, 10)
    })));
    return li;
  }

  function renderHistory(items) {
    var list = byId("case-history-list");
    var empty = byId("case-history-empty");
    if (!list) { return; }
    list.textContent = "";
    (items || []).forEach(function (item) {
      var li = C.el("li", "case-history-item");
      li.setAttribute("data-conversation-id", String(item.id));
      var head = C.el("p", "case-history-head");
      var when = C.el("time", null, String(item.started_at || "").slice(0, 10));
      when.setAttribute("datetime", String(item.started_at || ""));
      head.appendChild(when);
      head.appendChild(document.createTextNode(" · " + C.label("channel", item.channel) + " · "));
      head.appendChild(C.el("span", "badge urgency-" + String(item.urgency).replace(/[^a-z_]/g, ""), C.label("urgency", item.urgency)));
      head.appendChild(document.createTextNode(" · " + (item.outcome ? C.label("outcome", item.outcome) : t("history.open"))));
      if (item.linked) { head.appendChild(document.createTextNode(" · " + t("history.linked"))); }
      li.appendChild(head);
      if (item.tags && item.tags.length) { li.appendChild(C.el("p", "case-history-tags", item.tags.join(", "))); }
      if (item.follow_up) { li.appendChild(C.el("p", "case-history-follow-up", t("history.follow_up", { date: item.follow_up }))); }
      if (item.notes && item.notes.length) {
        var notes = C.el("ul", "case-history-notes");
        notes.setAttribute("aria-label", t("history.notes"));
        item.notes.forEach(function (note) { notes.appendChild(C.el("li", null, note.text)); });
        li.appendChild(notes);
      }
      if (item.referrals && item.referrals.length) {
        var referrals = C.el("ul", "case-history-referrals");
        referrals.setAttribute("aria-label", t("history.referrals"));
        item.referrals.forEach(function (referral) { referrals.appendChild(historyReferral(referral)); });
        li.appendChild(referrals);
      }
      list.appendChild(li);
    });
    if (empty) { empty.hidden = list.children.length > 0; }
  }

  function loadHistory() {
    if (!byId("case-history")) { return; }
    api("GET", conversationPath("history")).then(function (result) {
      if (result.ok) { renderHistory(result.data); }
    }).catch(function () { /* the view works without it */ });
  }

  function link(event) {
    event.preventDefault();
    var status = byId("link-status");
    var other = byId("link-conversation");
    var agreed = byId("link-agreed");
    if (!agreed || !agreed.checked) { show(status, t("link.agree_first")); if (agreed) { agreed.focus(); } return; }
    api("POST", conversationPath("link"), { conversation_id: other ? other.value.trim() : "", caller_agreed: true })
      .then(function (result) {
        if (!result.ok) { show(status, t("link.error")); return; }
        show(status, result.data && result.data.linked ? t("link.done") : t("link.already"));
        loadHistory();
      }).catch(function () { show(status, t("link.error")); });
  }

  /* ------------------------- show original ---------------------------- */
  var revealing = null;

  function submitReveal(event) {
    event.preventDefault();
    var dialog = byId("reveal-dialog");
    var reasonField = byId("reveal-reason");
    var error = byId("reveal-error");
    if (!revealing || !reasonField || reasonField.value.trim().length < 5) { if (reasonField) { reasonField.focus(); } return; }
    var messageId = revealing.getAttribute("data-message-id");
    var button = revealing;
    api("POST", "/api/messages/" + encodeURIComponent(messageId) + "/reveal", { reason: reasonField.value })
      .then(function (result) {
        if (!result.ok) { show(error, result.status === 403 ? reason(result) : t("reveal.error")); return; }
        show(error, "");
        reasonField.value = "";
        var original = C.el("p", "message-original");
        original.appendChild(C.el("span", "message-original-label", t("reveal.label") + " : "));
        original.appendChild(document.createTextNode(result.data.text));
        button.parentNode.insertBefore(original, button.nextSibling);
        button.hidden = true;
        closeDialog(dialog);
      }).catch(function () { show(error, t("reveal.error")); });
  }

  /* ------------------------- keyboard shortcuts ----------------------- */
  function typing(target) {
    if (!target) { return false; }
    var tag = target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable;
  }

  function focusField(id) {
    var field = byId(id);
    if (field && !field.disabled) { field.focus(); return true; }
    return false;
  }

  var SHORTCUTS = {
    "?": function () { openDialog(byId("shortcuts-dialog")); },
    n: nextConversation,
    r: function () { return focusField("reply-text"); },
    m: function () { return focusField("note-text"); },
    t: openTransfer,
    c: function () { return focusField("close-outcome"); }
  };

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) { return; }
    if (typing(event.target) || document.querySelector("dialog[open]")) { return; }
    var action = SHORTCUTS.hasOwnProperty(event.key) ? SHORTCUTS[event.key] : null;
    if (!action) { return; }
    event.preventDefault();
    action();
  });

  /* ------------------------- wiring ----------------------------------- */
  function on(id, type, handler) {
    var node = byId(id);
    if (node) { node.addEventListener(type, handler); }
  }

  on("next-conversation", "click", nextConversation);
  on("shortcuts-open", "click", function () { openDialog(byId("shortcuts-dialog")); });
  on("my-presence", "change", function (event) { savePresence(event.target); });
  if (conversationId) {
    on("take-conversation", "click", take);
    on("transfer-open", "click", openTransfer);
    on("transfer-form", "submit", submitTransfer);
    on("note-form", "submit", function (event) { event.preventDefault(); addNote(); });
    on("note-text", "keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.isComposing) {
        event.preventDefault();
        addNote();
      }
    });
    on("canned-insert", "click", insertCanned);
    on("close-form", "submit", closeConversation);
    on("reopen-conversation", "click", reopen);
    on("link-form", "submit", link);
    on("reveal-form", "submit", submitReveal);
    var messages = byId("messages");
    if (messages) {
      messages.addEventListener("click", function (event) {
        var target = event.target;
        if (target && target.classList && target.classList.contains("reveal-original")) {
          revealing = target;
          openDialog(byId("reveal-dialog"));
        }
      });
    }
    document.addEventListener("hotline:event", function (event) {
      var frame = event.detail;
      if (frame && frame.conversation && String(frame.conversation.id) === conversationId) {
        applyOwnership(frame.conversation);
      }
    });
    /* console.js read the conversation again (a reply was refused): who owns it now. */
    document.addEventListener("hotline:conversation", function (event) {
      if (event.detail && String(event.detail.id) === conversationId) { applyOwnership(event.detail); }
    });
    loadHistory();
  }
})();
