/* Shopper Spectrum pages: draws the charts described in #chart-data with ECharts and runs the search box
   suggestions. Data values are only ever inserted as text (textContent or escaped), never as markup. */
(function () {
  'use strict';

  /**
   * The one palette of every chart: Okabe & Ito's colours, told apart with red–green colour blindness (Okabe, M.
   * and Ito, K., "Color Universal Design", 2008), blue and orange first; yellow, the palest, late. The heatmap
   * shades from white to the palette's sky blue by lightness alone (black figures stay readable on it).
   */
  var PALETTE = ['#0072B2', '#E69F00', '#56B4E9', '#009E73', '#D55E00', '#CC79A7', '#F0E442', '#000000'];
  var SHADES = ['#F4F9FC', '#56B4E9'];

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

  function axisTooltip(spec) {
    return function (params) {
    var list = Array.isArray(params) ? params : [params];
    var lines = list.length ? [(spec.xName ? escapeHtml(spec.xName) + ': ' : '') + escapeHtml(list[0].name)] : [];
    list.forEach(function (p) {
      var s = spec.series[p.seriesIndex];
      lines.push(p.marker + escapeHtml(s ? named(spec, s) : p.seriesName) + ': ' + escapeHtml(formatNumber(p.value)));
    });
    return lines.join('<br>');
    };
  }

  /** The customer id of a scatter point (series' ids by data index), or null. */
  function pointId(spec, p) {
    var s = spec.series[p.seriesIndex];
    return s && s.ids && s.ids.length > p.dataIndex ? s.ids[p.dataIndex] : null;
  }

  function pointTooltip(spec) {
    return function (p) {
      var v = p.value || [];
      var id = pointId(spec, p);
      return (id === null ? '' : 'Customer ' + escapeHtml(id) + '<br>') + p.marker + escapeHtml(p.seriesName) +
        '<br>' + escapeHtml(spec.xName) + ': ' + escapeHtml(formatNumber(v[0])) +
        '<br>' + escapeHtml(spec.yName) + ': ' + escapeHtml(formatNumber(v[1]));
    };
  }

  /**
   * A chart's title, broken into lines that fit the canvas (a canvas cannot scroll, so a long title would be cut
   * off on a phone), and the room it takes above the plot.
   */
  function titleOf(spec, width) {
    var size = width < 520 ? 12 : 14;
    var probe = document.createElement('canvas').getContext('2d');
    probe.font = 'bold ' + size + 'px sans-serif';
    var lines = Math.max(1, Math.ceil(probe.measureText(spec.title || '').width / (width - 24)));
    return {option: {text: spec.title, left: 'center', textStyle: {fontSize: size, width: width - 24,
      overflow: 'break', lineHeight: size + 4}}, height: 8 + lines * (size + 4)};
  }

  function scatterOption(spec, narrow, width) {
    var title = titleOf(spec, width);
    return {
      title: title.option,
      legend: {bottom: 0, type: 'scroll'},
      // the axis names sit outside the labels that containLabel keeps in: room for them on the left and below
      grid: {left: 36, right: 16, top: title.height + 16, bottom: 64, containLabel: true},
      tooltip: {trigger: 'item', formatter: pointTooltip(spec), confine: true},
      xAxis: {type: spec.logX ? 'log' : 'value', name: spec.xName, nameLocation: 'middle', nameGap: 28,
        axisLabel: {formatter: compact, hideOverlap: true}},
      yAxis: {type: spec.logY ? 'log' : 'value', name: spec.yName, nameLocation: 'middle', nameGap: 40,
        axisLabel: {formatter: compact}},
      series: spec.series.map(function (s) {
        return {name: s.name, type: 'scatter', symbolSize: 7, data: s.points, large: s.points.length > 2000};
      })
    };
  }

  /**
   * The height of a chart's legend: ECharts wraps it into as many rows as its names need (a phone: two or three),
   * and the plot must leave that room, or the axis labels are drawn under the legend.
   */
  function legendHeight(spec, width) {
    var probe = document.createElement('canvas').getContext('2d');
    probe.font = '12px sans-serif';
    var rows = 1, used = 0, room = width - 10;
    spec.series.forEach(function (s) {
      var item = 25 + 5 + probe.measureText(s.name).width + 10; // icon, gap, name, gap to the next
      if (used > 0 && used + item > room) { rows++; used = 0; }
      used += item;
    });
    return rows * 22;
  }

  function barOption(spec, narrow, width) {
    var title = titleOf(spec, width);
    var twoAxes = spec.series.some(function (s) { return s.yAxis === 1; });
    // every bin label shown, turned when they would not fit side by side (a phone, or many bins)
    var turn = !spec.horizontal && (narrow ? spec.labels.length > 4 : spec.labels.length > 8);
    var category = {type: 'category', data: spec.labels, name: spec.xName, nameLocation: 'middle',
      nameGap: turn ? 52 : 28,
      axisLabel: spec.horizontal ? {width: narrow ? 110 : 160, overflow: 'truncate'}
        : {interval: spec.labels.length <= 24 ? 0 : 'auto', rotate: turn ? 40 : 0, hideOverlap: true,
          fontSize: narrow ? 10 : 12}};
    // horizontal bars: the value axis runs along the bottom, its name centred below its labels
    var values = [{type: spec.logY ? 'log' : 'value', name: spec.yName,
      nameLocation: spec.horizontal ? 'middle' : 'end', nameGap: spec.horizontal ? 26 : 15,
      axisLabel: {formatter: compact, hideOverlap: true}}];
    if (twoAxes) {
      values.push({type: 'value', name: spec.series[1].name, splitLine: {show: false}, axisLabel: {formatter: compact}});
    }
    if (spec.horizontal) { category.inverse = true; }
    return {
      title: title.option,
      legend: spec.series.length > 1 ? {bottom: 0} : undefined,
      // the axis's name sits below its labels, outside what containLabel keeps in; horizontal bars: room on the
      // right for the last value label, which is centred on the end of the axis
      grid: {left: 12, right: spec.horizontal ? 28 : 12, top: title.height + 22, containLabel: true,
        bottom: (spec.series.length > 1 ? legendHeight(spec, width) + 6 : 8)
          + (spec.horizontal ? (spec.yName ? 22 : 0) : spec.xName ? (turn ? 30 : 22) : 0)},
      tooltip: {trigger: 'axis', formatter: axisTooltip(spec), confine: true},
      xAxis: spec.horizontal ? values[0] : category,
      yAxis: spec.horizontal ? category : values,
      series: spec.series.map(function (s) {
        return {name: s.name, type: s.type, data: s.values, yAxisIndex: spec.horizontal ? 0 : s.yAxis,
          xAxisIndex: 0, smooth: false};
      })
    };
  }

  function cell(tag, text) {
    var c = document.createElement(tag);
    c.textContent = text;
    return c;
  }

  /**
   * A series' name with the unit its axis names ("Revenue (GBP)" on the "revenue (GBP)" axis), for the data table
   * and its sentence, which have no axis.
   */
  function named(spec, s) {
    var unit = /\(([^)]+)\)\s*$/.exec((s.yAxis === 1 ? '' : spec.yName) || '');
    return unit && s.name.indexOf('(') < 0 ? s.name + ' (' + unit[1] + ')' : s.name;
  }

  /**
   * Beside each chart, its data as a table in a details element and a sentence summing it up (the largest value),
   * so the figures are readable without seeing the chart. Built from the same data, as text only.
   */
  function dataTable(el, spec) {
    var details = document.createElement('details');
    details.className = 'chart-data';
    var table = document.createElement('table');
    var head = document.createElement('tr');
    var rows = [];
    var summary = '';
    if (spec.series.length && spec.series[0].type === 'scatter') {
      [spec.xName ? 'Customer' : 'Point', spec.xName, spec.yName, 'Segment'].forEach(function (h) {
        head.appendChild(cell('th', h || ''));
      });
      var shown = 0;
      spec.series.forEach(function (s) {
        s.points.slice(0, 50).forEach(function (p, i) {
          rows.push([s.ids && s.ids[i] ? s.ids[i] : String(i + 1), formatNumber(p[0]), formatNumber(p[1]), s.name]);
        });
        shown += s.points.length;
      });
      summary = shown + ' points in ' + spec.series.length + ' series' + (rows.length < shown ?
        ' (the first 50 of each listed)' : '');
    } else {
      head.appendChild(cell('th', spec.xName || ''));
      spec.series.forEach(function (s) { head.appendChild(cell('th', named(spec, s))); });
      spec.labels.forEach(function (label, i) {
        rows.push([label].concat(spec.series.map(function (s) { return formatNumber(s.values[i]); })));
      });
      var first = spec.series[0];
      if (first && first.values.length) {
        var best = 0;
        first.values.forEach(function (v, i) { if (v !== null && v > first.values[best]) { best = i; } });
        summary = named(spec, first) + ': highest for ' + spec.labels[best] + ' (' + formatNumber(first.values[best]) + ')';
      }
    }
    details.appendChild(cell('summary', 'Data of the chart' + (summary ? ': ' + summary : '')));
    var thead = document.createElement('thead');
    thead.appendChild(head);
    table.appendChild(thead);
    var tbody = document.createElement('tbody');
    rows.forEach(function (r) {
      var tr = document.createElement('tr');
      r.forEach(function (v) { tr.appendChild(cell('td', v)); });
      tbody.appendChild(tr);
    });
    table.appendChild(tbody);
    details.appendChild(table);
    var figure = document.createElement('figure');
    figure.className = 'chart-box' + (el.classList.contains('wide') ? ' wide' : '');
    el.parentNode.insertBefore(figure, el);
    figure.appendChild(el);
    figure.appendChild(details);
  }

  function heatmapOption(spec, width) {
    var title = titleOf(spec, width);
    return {
      title: title.option,
      grid: {left: 80, right: 20, top: title.height + 8, bottom: 96},
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
        dimension: 2, text: ['100 %', '0 %'], inRange: {color: SHADES}},
      series: [{type: 'heatmap', data: spec.cells, label: {show: spec.cells.length <= 200, color: '#000',
        formatter: function (p) { return Math.round(p.value[2]); }}}]
    };
  }

  function sankeyOption(spec, width) {
    var title = titleOf(spec, width);
    // a segment keeps its colour on both sides ("High-Value (2011-07-16)" and "High-Value (2011-10-14)"); ECharts
    // would otherwise blend the palette's colours by the nodes' sizes
    var keys = [];
    function colourOf(key) {
      if (keys.indexOf(key) < 0) { keys.push(key); }
      return PALETTE[keys.indexOf(key) % PALETTE.length];
    }
    return {
      title: title.option,
      tooltip: {trigger: 'item', formatter: function (p) {
        if (p.dataType === 'edge') {
          return escapeHtml(p.data.source) + ' → ' + escapeHtml(p.data.target) + ': ' +
            escapeHtml(formatNumber(p.data.value));
        }
        return escapeHtml(p.name) + ': ' + escapeHtml(formatNumber(p.value));
      }},
      series: [{type: 'sankey', top: title.height + 8, bottom: 10, left: 10, right: 160, emphasis: {focus: 'adjacency'},
        data: spec.nodes.map(function (n) { return {name: n, itemStyle: {color: colourOf(n.replace(/ \([^)]*\)$/, ''))}}; }),
        links: spec.links,
        label: {formatter: function (p) { return p.name; }}}]
    };
  }

  function optionOf(spec, width) {
    var isScatter = !spec.kind && spec.series.length && spec.series[0].type === 'scatter';
    var option = spec.kind === 'heatmap' ? heatmapOption(spec, width)
      : spec.kind === 'sankey' ? sankeyOption(spec, width)
        : isScatter ? scatterOption(spec, width < 520, width) : barOption(spec, width < 520, width);
    option.color = PALETTE;
    return option;
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
      if (!spec.kind) { dataTable(el, spec); } // first: the chart's box holds the chart and its data (the heatmap and Sankey pages have their own tables)
      var chart = window.echarts.init(el);
      var isScatter = !spec.kind && spec.series.length && spec.series[0].type === 'scatter';
      chart.setOption(optionOf(spec, el.clientWidth));
      // a click on a customer's point opens that customer (pages only: the report has no navigation, no server)
      if (isScatter && document.querySelector('header nav a')) {
        chart.on('click', function (p) {
          var id = pointId(spec, p);
          if (id !== null) { window.location.href = '/customers/' + encodeURIComponent(id); }
        });
      }
      el.setAttribute('data-drawn', 'true');
      chart.on('finished', function () { el.setAttribute('data-settled', 'true'); }); // animations over
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
    function expanded(open) {
      input.setAttribute('aria-expanded', open ? 'true' : 'false');
      if (!open) { input.removeAttribute('aria-activedescendant'); }
    }
    function hide() { list.hidden = true; active = -1; expanded(false); }
    function highlight(i) {
      var options = list.querySelectorAll('li');
      options.forEach(function (li, k) {
        var on = k === i;
        li.setAttribute('aria-selected', on ? 'true' : 'false');
        li.firstChild.classList.toggle('active', on);
      });
      active = i;
      if (options[i]) { input.setAttribute('aria-activedescendant', options[i].id); }
    }
    function show(products) {
      list.textContent = '';
      products.forEach(function (p, k) {
        var li = document.createElement('li');
        li.id = 'suggestion-' + k;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
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
      expanded(products.length > 0);
      input.removeAttribute('aria-activedescendant');
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

  /**
   * Tables with a header row become cards on a phone (app.css, table.stack): each cell is labelled with its
   * column's header, so a row reads as "Customers: 1,234" without scrolling sideways.
   */
  function stackTables() {
    document.querySelectorAll('main table').forEach(function (table) {
      var heads = table.querySelectorAll('thead th');
      if (!heads.length) { return; }
      table.querySelectorAll('tbody tr').forEach(function (tr) {
        Array.prototype.forEach.call(tr.children, function (cell, i) {
          if (!cell.hasAttribute('data-label') && heads[i]) { cell.setAttribute('data-label', heads[i].textContent); }
        });
      });
      table.classList.add('stack');
    });
  }

  /** A cell's value for sorting: a number when the text reads as one (1,234.50 with a currency sign, 12.5%, 3 / 4), else the text. */
  function sortKey(cell) {
    var text = cell.textContent.trim();
    var m = text.replace(/[\u00a3\u20ac$\u00a5,%\s]/g, '').match(/^-?\d+(\.\d+)?/);
    return m ? {num: parseFloat(m[0]), text: text} : {num: null, text: text.toLowerCase()};
  }

  /** Tables of class "sortable": each header becomes a button that sorts the rows (aria-sort says how). */
  function sortableTables() {
    document.querySelectorAll('table.sortable').forEach(function (table) {
      var heads = table.querySelectorAll('thead th');
      heads.forEach(function (th, col) {
        if (!th.textContent.trim() || th.querySelector('a')) { return; }
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'sort';
        while (th.firstChild) { button.appendChild(th.firstChild); }
        th.appendChild(button);
        button.addEventListener('click', function () {
          var descending = th.getAttribute('aria-sort') !== 'descending';
          heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
          th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = sortKey(a.cells[col]), y = sortKey(b.cells[col]);
            var c = x.num !== null && y.num !== null ? x.num - y.num : (x.text < y.text ? -1 : x.text > y.text ? 1 : 0);
            return descending ? -c : c;
          });
          rows.forEach(function (r) { body.appendChild(r); });
        });
      });
    });
  }

  /**
   * The upload form (upload.jte, data-max-bytes): a file over the server's limit is refused here, before it is
   * sent, with the words the server would use; the server refuses it too (413) for clients without this script.
   */
  function uploadLimit() {
    var form = document.querySelector('form.upload[data-max-bytes]');
    if (!form) { return; }
    form.addEventListener('submit', function (e) {
      var max = parseInt(form.getAttribute('data-max-bytes'), 10);
      var input = form.querySelector('input[type=file]');
      var file = input && input.files && input.files[0];
      if (!file || !(file.size > max)) { return; }
      e.preventDefault();
      var p = document.getElementById('upload-error');
      if (!p) {
        p = document.createElement('p');
        p.id = 'upload-error';
        p.className = 'error';
        p.setAttribute('role', 'alert');
        form.parentNode.insertBefore(p, form);
      }
      p.textContent = 'file: ' + file.name + ' is larger than the upload limit, ' + form.getAttribute('data-limit')
        + ' (it has ' + formatNumber(file.size) + ' bytes); it was not sent. Choose a smaller file, or start the'
        + ' server with a larger --max-upload-mb.';
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', 'upload-error');
    });
  }

  sortableTables();
  uploadLimit();
  drawCharts();
  stackTables();
  suggestions();
})();
