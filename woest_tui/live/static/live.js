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
  function check(next) {
    if (next === state) { return; }
    var question = state.split("|")[0];
    // a new question always shows; a text being typed is kept until it is sent
    if (typing && next.split("|")[0] === question) { return; }
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
