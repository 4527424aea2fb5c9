/* The partner worker's view of the person's conversation: new lines live over a websocket
 * (/partner/referrals/<id>/live), reconnecting with backoff (1 s doubling to 30 s); while the
 * socket cannot open, the lines endpoint is polled every two seconds instead. Sending stays a
 * POST without leaving the page. Lines are text only (textContent), never HTML. */
(function () {
  "use strict";
  var main = document.getElementById("main");
  var list = document.getElementById("partner-lines");
  var form = document.getElementById("partner-write");
  if (!main || !list || !form) { return; }
  var base = "/partner/referrals/" + encodeURIComponent(main.getAttribute("data-referral-id"));
  var socket = null;
  var live = false;        // the socket said hello
  var ended = false;       // the worker no longer sees the conversation
  var delay = 1000;        // the next reconnection's wait
  var failures = 0;        // sockets in a row that closed before their hello
  var pollTimer = null;
  var reconnectTimer = null;

  function lastId() {
    var items = list.querySelectorAll("[data-line-id]");
    return items.length ? Number(items[items.length - 1].getAttribute("data-line-id")) : 0;
  }
  function add(line) {
    if (list.querySelector('[data-line-id="' + line.id + '"]')) { return; }
    var li = document.createElement("li");
    li.className = "message message-" + line.direction;
    li.setAttribute("data-line-id", String(line.id));
    li.textContent = line.text;
    list.appendChild(li);
  }
  function end() {
    ended = true;
    stopPolling();
    if (reconnectTimer !== null) { window.clearTimeout(reconnectTimer); reconnectTimer = null; }
    document.getElementById("partner-ended").hidden = false;
    form.hidden = true;
  }
  function poll() {
    fetch(base + "/lines?after=" + lastId(), { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (body) {
        if (!body) { return; }
        body.lines.forEach(add);
        if (!body.present) { end(); }
      })
      .catch(function () { /* try again at the next tick */ });
  }
  function startPolling() {
    if (pollTimer === null && !ended) { pollTimer = window.setInterval(poll, 2000); poll(); }
  }
  function stopPolling() {
    if (pollTimer !== null) { window.clearInterval(pollTimer); pollTimer = null; }
  }
  function socketUrl() {
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    return scheme + window.location.host + base + "/live?after=" + lastId();
  }
  function connect() {
    reconnectTimer = null;
    if (ended || !("WebSocket" in window)) { startPolling(); return; }
    try {
      socket = new WebSocket(socketUrl());
    } catch (error) {
      socket = null;
      closed({ code: 1006 });
      return;
    }
    socket.onmessage = function (message) {
      var frame;
      try { frame = JSON.parse(message.data); } catch (error) { return; }
      if (frame.type === "hello") {
        live = true; failures = 0; delay = 1000;
        stopPolling();
      } else if (frame.type === "line") {
        add(frame);
      } else if (frame.type === "closed") {
        end();
      }
    };
    socket.onclose = closed;
  }
  function closed(event) {
    var wasLive = live;
    socket = null;
    live = false;
    if (ended) { return; }
    // The server ended an open socket on a policy (1008): the session ended. The portal then
    // shows its login page.
    if (wasLive && event.code === 1008) { window.location.reload(); return; }
    if (!wasLive) { failures += 1; }
    // Refused or failing (a proxy without websockets): the lines endpoint says what the page
    // may still show; poll it until a socket opens again.
    if (failures >= 2) { startPolling(); }
    reconnectTimer = window.setTimeout(connect, delay);
    delay = Math.min(delay * 2, 30000);
  }
  connect();
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var data = new URLSearchParams(new FormData(form));
    fetch(base + "/lines", { method: "POST", credentials: "same-origin", body: data })
      .then(function (response) {
        if (response.ok) {
          document.getElementById("partner-text").value = "";
          if (!live) { poll(); }
        }
      });
  });
})();
