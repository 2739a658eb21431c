// Charts of the demand pages. Each <canvas data-chart="line|bar"> carries its labels and values as JSON in
// data-labels / data-values (the Content-Security-Policy forbids inline scripts); the tables next to the
// charts hold the same figures, so the page says everything without JavaScript too.
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
    var type = canvas.dataset.chart === 'line' ? 'line' : 'bar';
    var labels = parse(canvas.dataset.labels);
    var values = parse(canvas.dataset.values);
    var horizontal = type === 'bar' && labels.length > 6;
    canvas.chart = new window.Chart(canvas, {
      type: type,
      data: {
        labels: labels,
        datasets: [{
          label: canvas.dataset.series || '',
          data: values,
          borderColor: '#0b4f9c',
          backgroundColor: type === 'line' ? 'rgba(11, 79, 156, 0.15)' : '#0b4f9c',
          fill: type === 'line',
          tension: 0.2
        }]
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true }, y: { beginAtZero: true } }
      }
    });
    canvas.dataset.rendered = 'true';
  }

  function init() {
    if (!window.Chart) {
      return;
    }
    document.querySelectorAll('canvas[data-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
