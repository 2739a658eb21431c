// The academy's analytics charts: enrollments and female STEM enrollments per semester, and learners who reached and
// completed each lesson. Each canvas carries its labels and series as JSON in data attributes (the
// Content-Security-Policy forbids inline scripts); the table next to each chart holds the same figures, so the page
// says everything without JavaScript too. Hidden figures (groups under five) arrive as null and stay gaps.
(function () {
  'use strict';

  function parse(value) {
    try {
      return JSON.parse(value || '[]');
    } catch (e) {
      return [];
    }
  }

  function draw(canvas, series) {
    canvas.chart = new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: parse(canvas.dataset.labels),
        datasets: series.map(function (s) {
          return { label: canvas.dataset[s.label] || '', data: parse(canvas.dataset[s.data]), backgroundColor: s.color };
        })
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
    canvas.dataset.rendered = 'true';
  }

  function init() {
    if (!window.Chart) {
      return;
    }
    document.querySelectorAll('canvas[data-chart="academy-semesters"]').forEach(function (canvas) {
      draw(canvas, [
        { label: 'enrollmentsLabel', data: 'enrollments', color: '#0b4f9c' },
        { label: 'stemFemaleLabel', data: 'stemFemale', color: '#a23b72' }
      ]);
    });
    document.querySelectorAll('canvas[data-chart="academy-lessons"]').forEach(function (canvas) {
      draw(canvas, [
        { label: 'reachedLabel', data: 'reached', color: '#0b4f9c' },
        { label: 'completedLabel', data: 'completed', color: '#2e8b57' }
      ]);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
