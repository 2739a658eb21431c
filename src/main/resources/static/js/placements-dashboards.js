// The Ministry's internship charts: placements and paid placements by region, NACE section and field of education.
// Each canvas carries its labels and both series as JSON in data attributes (the Content-Security-Policy forbids
// inline scripts); the table next to each chart holds the same figures, so the page says everything without
// JavaScript too. Rows of fewer than five students are left out of the charts by the server.
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
          { label: canvas.dataset.placementsLabel || '', data: parse(canvas.dataset.placements), backgroundColor: '#0b4f9c' },
          { label: canvas.dataset.paidLabel || '', data: parse(canvas.dataset.paid), backgroundColor: '#2e8b57' }
        ]
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
    canvas.dataset.rendered = 'true';
  }

  function init() {
    if (!window.Chart) {
      return;
    }
    document.querySelectorAll('canvas[data-chart="placements-bars"]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
