// The dashboard's script (inlined into index.html by page.ts; plain browser JavaScript, no build
// step). It reads runguard-history.jsonl (JSON Lines, one run per line), draws one uPlot chart
// per metric and category plus the findings over time, and lists every run with links to its
// commit and its log. Every value is written as text (textContent), never as HTML, and only
// http(s) links are made.
;(function () {
  'use strict'
  var HISTORY = 'runguard-history.jsonl'
  var COLORS = ['#2563eb', '#dc2626', '#059669', '#d97706', '#7c3aed', '#db2777']
  var SEVERITIES = ['critical', 'high', 'medium', 'low', 'info', 'unknown']
  var state = { charts: [], records: [], ready: false, error: null }
  window.runguardDashboard = state

  function el(tag, attrs, text) {
    var node = document.createElement(tag)
    if (attrs) for (var k in attrs) node.setAttribute(k, attrs[k])
    if (text !== undefined) node.textContent = String(text)
    return node
  }

  function safeLink(url, text) {
    if (typeof url === 'string' && /^https?:\/\//i.test(url)) {
      var a = el('a', { href: url, rel: 'noopener noreferrer' }, text)
      return a
    }
    return el('span', null, '—')
  }

  function parse(text) {
    var records = []
    var skipped = 0
    text.split('\n').forEach(function (line) {
      if (!line.trim()) return
      try {
        var r = JSON.parse(line)
        if (r && r.schema === 'runguard-history/1' && typeof r.timestamp === 'string')
          records.push(r)
        else skipped++
      } catch (e) {
        skipped++
      }
    })
    records.sort(function (a, b) {
      return Date.parse(a.timestamp) - Date.parse(b.timestamp)
    })
    return { records: records, skipped: skipped }
  }

  function metricNames(records) {
    var names = []
    records.forEach(function (r) {
      Object.keys(r.metrics || {}).forEach(function (m) {
        if (names.indexOf(m) < 0) names.push(m)
      })
    })
    return names
  }

  function total(r) {
    var counts = (r.findings && r.findings.counts) || {}
    return SEVERITIES.reduce(function (n, s) {
      return n + (counts[s] || 0)
    }, 0)
  }

  function width(container) {
    return Math.max(320, Math.min(900, container.clientWidth || 640))
  }

  function select(category, index) {
    var rows = document.querySelectorAll('tr[data-category]')
    for (var i = 0; i < rows.length; i++) rows[i].classList.remove('selected')
    var row = document.getElementById('run-' + category.key + '-' + index)
    if (row) {
      row.classList.add('selected')
      row.scrollIntoView({ block: 'nearest' })
    }
    var detail = document.getElementById('detail-' + category.key)
    var r = category.records[index]
    if (!detail || !r) return
    detail.textContent = ''
    detail.appendChild(
      el(
        'span',
        null,
        new Date(r.timestamp).toISOString().replace('T', ' ').slice(0, 19) +
          ' · ' +
          (r.verdict && r.verdict.passed ? 'passed' : 'failed') +
          ' · commit '
      )
    )
    detail.appendChild(safeLink(r.commitUrl, (r.commit || '').slice(0, 12) || 'commit'))
    detail.appendChild(el('span', null, ' · '))
    detail.appendChild(safeLink(r.runUrl, 'log'))
  }

  function chart(category, container, title, values, color) {
    var xs = category.records.map(function (r) {
      return Date.parse(r.timestamp) / 1000
    })
    var box = el('figure', { class: 'chart', 'data-metric': title })
    box.appendChild(el('figcaption', null, title))
    container.appendChild(box)
    var opts = {
      width: width(container),
      height: 220,
      cursor: { drag: { x: true, y: false }, points: { size: 8 } },
      scales: { x: { time: true } },
      legend: { show: true },
      series: [
        {},
        {
          label: title,
          stroke: color,
          width: 2,
          spanGaps: true,
          points: { show: true, size: 6, fill: color, stroke: color }
        }
      ]
    }
    var plot = new uPlot(opts, [xs, values], box)
    plot.over.addEventListener('click', function () {
      if (plot.cursor.idx !== null && plot.cursor.idx !== undefined)
        select(category, plot.cursor.idx)
    })
    var reset = el('button', { type: 'button', class: 'reset' }, 'Reset zoom')
    reset.addEventListener('click', function () {
      plot.setScale('x', { min: xs[0], max: xs[xs.length - 1] })
    })
    box.appendChild(reset)
    state.charts.push({ category: category.name, metric: title, plot: plot, color: color })
  }

  function runsTable(category) {
    var table = el('table', { class: 'runs' })
    var head = el('tr')
    ;['#', 'time', 'ref', 'commit', 'log', 'verdict', 'findings'].forEach(function (h) {
      head.appendChild(el('th', null, h))
    })
    table.appendChild(head)
    for (var i = category.records.length - 1; i >= 0; i--) {
      var r = category.records[i]
      var tr = el('tr', { id: 'run-' + category.key + '-' + i, 'data-category': category.key })
      tr.appendChild(el('td', null, i + 1))
      tr.appendChild(el('td', null, r.timestamp.replace('T', ' ').slice(0, 19)))
      tr.appendChild(el('td', null, r.ref || '—'))
      var c = el('td')
      c.appendChild(safeLink(r.commitUrl, (r.commit || '').slice(0, 12) || 'commit'))
      tr.appendChild(c)
      var l = el('td')
      l.appendChild(safeLink(r.runUrl, 'log'))
      tr.appendChild(l)
      tr.appendChild(
        el(
          'td',
          { class: r.verdict && r.verdict.passed ? 'pass' : 'fail' },
          r.verdict && r.verdict.passed ? 'passed' : 'failed'
        )
      )
      tr.appendChild(el('td', null, total(r)))
      table.appendChild(tr)
    }
    return table
  }

  function render(parsed) {
    var main = document.getElementById('categories')
    main.textContent = ''
    var byCategory = {}
    var order = []
    parsed.records.forEach(function (r) {
      if (!byCategory[r.category]) {
        byCategory[r.category] = []
        order.push(r.category)
      }
      byCategory[r.category].push(r)
    })
    state.records = parsed.records
    state.charts = []
    order.forEach(function (name, n) {
      var category = { name: name, key: String(n), records: byCategory[name] }
      var section = el('section', { class: 'category', 'data-category': name })
      section.appendChild(el('h2', null, name + ' (' + category.records.length + ' runs)'))
      section.appendChild(
        el('p', { id: 'detail-' + category.key, class: 'detail' }, 'Click a point to see its run.')
      )
      main.appendChild(section)
      metricNames(category.records).forEach(function (metric, i) {
        var values = category.records.map(function (r) {
          var m = r.metrics && r.metrics[metric]
          return m && typeof m.value === 'number' ? m.value : null
        })
        chart(category, section, metric, values, COLORS[i % COLORS.length])
      })
      if (
        category.records.some(function (r) {
          return r.tools && r.tools.length
        })
      ) {
        var findings = category.records.map(function (r) {
          return r.tools && r.tools.length ? total(r) : null
        })
        chart(category, section, 'findings', findings, '#475569')
      }
      section.appendChild(runsTable(category))
    })
    var status = document.getElementById('status')
    status.textContent =
      parsed.records.length +
      ' runs in ' +
      order.length +
      ' categories' +
      (parsed.skipped ? ' (' + parsed.skipped + ' unreadable lines skipped)' : '')
    state.ready = true
  }

  function ask(reason) {
    document.getElementById('status').textContent = reason
    document.getElementById('picker').hidden = false
  }

  document.getElementById('file').addEventListener('change', function (event) {
    var file = event.target.files && event.target.files[0]
    if (!file) return
    file.text().then(function (text) {
      render(parse(text))
    })
  })

  if (location.protocol === 'file:') {
    ask(
      'Opened from disk: browsers do not let a page read files beside it. Choose the history file.'
    )
    return
  }
  fetch(HISTORY, { cache: 'no-store' })
    .then(function (response) {
      if (!response.ok) throw new Error(HISTORY + ': HTTP ' + response.status)
      return response.text()
    })
    .then(function (text) {
      render(parse(text))
    })
    .catch(function (error) {
      state.error = String(error && error.message ? error.message : error)
      ask('Could not load ' + HISTORY + ' (' + state.error + '). Choose the history file.')
    })
})()
