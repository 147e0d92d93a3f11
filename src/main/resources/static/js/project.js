// Charts of the project page. The data comes from data- attributes the server wrote; nothing
// here fetches or computes figures.
(function () {
  function amount(value) {
    return value == null ? '–' : Math.round(value).toLocaleString('en-GB');
  }

  function shortAmount(value) {
    var abs = Math.abs(value);
    if (abs >= 1e6) { return (value / 1e6).toLocaleString('en-GB', { maximumFractionDigits: 1 }) + 'M'; }
    if (abs >= 1e3) { return (value / 1e3).toLocaleString('en-GB', { maximumFractionDigits: 0 }) + 'k'; }
    return String(value);
  }

  function dateLabel(iso) {
    var d = new Date(iso + 'T00:00:00');
    return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: '2-digit' });
  }

  function sCurve(element) {
    var data = JSON.parse(element.getAttribute('data-curve'));
    var chart = echarts.init(element);
    var series = [
      { name: 'Planned value (PV)', data: data.planned, color: '#1f3a5f', dashed: true },
      { name: 'Earned value (EV)', data: data.earned, color: '#1e7b3c' },
      { name: 'Actual cost (AC)', data: data.actual, color: '#b3261e' }
    ];
    var statusIndex = data.statusDate ? data.dates.indexOf(data.statusDate) : -1;
    chart.setOption({
      animation: false,
      // the legend takes two lines in a narrow box
      grid: { left: 56, right: 20, top: element.clientWidth < 560 ? 72 : 40, bottom: 40 },
      legend: { top: 0 },
      tooltip: {
        trigger: 'axis',
        valueFormatter: amount
      },
      xAxis: {
        type: 'category', boundaryGap: false,
        data: data.dates,
        axisLabel: { formatter: dateLabel, hideOverlap: true }
      },
      yAxis: {
        type: 'value', max: function (v) { return Math.max(v.max, data.budget || 0); },
        axisLabel: { formatter: shortAmount }
      },
      series: series.map(function (s, i) {
        var line = {
          name: s.name, type: 'line', data: s.data, showSymbol: false, connectNulls: false,
          lineStyle: { width: 2, type: s.dashed ? 'dashed' : 'solid' },
          itemStyle: { color: s.color }
        };
        if (i === 0 && data.budget) {
          line.markLine = {
            symbol: 'none', silent: true, label: { formatter: 'Budget', position: 'insideEndTop' },
            lineStyle: { color: '#5b6673', type: 'dotted' },
            data: [{ yAxis: Number(data.budget) }].concat(statusIndex >= 0
              ? [{ xAxis: statusIndex, label: { formatter: 'Status date', position: 'insideEndTop' } }]
              : [])
          };
        }
        return line;
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var curve = document.getElementById('s-curve');
    if (curve && window.echarts) {
      sCurve(curve);
    }
  });
})();
