/* Shopper Spectrum pages: draws the charts described in #chart-data with ECharts and runs the search box
   suggestions. Data values are only ever inserted as text (textContent or escaped), never as markup. */
(function () {
  'use strict';

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }

  function formatNumber(v) {
    if (v === null || v === undefined || isNaN(v)) { return 'n/a'; }
    return Number(v).toLocaleString('en-GB', {maximumFractionDigits: 2});
  }

  function compact(v) {
    var a = Math.abs(v);
    if (a >= 1e6) { return +(v / 1e6).toFixed(1) + 'M'; }
    if (a >= 1e3) { return +(v / 1e3).toFixed(1) + 'k'; }
    return String(+Number(v).toFixed(2));
  }

  function axisTooltip(params) {
    var list = Array.isArray(params) ? params : [params];
    var lines = list.length ? [escapeHtml(list[0].name)] : [];
    list.forEach(function (p) {
      lines.push(p.marker + escapeHtml(p.seriesName) + ': ' + escapeHtml(formatNumber(p.value)));
    });
    return lines.join('<br>');
  }

  function pointTooltip(p) {
    var v = p.value || [];
    var label = v.length > 2 ? escapeHtml(v[2]) + '<br>' : '';
    return label + p.marker + escapeHtml(p.seriesName) + ': ' + escapeHtml(formatNumber(v[0])) + ', ' +
      escapeHtml(formatNumber(v[1]));
  }

  function scatterOption(spec) {
    return {
      title: {text: spec.title, left: 'center', textStyle: {fontSize: 14}},
      legend: {bottom: 0, type: 'scroll'},
      grid: {left: 60, right: 20, top: 40, bottom: 60},
      tooltip: {trigger: 'item', formatter: pointTooltip},
      xAxis: {type: spec.logX ? 'log' : 'value', name: spec.xName, nameLocation: 'middle', nameGap: 28,
        axisLabel: {formatter: compact}},
      yAxis: {type: spec.logY ? 'log' : 'value', name: spec.yName, axisLabel: {formatter: compact}},
      series: spec.series.map(function (s) {
        return {name: s.name, type: 'scatter', symbolSize: 5, data: s.points, large: s.points.length > 2000};
      })
    };
  }

  function barOption(spec) {
    var twoAxes = spec.series.some(function (s) { return s.yAxis === 1; });
    var category = {type: 'category', data: spec.labels, name: spec.xName, nameLocation: 'middle', nameGap: 28,
      axisLabel: spec.horizontal ? {width: 160, overflow: 'truncate'}
        : (spec.labels.length <= 8 ? {interval: 0, width: 80, overflow: 'truncate'} : {hideOverlap: true})};
    var values = [{type: spec.logY ? 'log' : 'value', name: spec.horizontal ? '' : spec.yName,
      axisLabel: {formatter: compact, hideOverlap: true}}];
    if (twoAxes) {
      values.push({type: 'value', name: spec.series[1].name, splitLine: {show: false}, axisLabel: {formatter: compact}});
    }
    if (spec.horizontal) { category.inverse = true; }
    return {
      title: {text: spec.title, left: 'center', textStyle: {fontSize: 14}},
      legend: spec.series.length > 1 ? {bottom: 0} : undefined,
      grid: {left: spec.horizontal ? 170 : 60, right: twoAxes ? 60 : 24, top: 44, bottom: spec.xName ? 56 : 50},
      tooltip: {trigger: 'axis', formatter: axisTooltip},
      xAxis: spec.horizontal ? values[0] : category,
      yAxis: spec.horizontal ? category : values,
      series: spec.series.map(function (s) {
        return {name: s.name, type: s.type, data: s.values, yAxisIndex: spec.horizontal ? 0 : s.yAxis,
          xAxisIndex: 0, smooth: false};
      })
    };
  }

  function heatmapOption(spec) {
    return {
      title: {text: spec.title, left: 'center', textStyle: {fontSize: 14}},
      grid: {left: 80, right: 20, top: 40, bottom: 96},
      tooltip: {trigger: 'item', formatter: function (p) {
        var v = p.value;
        return escapeHtml(spec.yLabels[v[1]]) + ', month ' + escapeHtml(spec.xLabels[v[0]]) + '<br>' +
          escapeHtml(formatNumber(v[3])) + ' of ' + escapeHtml(formatNumber(v[4])) + ' active (' +
          escapeHtml(formatNumber(v[2])) + ' %)';
      }},
      xAxis: {type: 'category', data: spec.xLabels, name: 'months after the first purchase', nameLocation: 'middle',
        nameGap: 26},
      yAxis: {type: 'category', data: spec.yLabels, inverse: true},
      visualMap: {min: 0, max: 100, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 120,
        dimension: 2, text: ['100 %', '0 %']},
      series: [{type: 'heatmap', data: spec.cells, label: {show: spec.cells.length <= 200,
        formatter: function (p) { return Math.round(p.value[2]); }}}]
    };
  }

  function sankeyOption(spec) {
    return {
      title: {text: spec.title, left: 'center', textStyle: {fontSize: 14}},
      tooltip: {trigger: 'item', formatter: function (p) {
        if (p.dataType === 'edge') {
          return escapeHtml(p.data.source) + ' → ' + escapeHtml(p.data.target) + ': ' +
            escapeHtml(formatNumber(p.data.value));
        }
        return escapeHtml(p.name) + ': ' + escapeHtml(formatNumber(p.value));
      }},
      series: [{type: 'sankey', top: 40, bottom: 10, left: 10, right: 160, emphasis: {focus: 'adjacency'},
        data: spec.nodes.map(function (n) { return {name: n}; }), links: spec.links,
        label: {formatter: function (p) { return p.name; }}}]
    };
  }

  function optionOf(spec) {
    if (spec.kind === 'heatmap') { return heatmapOption(spec); }
    if (spec.kind === 'sankey') { return sankeyOption(spec); }
    var isScatter = spec.series.length && spec.series[0].type === 'scatter';
    return isScatter ? scatterOption(spec) : barOption(spec);
  }

  function drawCharts() {
    var holder = document.getElementById('chart-data');
    if (!holder || !window.echarts) { return; }
    var data = JSON.parse(holder.textContent);
    var charts = [];
    document.querySelectorAll('[data-chart]').forEach(function (el) {
      var spec = data[el.getAttribute('data-chart')];
      if (!spec) { el.parentNode.removeChild(el); return; }
      el.setAttribute('aria-label', spec.title);
      var chart = window.echarts.init(el);
      chart.setOption(optionOf(spec));
      el.setAttribute('data-drawn', 'true');
      charts.push(chart);
    });
    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  }

  function suggestions() {
    var input = document.querySelector('input[data-suggest]');
    var list = document.getElementById('suggestions');
    if (!input || !list || !window.fetch) { return; }
    var timer = null;
    var active = -1;
    var latest = 0;

    function items() { return list.querySelectorAll('a'); }
    function hide() { list.hidden = true; active = -1; }
    function highlight(i) {
      var links = items();
      links.forEach(function (a, k) { a.classList.toggle('active', k === i); });
      active = i;
    }
    function show(products) {
      list.textContent = '';
      products.forEach(function (p) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = '/products/' + encodeURIComponent(p.stockCode);
        var code = document.createElement('code');
        code.textContent = p.stockCode;
        var desc = document.createElement('span');
        desc.className = 'desc';
        desc.textContent = ' ' + p.description;
        a.appendChild(code);
        a.appendChild(desc);
        li.appendChild(a);
        list.appendChild(li);
      });
      list.hidden = products.length === 0;
      active = -1;
    }
    function query() {
      var q = input.value.trim();
      if (!q) { hide(); return; }
      var ticket = ++latest;
      fetch(input.getAttribute('data-suggest') + '?limit=8&q=' + encodeURIComponent(q))
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (products) { if (ticket === latest) { show(products); } })
        .catch(hide);
    }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(query, 120);
    });
    input.addEventListener('keydown', function (e) {
      var links = items();
      if (list.hidden || !links.length) { return; }
      if (e.key === 'ArrowDown') { e.preventDefault(); highlight((active + 1) % links.length); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); highlight((active - 1 + links.length) % links.length); }
      else if (e.key === 'Enter' && active >= 0) { e.preventDefault(); window.location.href = links[active].href; }
      else if (e.key === 'Escape') { hide(); }
    });
    document.addEventListener('click', function (e) { if (!list.contains(e.target) && e.target !== input) { hide(); } });
  }

  drawCharts();
  suggestions();
})();
