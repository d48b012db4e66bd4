// Draws the coordinator workspace's charts with Chart.js (wwwroot/lib/chartjs). Each <canvas data-chart="ID"> names a
// <script type="application/json" id="ID"> block the page wrote: { kind, title, labels, series: [{ label, data, color,
// kind?, dashed? }], yTitle?, yMax? }. Data, not code: the Content-Security-Policy allows no inline script. A null in
// data is a hidden (suppressed) figure and is left as a gap. The same figures are in a table next to each chart.
(function () {
  'use strict';

  function dataset(spec, series) {
    var kind = series.kind || spec.kind;
    var overlayLine = spec.kind === 'bar' && kind === 'line';
    return {
      type: kind,
      label: series.label,
      data: series.data,
      borderColor: series.color,
      backgroundColor: series.color,
      borderWidth: 2,
      borderDash: series.dashed ? [6, 4] : [],
      pointRadius: overlayLine ? 0 : 4,
      pointStyle: overlayLine ? false : 'circle',
      fill: false,
      spanGaps: false,
      // Reference lines are drawn over the bars.
      order: overlayLine ? 0 : 1
    };
  }

  function render(canvas) {
    var source = document.getElementById(canvas.getAttribute('data-chart'));
    if (!source || typeof window.Chart === 'undefined') return;
    var spec = JSON.parse(source.textContent);
    var yScale = { beginAtZero: true, title: { display: !!spec.yTitle, text: spec.yTitle || '' } };
    if (typeof spec.yMax === 'number') yScale.max = spec.yMax;
    new window.Chart(canvas, {
      type: spec.kind,
      data: { labels: spec.labels, datasets: spec.series.map(function (s) { return dataset(spec, s); }) },
      options: {
        // No animation: nothing moves for people who get dizzy from motion, and the chart is complete at once.
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        // Categories sit in the middle of their slot, so a year with one period still shows its point clearly.
        scales: { x: { offset: true }, y: yScale },
        plugins: {
          legend: { position: 'bottom', labels: { color: '#1b1b1b', font: { size: 14 } } },
          tooltip: { enabled: true }
        }
      }
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('canvas[data-chart]'), render);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
