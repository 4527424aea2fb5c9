/*
 * What the staff pages with live updates (the console, the supervisor room) share: their
 * words (the hidden #i18n element), their times in the hotline's zone, the status line and
 * the screen-reader announcer, and the live events of WS /console/ws. Plain JavaScript, no
 * dependencies, no inline code (CSP); loaded after live-socket.js and before the page's script.
 *
 *   var S = window.HotlineStaffLive;
 *   S.t("key", {n: 2}); S.label("urgency", "high"); S.el("li", "class", "text");
 *   S.relativeText(iso); S.clockText(iso); S.refreshTimes(root);
 *   var live = S.connect(function (frame) {});  // each event once, in id order
 *   live.leave(url);                             // navigate away without reconnecting
 *
 * Configuration from <body data-*>: data-last-event-id (the events the page was drawn
 * with), data-lang, data-timezone (the hotline's zone: every time is shown in it).
 */
(function () {
  "use strict";

  var body = document.body;
  var lang = body.getAttribute("data-lang") || document.documentElement.lang || "fr";
  var statusEl = document.getElementById("console-status");
  var announcer = document.getElementById("console-announcer");

  /* ------------------------- words ------------------------------------ */
  var strings = {};
  Array.prototype.forEach.call(document.querySelectorAll("#i18n [data-key]"), function (node) {
    strings[node.getAttribute("data-key")] = node.textContent;
  });

  function has(key) { return Object.prototype.hasOwnProperty.call(strings, key); }

  function t(key, params) {
    var text = has(key) ? strings[key] : key;
    if (!params) { return text; }
    return text.replace(/\{(\w+)\}/g, function (match, name) {
      return Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match;
    });
  }

  /* Translated label for a code, or the code itself when unknown. */
  function label(prefix, code) {
    var key = prefix + "." + code;
    return has(key) ? strings[key] : String(code || "");
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function safeClass(value) { return String(value || "").replace(/[^a-z0-9_-]/gi, ""); }

  /* ------------------------- times ------------------------------------ */
  /* In the hotline's zone with its abbreviation, whatever the browser's zone: "8:30 HNE",
     "lun. 8:30 HNE" (as web/times.py). */
  var timeZone = body.getAttribute("data-timezone") || "America/Toronto";
  var locale = lang === "fr" ? "fr-CA" : "en-CA";

  function zonedFormat(options) {
    var base = { timeZone: timeZone, timeZoneName: "short", hour: "numeric", minute: "2-digit", hourCycle: "h23" };
    Object.keys(options || {}).forEach(function (key) { base[key] = options[key]; });
    try { return new Intl.DateTimeFormat(locale, base); } catch (e) { return null; }
  }

  var clockFormat = zonedFormat();
  var dayFormat = zonedFormat({ weekday: "short" });
  var dateFormat = zonedFormat({ day: "numeric", month: "short", year: "numeric" });

  /* "H:mm zone" from the parts, so 8:30 reads 8:30 in both languages ("8 h 30" in fr-CA's own). */
  function zonedText(format, ms) {
    if (!format) { return new Date(ms).toISOString().slice(0, 16).replace("T", " ") + " UTC"; }
    var parts = {};
    format.formatToParts(new Date(ms)).forEach(function (part) { parts[part.type] = part.value; });
    var clock = String(parseInt(parts.hour, 10) % 24) + ":" + parts.minute + " " + (parts.timeZoneName || "");
    var day = parts.weekday ? parts.weekday + " " : "";
    var date = parts.day ? parts.day + " " + parts.month + " " + parts.year + ", " : "";
    return (date + day + clock).trim();
  }

  function parseTime(iso) {
    var ms = Date.parse(iso);
    return isNaN(ms) ? null : ms;
  }

  function relativeText(iso) {
    var ms = parseTime(iso);
    if (ms === null) { return ""; }
    var minutes = Math.max(0, Math.floor((Date.now() - ms) / 60000));
    if (minutes < 1) { return t("time.just_now"); }
    if (minutes < 60) { return t("time.minutes_ago", { n: minutes }); }
    if (minutes < 24 * 60) {
      var m = minutes % 60;
      return t("time.hours_ago", { h: Math.floor(minutes / 60), m: (m < 10 ? "0" : "") + m });
    }
    return t("time.days_ago", { n: Math.floor(minutes / (24 * 60)) });
  }

  function clockText(iso) {
    var ms = parseTime(iso);
    return ms === null ? "" : zonedText(clockFormat, ms);
  }

  function eachTime(scope, selector, text) {
    Array.prototype.forEach.call(scope.querySelectorAll(selector), function (node) {
      var ms = parseTime(node.getAttribute("datetime"));
      if (ms === null) { return; }
      var value = text(node.getAttribute("datetime"), ms, node);
      if (value && node.textContent !== value) { node.textContent = value; }
    });
  }

  function refreshTimes(root) {
    var scope = root || document;
    eachTime(scope, "time[data-relative]", function (iso, ms, node) {
      node.title = zonedText(dateFormat, ms);
      return relativeText(iso);
    });
    eachTime(scope, "time[data-clock]", function (iso) { return clockText(iso); });
    /* A day and an hour ("mar. 8:30 HNE"): when a partner opens. */
    eachTime(scope, "time[data-day-clock]", function (iso, ms) { return zonedText(dayFormat, ms); });
  }

  /* ------------------------- status and announcer --------------------- */
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

  /* ------------------------- live events ------------------------------ */
  /* Replays from the last event the page saw, then follows; each event reaches `onEvent` once
     and in order, then the other scripts of the page as "hotline:event" on document. */
  function connect(onEvent) {
    var highest = parseInt(body.getAttribute("data-last-event-id") || "0", 10);
    if (!isFinite(highest) || highest < 0) { highest = 0; }
    var leaving = false;

    function apply(frame) {
      var id = Number(frame.id);
      if (!isFinite(id) || id <= highest) { return; }   /* already applied */
      highest = id;
      try {
        onEvent(frame);
      } catch (e) {
        if (window.console) { window.console.error("live: could not apply event", id, e); }
      }
      document.dispatchEvent(new CustomEvent("hotline:event", { detail: frame }));
    }

    function reload() {
      leaving = true;
      window.location.reload();
    }

    var socket = window.HotlineLiveSocket({
      path: function () { return "/console/ws?after=" + encodeURIComponent(String(highest)); },
      stopped: function () { return leaving; },
      onFrame: function (frame) {
        if (frame.type === "hello") {
          socket.connected();
          setStatus(t("console.status.connected"), false);
        } else if (frame.type === "event") {
          apply(frame);
        } else if (frame.type === "resync") {
          reload();
        }   /* "ping" and unknown frames: nothing to do */
      },
      onClose: function (event) {
        /* 1008: the server refused this login (signed out elsewhere, sessions ended by an
           administrator, account deactivated). If the login is gone, go to the login page
           instead of retrying forever; any other answer keeps retrying. */
        if (!event || event.code !== 1008) { return; }
        window.fetch("/api/auth/me", { credentials: "same-origin", cache: "no-store" })
          .then(function (response) {
            if (response.status === 401) {
              var here = window.location.pathname + window.location.search;
              leaving = true;
              window.location.assign("/console/login?next=" + encodeURIComponent(here));
            }
          })
          .catch(function () { /* offline: the reconnection goes on */ });
      },
      onReconnecting: function (seconds) {
        setStatus(t("console.status.reconnecting", { seconds: seconds }), true);
      }
    });

    window.addEventListener("pagehide", function () {
      leaving = true;
      socket.close();
    });
    window.addEventListener("pageshow", function (event) {
      if (event.persisted) { reload(); }   /* back/forward cache: start again from fresh state */
    });
    setStatus(t("console.status.connecting"), false);
    socket.connect();
    return {
      leave: function (url) { leaving = true; window.location.assign(url); }
    };
  }

  window.setInterval(function () { refreshTimes(document); }, 30000);

  window.HotlineStaffLive = {
    lang: lang,
    t: t,
    label: label,
    el: el,
    safeClass: safeClass,
    relativeText: relativeText,
    clockText: clockText,
    refreshTimes: refreshTimes,
    setStatus: setStatus,
    announce: announce,
    connect: connect
  };
})();
