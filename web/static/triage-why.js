/*
 * "Why this triage?" for a message that arrives live: the same lines web/triage_why.py draws
 * on a page load. The plain lines of each danger read (in the page's language), then the words
 * that gave codes with the names of those codes, then the cause of the level when no danger
 * read gave it. Never the explanation lines written for developers.
 *
 *   var lines = window.HotlineTriageWhy(message.triage);   // [] without a triage
 *
 * Loaded after staff-live.js (its words and labels) and before console.js.
 */
(function () {
  "use strict";

  var S = window.HotlineStaffLive;
  var CODE_FAMILIES = ["indicator", "need", "exploitation"];

  function codeName(code) {
    for (var i = 0; i < CODE_FAMILIES.length; i += 1) {
      var name = S.label(CODE_FAMILIES[i], code);
      if (name !== String(code)) { return name; }
    }
    return String(code);
  }

  window.HotlineTriageWhy = function (found) {
    if (!found) { return []; }
    var plain = found.why && found.why[S.lang];
    var lines = plain && plain.length ? plain.slice() : [];
    var danger = lines.length > 0;
    var cues = found.cues || [];
    cues.forEach(function (cue) {
      var names = (cue.codes || []).map(codeName);
      lines.push(S.t("triage.cue_line", { quote: cue.quote, codes: names.join(", ") }));
    });
    if (!found.urgency) { return lines; }
    var level = S.label("urgency", found.urgency);
    if (found.level_cause) {
      lines.push(S.t("triage.cause_line", { cause: S.label("level_cause", found.level_cause), level: level }));
    } else if (!danger && cues.length) {
      lines.push(S.t("triage.signs_line", { level: level }));
    } else if (!danger) {
      lines.push(S.t("triage.nothing_line", { level: level }));
    }
    return lines;
  };
})();
