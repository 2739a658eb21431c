// The self-assessment radar: own levels against the role's target per competence. The canvas carries codes, ranks
// and level names as JSON in data attributes (the Content-Security-Policy forbids inline scripts); the form and the
// gap column next to it say the same without JavaScript.
(function () {
  'use strict';

  function parse(value) {
    try {
      return JSON.parse(value || '[]');
    } catch (e) {
      return [];
    }
  }

  function draw(canvas) {
    var levels = parse(canvas.dataset.levels);
    canvas.chart = new window.Chart(canvas, {
      type: 'radar',
      data: {
        labels: parse(canvas.dataset.labels),
        datasets: [
          { label: canvas.dataset.ownLabel || '', data: parse(canvas.dataset.own), borderColor: '#0b4f9c', backgroundColor: 'rgba(11,79,156,0.2)' },
          { label: canvas.dataset.targetLabel || '', data: parse(canvas.dataset.target), borderColor: '#c0392b', backgroundColor: 'rgba(192,57,43,0.05)', borderDash: [4, 4] }
        ]
      },
      options: {
        animation: false,
        scales: {
          r: {
            min: 0,
            max: levels.length,
            ticks: { stepSize: 1, callback: function (v) { return v > 0 ? levels[v - 1] : ''; } }
          }
        }
      }
    });
    canvas.dataset.rendered = 'true';
  }

  function init() {
    if (!window.Chart) {
      return;
    }
    document.querySelectorAll('canvas[data-chart="tdss-radar"]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
