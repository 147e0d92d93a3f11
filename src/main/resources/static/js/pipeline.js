// The intake pipeline's chart: the running total of the requested budgets, best score first,
// as bars (green above the cut-line, red below) with the budget envelope as a line. The data
// comes from the chart's data-chart attribute; the chart is drawn again after every htmx swap.
(function () {
  var GREEN = '#1e7b3c';
  var RED = '#b3261e';
  var chart = null;

  function amount(value) {
    return Number(value).toLocaleString('en-GB', { maximumFractionDigits: 0 });
  }

  function draw() {
    var element = document.getElementById('pipeline-chart');
    if (!element || typeof echarts === 'undefined') {
      return;
    }
    if (chart && chart.getDom() !== element) {
      chart.dispose();
      chart = null;
    }
    var data = JSON.parse(element.getAttribute('data-chart'));
    var envelope = Number(data.envelope);
    chart = chart || echarts.init(element);
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        formatter: function (items) {
          var i = items[0].dataIndex;
          return data.keys[i] + ' ' + data.titles[i] + '<br>Cumulative: ' + amount(data.cumulative[i])
            + (data.above[i] ? '' : ' (below the cut-line)');
        }
      },
      xAxis: { type: 'category', data: data.keys, axisLabel: { rotate: data.keys.length > 6 ? 45 : 0 } },
      yAxis: {
        type: 'value',
        // room above the envelope's line and the highest bar, on a round figure
        max: function (value) {
          var top = Math.max(value.max, envelope) * 1.05;
          var step = Math.pow(10, Math.floor(Math.log10(top))) / 2;
          return Math.ceil(top / step) * step;
        },
        axisLabel: { formatter: function (v) { return amount(v); } }
      },
      series: [{
        name: 'Cumulative budget',
        type: 'bar',
        data: data.cumulative.map(function (v, i) {
          return { value: Number(v), itemStyle: { color: data.above[i] ? GREEN : RED } };
        }),
        markLine: {
          symbol: 'none',
          lineStyle: { color: '#333', type: 'dashed', width: 2 },
          label: { formatter: 'Envelope ' + amount(envelope), position: 'insideStartTop' },
          data: [{ yAxis: envelope }]
        }
      }]
    }, true);
  }

  function start() {
    draw();
    window.addEventListener('resize', function () { if (chart) { chart.resize(); } });
    document.body.addEventListener('htmx:afterSettle', draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
