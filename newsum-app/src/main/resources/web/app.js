// The newsum page: builds a POST /api/briefs request from the form and shows the brief with its citations.
// Plain script, no libraries: everything the page needs is served from the jar.
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const list = $('article-list');
  const form = $('brief-form');
  const tooltip = $('tooltip');
  let last = null;        // {request, json, brief}: the shown brief, for downloads
  let inputFor = [];      // request article index -> the element holding it, to mark errors
  let pinned = false;     // the tooltip was opened by a tap or click and stays until a tap elsewhere

  function addArticle(focus) {
    const node = $('article-template').content.firstElementChild.cloneNode(true);
    node.querySelector('.remove').addEventListener('click', () => {
      if (list.children.length > 1) {
        const next = node.nextElementSibling || node.previousElementSibling;
        node.remove();
        renumber();
        next.querySelector('.text').focus();
      } else {
        node.querySelectorAll('input, textarea').forEach((el) => { el.value = ''; });
      }
    });
    list.appendChild(node);
    renumber();
    if (focus) {
      node.querySelector('.text').focus();
    }
  }

  function renumber() {
    Array.from(list.children).forEach((node, i) => {
      const n = i + 1;
      node.querySelector('.article-number').textContent = n + '.';
      node.querySelector('.text').setAttribute('aria-label', 'Article ' + n + ': text or HTML');
      node.querySelector('.source').setAttribute('aria-label', 'Article ' + n + ': source name');
      node.querySelector('.title').setAttribute('aria-label', 'Article ' + n + ': title');
      node.querySelector('.remove').setAttribute('aria-label', 'Remove article ' + n);
    });
  }

  function looksLikeHtml(text) {
    const head = text.trimStart().slice(0, 2048).toLowerCase();
    return head.startsWith('<') && /<(html|body|p|div|article)[\s>]/.test(head);
  }

  function buildRequest() {
    const articles = [];
    inputFor = [];
    Array.from(list.children).forEach((node) => {
      const text = node.querySelector('.text').value;
      if (!text.trim()) {
        return;
      }
      const article = looksLikeHtml(text) ? { html: text } : { text: text };
      const source = node.querySelector('.source').value.trim();
      const title = node.querySelector('.title').value.trim();
      if (source) article.source = source;
      if (title) article.title = title;
      articles.push(article);
      inputFor.push(node.querySelector('.text'));
    });
    $('urls').value.split('\n').map((u) => u.trim()).filter((u) => u).forEach((url) => {
      articles.push({ url: url });
      inputFor.push($('urls'));
    });
    const request = { articles: articles, budget: {} };
    request.budget[$('budget-unit').value] = Number($('budget-limit').value);
    if ($('method').value) {
      request.method = $('method').value;
    }
    return request;
  }

  function clearErrors() {
    $('error').hidden = true;
    document.querySelectorAll('[aria-invalid=true]').forEach((el) => {
      el.removeAttribute('aria-invalid');
      el.removeAttribute('aria-describedby');
    });
    document.querySelectorAll('.field-error').forEach((el) => el.remove());
  }

  // The brief on screen belongs to the last request that succeeded; a new request or an error takes it away.
  function clearResult() {
    last = null;
    hideTooltip();
    $('result').hidden = true;
    ['summary', 'insights', 'sources', 'removed-list', 'notices'].forEach((id) => $(id).replaceChildren());
  }

  function targetOf(field) {
    const m = /^articles\[(\d+)\]/.exec(field || '');
    if (m && inputFor[Number(m[1])]) return inputFor[Number(m[1])];
    if (field && field.startsWith('budget')) return $('budget-limit');
    if (field === 'method') return $('method');
    if (field === 'articles') return list.querySelector('.text');
    return null;
  }

  // The message goes in the box below the form and, when a field is at fault, right under that field too: focus
  // moves to the field, and the words saying what is wrong are on screen beside it.
  function showError(message, field, each) {
    clearResult();
    const box = $('error');
    box.textContent = message;
    box.hidden = false;
    const notes = new Map();
    (each && each.length ? each : [{ field: field, error: message }]).forEach((e) => {
      const target = targetOf(e.field);
      if (!target) return;
      if (!notes.has(target)) notes.set(target, []);
      notes.get(target).push(e.error);
    });
    let first = null;
    notes.forEach((messages, target) => {
      const note = el('div', { class: 'field-error', id: 'error-' + Math.random().toString(36).slice(2) });
      if (messages.length === 1) {
        note.textContent = messages[0];
      } else {
        const ul = el('ul');
        messages.forEach((m) => ul.appendChild(el('li', {}, m)));
        note.appendChild(ul);
      }
      target.insertAdjacentElement('afterend', note);
      target.setAttribute('aria-invalid', 'true');
      target.setAttribute('aria-describedby', note.id);
      if (!first) first = { target: target, note: note };
    });
    if (first) {
      first.target.focus({ preventScroll: true });
      first.note.scrollIntoView({ block: 'center' });
    } else {
      box.scrollIntoView({ block: 'center' });
    }
  }

  async function post(request, format) {
    return fetch('/api/briefs' + (format ? '?format=' + format : ''), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request)
    });
  }

  // While the service works, the status line says what it is doing and for how long: links can take a while.
  function startProgress(request) {
    const links = request.articles.filter((a) => a.url).length;
    const what = links ? 'Reading ' + links + (links === 1 ? ' link' : ' links') + ' and summarizing' : 'Summarizing';
    const started = Date.now();
    const bar = $('progress');
    bar.hidden = false;
    const tick = () => {
      const seconds = Math.floor((Date.now() - started) / 1000);
      $('status').textContent = what + '\u2026' + (seconds > 0 ? ' ' + seconds + ' s' : '');
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => {
      clearInterval(timer);
      bar.hidden = true;
    };
  }

  async function summarize(event) {
    event.preventDefault();
    clearErrors();
    const request = buildRequest();
    if (request.articles.length === 0) {
      showError('Paste at least one article or link.', 'articles');
      return;
    }
    clearResult();
    const button = $('summarize');
    button.disabled = true;
    const stopProgress = startProgress(request);
    try {
      const response = await post(request);
      const body = await response.text();
      stopProgress();
      if (!response.ok) {
        let err = { error: 'HTTP ' + response.status };
        try { err = JSON.parse(body); } catch (e) { /* not JSON: keep the status */ }
        const retry = response.headers.get('Retry-After');
        $('status').textContent = '';
        showError(err.error + (retry ? ' (try again in ' + retry + ' s)' : ''), err.field, err.errors);
        return;
      }
      last = { request: request, json: body, brief: JSON.parse(body) };
      show(last.brief);
      $('status').textContent = 'Done.';
    } catch (e) {
      stopProgress();
      $('status').textContent = '';
      showError('The service could not be reached: ' + e.message);
    } finally {
      button.disabled = false;
    }
  }

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function sourceName(article) {
    return article.title ? article.title + ' — ' + article.source : article.source;
  }

  function show(brief) {
    const byId = {};
    brief.articles.forEach((a) => { byId[a.id] = a; });
    const order = brief.articles.map((a) => a.id);
    $('result-meta').textContent = brief.words + ' words, ' + brief.summary.length + ' sentences, from '
      + brief.articles.length + ' articles (method ' + brief.method + ', budget ' + brief.budget.limit + ' '
      + brief.budget.unit + ')';
    const summary = $('summary');
    summary.replaceChildren();
    brief.summary.forEach((s, i) => {
      const p = el('p', { class: 'sentence', 'data-index': String(i) });
      p.appendChild(document.createTextNode(s.text));
      const cited = order.filter((id) => s.sources.includes(id));
      cited.forEach((id) => {
        const a = el('a', { class: 'cite', href: '#source-' + id, 'data-sentence': String(i), 'data-article': id,
          'aria-label': 'source ' + id + ': ' + (byId[id] ? sourceName(byId[id]) : id) }, '[' + id + ']');
        a.addEventListener('mouseenter', () => showTooltip(a, brief));
        a.addEventListener('focus', () => showTooltip(a, brief));
        a.addEventListener('mouseleave', () => { if (!pinned) hideTooltip(); });
        a.addEventListener('blur', () => { if (!pinned) hideTooltip(); });
        // A tap (or click) shows the support and keeps it shown, instead of jumping to the source list: on a
        // touch screen there is no hover. The tooltip has the link to the source.
        a.addEventListener('click', (e) => {
          e.preventDefault();
          showTooltip(a, brief);
          pinned = true;
        });
        p.appendChild(document.createTextNode(' '));
        p.appendChild(a);
      });
      summary.appendChild(p);
    });
    showInsights(brief.insights, order);
    const sources = $('sources');
    sources.replaceChildren();
    brief.articles.forEach((a) => {
      const li = el('li', { id: 'source-' + a.id, value: a.id });
      if (a.url && /^https?:\/\//.test(a.url)) {
        li.appendChild(el('a', { href: a.url, rel: 'noopener noreferrer', target: '_blank' }, sourceName(a)));
      } else {
        li.appendChild(document.createTextNode(sourceName(a)));
      }
      li.appendChild(document.createTextNode(' (' + a.words + ' words)'));
      sources.appendChild(li);
    });
    const removed = $('removed-list');
    removed.replaceChildren();
    brief.removed.forEach((r) => {
      const li = el('li');
      const where = r.scope === 'line' ? ', line ' + r.line
        : r.scope === 'block' ? ', page block' : ' (whole article)';
      li.appendChild(el('span', { class: 'where' }, 'article ' + r.article + where + ': '));
      li.appendChild(el('span', { class: 'reason', title: r.code }, r.message));
      li.appendChild(document.createTextNode(' — ' + r.text));
      removed.appendChild(li);
    });
    $('removed-count').textContent = String(brief.removed.length);
    $('removed').hidden = brief.removed.length === 0;
    const notices = $('notices');
    notices.replaceChildren();
    brief.notices.forEach((n) => notices.appendChild(el('li', { title: n.code }, n.message)));
    $('result').hidden = false;
    $('result-heading').scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  // What the sources agree and disagree on: the same three sections as the Markdown brief.
  function showInsights(insights, order) {
    const box = $('insights');
    box.replaceChildren();
    if (!insights) {
      return;
    }
    const cites = (ids) => order.filter((id) => ids.includes(id))
      .map((id) => el('a', { class: 'cite', href: '#source-' + id }, '[' + id + ']'));
    const section = (title, items) => {
      if (items.length === 0) {
        return;
      }
      box.appendChild(el('h3', {}, title));
      const ul = el('ul', { class: 'insight' });
      items.forEach((parts) => {
        const li = el('li');
        parts.forEach((p) => {
          li.appendChild(typeof p === 'string' ? document.createTextNode(p) : p);
          li.appendChild(document.createTextNode(' '));
        });
        ul.appendChild(li);
      });
      box.appendChild(ul);
    };
    const full = insights.level === 'full';
    section('Key quotes', insights.quotes.filter((q) => !q.partial).slice(0, full ? undefined : 3)
      .map((q) => ['\u201c' + q.text + '\u201d' + (q.speaker ? ' \u2014 ' + q.speaker : '')].concat(cites(q.articles))));
    section('Where sources differ', insights.figures.filter((f) => f.disputed).slice(0, full ? undefined : 3)
      .map((f) => [f.measure + ':'].concat(f.values.flatMap((v, i) =>
        [(i > 0 ? '; ' : '') + v.reading].concat(cites(v.articles))))));
    const people = insights.entities.filter((e) => e.type === 'person').slice(0, 5);
    const others = insights.entities.filter((e) => e.type !== 'person').slice(0, 5);
    section('Who and where', insights.entities
      .filter((e) => full || ((people.includes(e) || others.includes(e)) && (e.articles > 1 || order.length < 2)))
      .map((e) => [e.name + ' (' + e.type + ', ' + e.articles + (e.articles === 1 ? ' article)' : ' articles)')]));
  }

  // Hovering or focusing [k] shows the sentence that supports it in each source, source k's first.
  function showTooltip(anchor, brief) {
    const s = brief.summary[Number(anchor.dataset.sentence)];
    const byId = {};
    brief.articles.forEach((a) => { byId[a.id] = a; });
    const first = anchor.dataset.article;
    const citations = s.citations.slice().sort((x, y) => (y.article === first) - (x.article === first));
    const seen = new Set();
    tooltip.replaceChildren();
    citations.forEach((c) => {
      if (seen.has(c.article)) return;
      seen.add(c.article);
      const p = el('p', { class: c.article === first ? 'this' : '' });
      p.appendChild(el('span', { class: 'from' }, '[' + c.article + '] '
        + (byId[c.article] ? sourceName(byId[c.article]) : c.article) + ': '));
      p.appendChild(el('span', { class: 'support' }, c.text || ''));
      tooltip.appendChild(p);
    });
    const go = el('a', { class: 'to-source', href: '#source-' + first }, 'Go to source [' + first + '] in the list');
    go.addEventListener('click', hideTooltip);
    tooltip.appendChild(go);
    tooltip.hidden = false;
    anchor.setAttribute('aria-describedby', 'tooltip');
    const box = anchor.getBoundingClientRect();
    const width = tooltip.offsetWidth;
    const left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - width - 8));
    tooltip.style.left = left + 'px';
    tooltip.style.top = (window.scrollY + box.bottom + 6) + 'px';
  }

  function hideTooltip() {
    tooltip.hidden = true;
    pinned = false;
  }

  function download(name, type, text) {
    const url = URL.createObjectURL(new Blob([text], { type: type }));
    const a = el('a', { href: url, download: name });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async function downloadMarkdown() {
    if (!last) return;
    const response = await post(last.request, 'markdown');
    if (!response.ok) {
      $('error').textContent = 'Could not make the Markdown: HTTP ' + response.status;
      $('error').hidden = false;
      return;
    }
    download(last.brief.id + '.md', 'text/markdown', await response.text());
  }

  async function loadMethods() {
    try {
      const response = await fetch('/api/methods');
      const methods = await response.json();
      const select = $('method');
      methods.forEach((m) => {
        const option = el('option', { value: m.name }, m.name + (m.default ? ' (default)' : ''));
        option.title = m.description;
        select.appendChild(option);
      });
    } catch (e) {
      // The default method still works without the list.
    }
  }

  form.addEventListener('submit', summarize);
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      form.requestSubmit();
    }
  });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hideTooltip(); });
  document.addEventListener('click', (e) => {
    if (pinned && !e.target.closest('.cite') && !tooltip.contains(e.target)) hideTooltip();
  });
  $('add-article').addEventListener('click', () => addArticle(true));
  $('download-markdown').addEventListener('click', downloadMarkdown);
  $('download-json').addEventListener('click', () => {
    if (last) download(last.brief.id + '.json', 'application/json', last.json);
  });
  for (let i = 0; i < 3; i++) addArticle(false);
  loadMethods();
}());

// The stream mode: POST /api/stories with a pasted or uploaded stream, and the stories as a front page.
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const form = $('stories-form');
  if (!form) {
    return;
  }

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function show(answer) {
    const list = $('story-list');
    list.replaceChildren();
    answer.stories.forEach((story) => {
      const item = el('li', 'story');
      item.appendChild(el('h3', 'story-title', story.title || story.story));
      const when = story.first === story.last ? (story.first || '') : story.first + ' to ' + story.last;
      item.appendChild(el('p', 'story-meta', story.articles.length + ' articles from ' + story.sources.join(', ')
        + (when ? ', ' + when : '')));
      if (story.brief) {
        const brief = el('div', 'story-brief');
        story.brief.summary.forEach((s) => brief.appendChild(el('p', 'sentence', s.text)));
        item.appendChild(brief);
      }
      list.appendChild(item);
    });
    const errors = $('stream-errors');
    errors.replaceChildren();
    answer.errors.forEach((e) => errors.appendChild(el('li', 'stream-error', e.error)));
    $('stories-status').textContent = answer.stories.length + ' stories from ' + answer.articles + ' articles'
      + (answer.errors.length ? ', ' + answer.errors.length + ' not read' : '');
    $('stories').hidden = false;
  }

  async function find(event) {
    event.preventDefault();
    $('stories-error').hidden = true;
    const params = new URLSearchParams({
      window: $('stream-window').value.trim() || '30d',
      'min-articles': $('stream-min-articles').value || '2',
      'min-sources': $('stream-min-sources').value || '2',
      brief: $('stream-brief').checked ? 'true' : 'false'
    });
    $('find-stories').disabled = true;
    $('stories-status').textContent = 'Grouping…';
    try {
      const response = await fetch('/api/stories?' + params, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: $('stream').value
      });
      const answer = await response.json();
      if (!response.ok) {
        $('stories-error').textContent = answer.error;
        $('stories-error').hidden = false;
        $('stories-status').textContent = '';
        return;
      }
      show(answer);
    } catch (e) {
      $('stories-error').textContent = 'The service did not answer: ' + e.message;
      $('stories-error').hidden = false;
    } finally {
      $('find-stories').disabled = false;
    }
  }

  $('stream-file').addEventListener('change', async () => {
    const file = $('stream-file').files[0];
    if (file) {
      $('stream').value = await file.text();
    }
  });
  form.addEventListener('submit', find);
}());
