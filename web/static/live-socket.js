/*
 * A websocket that reconnects with exponential backoff (1 s, 2 s, 4 s … 15 s),
 * shared by the chat page and the console. Plain JavaScript, no dependencies.
 *
 *   var live = HotlineLiveSocket({
 *     path: function () { return "/console/ws?after=3"; },  // asked again at each connect
 *     stopped: function () { return false; },               // true: never reconnect
 *     onOpen: function (ws) {},
 *     onFrame: function (frame) {},                          // parsed JSON objects only
 *     onClose: function (event) {},                          // the CloseEvent, before a reconnect is planned
 *     onReconnecting: function (seconds) {}
 *   });
 *   live.connect(); live.connected(); live.send(obj); live.isOpen(); live.close();
 */
(function () {
  "use strict";

  var MIN_DELAY = 1000;
  var MAX_DELAY = 15000;

  function noop() {}

  window.HotlineLiveSocket = function (options) {
    var socket = null;
    var retryDelay = MIN_DELAY;
    var reconnectTimer = null;
    var stopped = options.stopped || function () { return false; };
    var onOpen = options.onOpen || noop;
    var onFrame = options.onFrame || noop;
    var onClose = options.onClose || noop;
    var onReconnecting = options.onReconnecting || noop;

    function scheduleReconnect() {
      if (stopped() || reconnectTimer) { return; }
      var delay = retryDelay;
      retryDelay = Math.min(retryDelay * 2, MAX_DELAY);
      onReconnecting(Math.round(delay / 1000));
      reconnectTimer = window.setTimeout(function () {
        reconnectTimer = null;
        connect();
      }, delay);
    }

    function connect() {
      if (stopped()) { return; }
      var scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
      var ws;
      try {
        ws = new WebSocket(scheme + "//" + window.location.host + options.path());
      } catch (e) {
        scheduleReconnect();
        return;
      }
      socket = ws;
      ws.onopen = function () {
        try { onOpen(ws); } catch (e) { /* the close handler reconnects */ }
      };
      ws.onmessage = function (event) {
        if (ws !== socket) { return; }
        var frame;
        try { frame = JSON.parse(event.data); } catch (e) { return; }
        if (frame && typeof frame === "object") { onFrame(frame); }
      };
      ws.onerror = function () { /* a close event follows */ };
      ws.onclose = function (event) {
        if (ws !== socket || stopped()) { return; }
        socket = null;
        onClose(event);
        scheduleReconnect();
      };
    }

    return {
      connect: connect,
      /* The server answered: the next outage starts again from the shortest delay. */
      connected: function () { retryDelay = MIN_DELAY; },
      isOpen: function () { return !!socket && socket.readyState === WebSocket.OPEN; },
      send: function (frame) { socket.send(JSON.stringify(frame)); },
      close: function () {
        if (reconnectTimer) { window.clearTimeout(reconnectTimer); reconnectTimer = null; }
        if (!socket) { return; }
        var ws = socket;
        socket = null;
        ws.onclose = null;
        ws.onmessage = null;
        try { ws.close(); } catch (e) { /* ignore */ }
      }
    };
  };
})();
