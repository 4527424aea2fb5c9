/* The partner worker's view of the person's conversation: new lines every two seconds, and
 * sending without leaving the page. Lines are text only (textContent), never HTML. */
(function () {
  "use strict";
  var main = document.getElementById("main");
  var list = document.getElementById("partner-lines");
  var form = document.getElementById("partner-write");
  if (!main || !list || !form) { return; }
  var base = "/partner/referrals/" + encodeURIComponent(main.getAttribute("data-referral-id"));
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
  function poll() {
    fetch(base + "/lines?after=" + lastId(), { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (body) {
        if (!body) { return; }
        body.lines.forEach(add);
        if (!body.present) {
          document.getElementById("partner-ended").hidden = false;
          form.hidden = true;
        }
      })
      .catch(function () { /* try again at the next tick */ });
  }
  window.setInterval(poll, 2000);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var data = new URLSearchParams(new FormData(form));
    fetch(base + "/lines", { method: "POST", credentials: "same-origin", body: data })
      .then(function (response) {
        if (response.ok) { document.getElementById("partner-text").value = ""; poll(); }
      });
  });
})();
