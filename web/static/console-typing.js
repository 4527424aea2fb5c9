/*
 * "An operator is writing": while the operator types in the reply box, the web chat
 * caller's page says so. At most one POST every TYPING_EVERY_MS, never the text.
 * Plain JavaScript, no dependencies, no inline code (CSP).
 */
(function () {
  "use strict";

  var TYPING_EVERY_MS = 4000;
  var body = document.body;
  var conversationId = body.getAttribute("data-conversation-id") || "";
  var csrfToken = body.getAttribute("data-csrf-token") || "";
  var box = document.getElementById("reply-text");
  if (!box || !conversationId || body.getAttribute("data-conversation-channel") !== "webchat") { return; }

  var last = 0;
  box.addEventListener("input", function () {
    var now = Date.now();
    if (!box.value.trim() || now - last < TYPING_EVERY_MS) { return; }
    last = now;
    fetch("/api/conversations/" + encodeURIComponent(conversationId) + "/typing", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrfToken },
      body: "{}"
    }).catch(function () { /* a lost typing notice does no harm */ });
  });
})();
