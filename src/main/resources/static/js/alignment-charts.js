// The national view's chart: expected graduates against vacancies by field. The canvas carries its labels and
// both series as JSON in data attributes (the Content-Security-Policy forbids inline scripts); the heat map and
// the table next to it hold the same figures, so the page says everything without JavaScript too.
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
    canvas.chart = new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: parse(canvas.dataset.labels),
        datasets: [
          { label: canvas.dataset.supplyLabel || '', data: parse(canvas.dataset.supply), backgroundColor: '#0b4f9c' },
          { label: canvas.dataset.vacanciesLabel || '', data: parse(canvas.dataset.vacancies), backgroundColor: '#c0392b' }
        ]
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { beginAtZero: true } }
      }
    });
    canvas.dataset.rendered = 'true';
  }

  function init() {
    if (!window.Chart) {
      return;
    }
    document.querySelectorAll('canvas[data-chart="supply-demand"]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
