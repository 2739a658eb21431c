// The attempt page's countdown: a convenience only. The server decides whether answers arrived in time
// (AttemptDeadline), so nothing here submits or blocks the form; it shows the minutes and seconds left.
(function () {
  'use strict';
  var box = document.querySelector('[data-quiz-countdown]');
  if (!box) {
    return;
  }
  var endsAt = Number(box.getAttribute('data-ends-at'));
  var left = box.querySelector('[data-countdown-left]');
  var over = box.querySelector('[data-countdown-over]');
  function pad(n) {
    return n < 10 ? '0' + n : String(n);
  }
  function tick() {
    var seconds = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
    left.textContent = Math.floor(seconds / 60) + ':' + pad(seconds % 60);
    if (seconds === 0) {
      over.classList.remove('d-none');
      box.classList.replace('alert-warning', 'alert-danger');
      return;
    }
    window.setTimeout(tick, 1000);
  }
  tick();
})();
