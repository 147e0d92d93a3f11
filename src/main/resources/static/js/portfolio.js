/*
 * The charts of the portfolio dashboard. Each chart container carries its figures as JSON in
 * data-series and names its kind in data-chart; the same figures stand beside it as a table.
 */
(function () {
  'use strict';

  var RAG = { GREEN: '#2e8b4e', AMBER: '#e0a100', RED: '#c8372d', NONE: '#9aa5b1' };
  var RAG_WORDS = { GREEN: 'Green', AMBER: 'Amber', RED: 'Red', NONE: 'Not rated' };
  var INK = '#1d2733';

  function amount(value) {
    return value == null ? '–' : Math.round(value).toLocaleString('en-GB');
  }

  /** Scores run from 1 to 5; the axis leaves room around them. */
  function scale(v) {
    return v >= 1 && v <= 5 ? String(v) : '';
  }

  function narrow(el) {
    return el.clientWidth < 520;
  }

  var builders = {
    stages: function (d) {
      function bar(name, data, color) {
        return { name: name, type: 'bar', stack: 'health', data: data, itemStyle: { color: color },
          emphasis: { focus: 'series' } };
      }
      return {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { bottom: 0 },
        grid: { left: 40, right: 16, top: 16, bottom: 56 },
        xAxis: { type: 'category', data: d.categories },
        yAxis: { type: 'value', minInterval: 1 },
        series: [bar('Green', d.green, RAG.GREEN), bar('Amber', d.amber, RAG.AMBER),
          bar('Red', d.red, RAG.RED), bar('Not rated', d.unrated, RAG.NONE)]
      };
    },

    bubbles: function (d) {
      var max = d.reduce(function (m, b) { return Math.max(m, b.budget || 0); }, 0) || 1;
      var series = ['GREEN', 'AMBER', 'RED', 'NONE'].map(function (rag) {
        return {
          name: RAG_WORDS[rag], type: 'scatter',
          itemStyle: { color: RAG[rag], opacity: 0.7, borderColor: '#fff' },
          data: d.filter(function (b) { return b.rag === rag; }).map(function (b) {
            return { value: [b.value, b.risk, b.budget], name: b.key + ' ' + b.name };
          }),
          symbolSize: function (v) { return 8 + 42 * Math.sqrt((v[2] || 0) / max); }
        };
      });
      return {
        tooltip: { formatter: function (p) {
          return p.name + '<br>Value ' + p.value[0] + ' · risk ' + p.value[1] + '<br>Budget ' + amount(p.value[2]);
        } },
        legend: { bottom: 0 },
        grid: { left: 48, right: 24, top: 16, bottom: 72 },
        xAxis: { type: 'value', name: 'Value', nameLocation: 'middle', nameGap: 26, min: 0, max: 6,
          interval: 1, axisLabel: { formatter: scale } },
        yAxis: { type: 'value', name: 'Delivery risk', nameLocation: 'middle', nameGap: 30, min: 0, max: 6,
          interval: 1, axisLabel: { formatter: scale } },
        series: series
      };
    },

    funnel: function (d) {
      var colors = { SUBMITTED: '#1f3a5f', TRIAGE: '#3b6ea8', BOARD: '#5b8fd0', APPROVED: RAG.GREEN,
        REJECTED: RAG.RED, DEFERRED: RAG.NONE };
      var steps = d.slice().reverse();
      return {
        tooltip: { trigger: 'item' },
        grid: { left: 96, right: 40, top: 8, bottom: 24 },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: steps.map(function (s) { return s.label; }) },
        series: [{ type: 'bar', label: { show: true, position: 'right', color: INK },
          data: steps.map(function (s) { return { value: s.count, itemStyle: { color: colors[s.code] } }; }) }]
      };
    },

    heatmap: function (d, el) {
      var max = d.cells.reduce(function (m, c) { return Math.max(m, c[2]); }, 0) || 1;
      return {
        tooltip: { formatter: function (p) {
          return d.departments[p.value[1]] + ' · ' + d.health[p.value[0]] + ': ' + p.value[2];
        } },
        grid: { left: narrow(el) ? 90 : 130, right: 16, top: 8, bottom: 32 },
        xAxis: { type: 'category', data: d.health, splitArea: { show: true },
          axisLabel: { interval: 0, fontSize: narrow(el) ? 10 : 12 } },
        yAxis: { type: 'category', data: d.departments, splitArea: { show: true },
          axisLabel: { width: narrow(el) ? 80 : 120, overflow: 'truncate' } },
        visualMap: { show: false, min: 0, max: max, inRange: { color: ['#f4f6f8', '#1f3a5f'] } },
        series: [{ type: 'heatmap', data: d.cells, label: { show: true },
          itemStyle: { borderColor: '#fff', borderWidth: 2 } }]
      };
    },

    curve: function (d) {
      function line(name, data, color, dashed) {
        return { name: name, type: 'line', data: data, showSymbol: false, connectNulls: false,
          lineStyle: { color: color, width: 2, type: dashed ? 'dashed' : 'solid' }, itemStyle: { color: color } };
      }
      return {
        tooltip: { trigger: 'axis', valueFormatter: amount },
        legend: { bottom: 0 },
        grid: { left: 72, right: 24, top: 16, bottom: 56 },
        xAxis: { type: 'category', data: d.months, boundaryGap: false },
        yAxis: { type: 'value', axisLabel: { formatter: function (v) {
          return v >= 1e6 ? (v / 1e6) + ' M' : v >= 1e3 ? (v / 1e3) + ' k' : v;
        } } },
        series: [line('Planned value (PV)', d.plannedValue, '#5b6673', true),
          line('Earned value (EV)', d.earnedValue, RAG.GREEN, false),
          line('Actual cost (AC)', d.actualCost, RAG.RED, false)]
      };
    }
  };

  function empty(option) {
    return Object.assign(option, { graphic: { type: 'text', left: 'center', top: 'middle',
      style: { text: 'Nothing to show yet', fill: '#5b6673', fontSize: 14 } } });
  }

  function isEmpty(kind, d) {
    if (kind === 'bubbles') { return d.length === 0; }
    if (kind === 'curve') { return d.months.length === 0; }
    if (kind === 'heatmap') { return d.departments.length === 0; }
    return false;
  }

  function draw() {
    if (typeof echarts === 'undefined') {
      return;
    }
    var charts = [];
    document.querySelectorAll('.chart[data-chart]').forEach(function (el) {
      var kind = el.getAttribute('data-chart');
      var data = JSON.parse(el.getAttribute('data-series'));
      var option = builders[kind](data, el);
      option.animation = false;
      option.textStyle = { fontFamily: 'inherit' };
      if (isEmpty(kind, data)) {
        empty(option);
      }
      var chart = echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption(option);
      charts.push(chart);
    });
    window.addEventListener('resize', function () {
      charts.forEach(function (c) { c.resize(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
