// woest live: keeps the page current without a refresh every few seconds.
// The page works without this script (forms and a refresh); this only makes it live.
(function () {
  "use strict";
  var body = document.body;
  var url = body.getAttribute("data-events");
  var state = body.getAttribute("data-state");
  if (!url || !window.EventSource) { return; }
  var typing = false;
  document.addEventListener("input", function () { typing = true; });
  // the state is "question|revealed|joined"
  function reveal() {
    // the reveal shows in place: the forms stay (a text being typed stays readable) but
    // can no longer send, and what the page had ready for this moment is shown
    var later = document.getElementById("revealed");
    if (!later) { return false; }
    var received = document.querySelector(".received");
    if (received) { received.hidden = true; }
    var fields = document.querySelectorAll("main form button, main form input, main form textarea");
    for (var i = 0; i < fields.length; i += 1) { fields[i].disabled = true; }
    later.hidden = false;
    return true;
  }
  function check(next) {
    if (next === state) { return; }
    var now = state.split("|"), then = next.split("|");
    var same = now[0] === then[0] && now[2] === then[2];
    if (same && now[1] === "0" && then[1] === "1" && reveal()) { state = next; return; }
    // a new question always shows; a text being typed is kept until it is sent
    if (typing && now[0] === then[0]) { return; }
    window.location.reload();
  }
  var source = new EventSource(url);
  source.onmessage = function (event) { check(event.data); };
  source.onerror = function () {
    // the browser reconnects by itself; after a long gap, the page asks again
    setTimeout(function () {
      if (source.readyState === EventSource.CLOSED) { window.location.reload(); }
    }, 5000);
  };
})();
