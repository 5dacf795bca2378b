// The pages' script. Everything here is an extra: every page reads and
// prints without it. It adds search (the box on every page, and
// search.html?q=…), the lesson menu on narrow screens, copy buttons on code
// and outputs, and marks the searched words on the page a result opens.
// The search index is a set of scripts beside this one (search/index.js,
// search/lesson-N.js): a <script src> works from file:// where fetch does not.
(function () {
  'use strict';
  var here = document.currentScript;
  var root = here ? new URL('.', here.src).href : '';
  var index = null;
  var waiting = [];
  var texts = {};

  // Words as SearchWords.swift cuts them: accents dropped, lower case, split at
  // anything that is not a letter or a digit; stop words and single characters left out.
  var stop = ['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'if', 'in', 'into', 'is', 'it',
    'its', 'of', 'on', 'or', 'so', 'that', 'the', 'then', 'this', 'to', 'was', 'we', 'with'];
  function words(text) {
    return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u)
      .filter(function (word) { return word.length > 1 && stop.indexOf(word) < 0; });
  }

  function load(src, done, failed) {
    var script = document.createElement('script');
    script.src = src;
    script.onload = done;
    script.onerror = failed;
    document.head.appendChild(script);
  }

  // Calls back with the index (null if it cannot be loaded), loading it once.
  function withIndex(callback) {
    if (index) { callback(index); return; }
    waiting.push(callback);
    if (waiting.length > 1) return;
    function answer(value) {
      index = value;
      var callbacks = waiting;
      waiting = [];
      callbacks.forEach(function (f) { f(value); });
    }
    load(root + 'search/index.js', function () {
      var value = window.lessonsSearchIndex;
      value.first = [];
      value.sections.forEach(function (section, i) {
        if (value.first[section[0]] === undefined) value.first[section[0]] = i;
      });
      answer(value);
    }, function () { answer(null); });
  }

  // The sections that hold every word of the query (a word may be the start of
  // one in the index), best first: a word in a heading outranks one in the text,
  // an exact word one it only begins; then the weight the index gives
  // (SearchIndex.Weight: a heading's words weigh 100 plus their count in the text).
  function search(query) {
    var wanted = words(query);
    if (!wanted.length) return [];
    var scores = null;
    wanted.forEach(function (word) {
      var found = {};
      var terms = index.terms;
      var low = 0, high = terms.length;
      while (low < high) {
        var middle = (low + high) >> 1;
        if (terms[middle] < word) low = middle + 1; else high = middle;
      }
      for (var i = low; i < terms.length && terms[i].lastIndexOf(word, 0) === 0; i++) {
        var exact = terms[i] === word;
        var postings = index.postings[i];
        var section = 0;
        for (var j = 0; j < postings.length; j += 2) {
          section += postings[j];
          var weight = postings[j + 1];
          var score = (weight >= 100 ? 1000 : 0) + (exact ? 500 : 0) + weight % 100;
          if (!(found[section] >= score)) found[section] = score;
        }
      }
      if (scores === null) { scores = found; return; }
      var both = {};
      Object.keys(scores).forEach(function (s) { if (s in found) both[s] = scores[s] + found[s]; });
      scores = both;
    });
    return Object.keys(scores).map(Number).sort(function (a, b) { return scores[b] - scores[a] || a - b; })
      .map(function (s) {
        var section = index.sections[s];
        var lesson = index.lessons[section[0]];
        return {
          section: s, lesson: section[0], number: lesson[1], lessonTitle: lesson[2],
          title: section[2], top: section[1] === '',
          href: root + lesson[0] + '?highlight=' + encodeURIComponent(query) + (section[1] ? '#' + section[1] : '')
        };
      });
  }

  // Matches of the query's words at the start of a word.
  function pattern(wanted) {
    var alternatives = wanted.map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }).join('|');
    return new RegExp('(^|[^\\p{L}\\p{N}])(' + alternatives + ')', 'giu');
  }

  // Appends `text` to `element`, the query's words in <mark>.
  function appendMarked(element, text, wanted) {
    var re = pattern(wanted);
    var at = 0;
    var match;
    while ((match = re.exec(text)) !== null) {
      var start = match.index + match[1].length;
      element.appendChild(document.createTextNode(text.slice(at, start)));
      var mark = document.createElement('mark');
      mark.textContent = match[2];
      element.appendChild(mark);
      at = start + match[2].length;
    }
    element.appendChild(document.createTextNode(text.slice(at)));
  }

  // About 200 characters of the section around the first word found, prose before code.
  function excerpt(pair, wanted) {
    for (var k = 0; k < pair.length; k++) {
      var text = pair[k];
      var match = pattern(wanted).exec(text);
      if (!match) continue;
      var at = match.index + match[1].length;
      var start = Math.max(0, at - 70);
      if (start > 0) start = text.indexOf(' ', start) + 1 || start;
      var end = Math.min(text.length, start + 200);
      return (start > 0 ? '…' : '') + text.slice(start, end).replace(/\s+/g, ' ') + (end < text.length ? '…' : '');
    }
    return pair[0].slice(0, 160) + (pair[0].length > 160 ? '…' : '');
  }

  // Fills each result's snippet once its lesson's texts have loaded.
  function snippets(results, query) {
    var wanted = words(query);
    results.forEach(function (result) {
      function fill() {
        var lessonTexts = (window.lessonsSearchText || {})[result.lesson];
        if (!lessonTexts || !result.snippet) return;
        var pair = lessonTexts[result.section - index.first[result.lesson]];
        if (pair) appendMarked(result.snippet, excerpt(pair, wanted), wanted);
      }
      if (texts[result.lesson] === 'loaded') { fill(); return; }
      if (texts[result.lesson]) { texts[result.lesson].push(fill); return; }
      texts[result.lesson] = [fill];
      load(root + 'search/lesson-' + (result.lesson + 1) + '.js', function () {
        var fills = texts[result.lesson];
        texts[result.lesson] = 'loaded';
        fills.forEach(function (f) { f(); });
      });
    });
  }

  function resultLink(result, wanted) {
    var link = document.createElement('a');
    link.href = result.href;
    var lesson = document.createElement('span');
    lesson.className = 'hit-lesson';
    lesson.textContent = 'Lesson ' + result.number + ' · ' + result.lessonTitle;
    link.appendChild(lesson);
    if (!result.top) {
      var title = document.createElement('span');
      title.className = 'hit-section';
      appendMarked(title, result.title, wanted);
      link.appendChild(title);
    }
    return link;
  }

  // search.html: the results of ?q=… on load, and as the query changes.
  function setUpSearchPage() {
    var form = document.querySelector('.search-form');
    if (!form) return;
    var input = form.querySelector('input');
    var status = document.querySelector('.search-status');
    var list = document.querySelector('.search-hits');
    function show(query) {
      withIndex(function (loaded) {
        list.textContent = '';
        if (!loaded) { status.textContent = 'The search index could not be loaded.'; return; }
        var wanted = words(query);
        if (!wanted.length) { status.textContent = query.trim() ? 'Type a longer word to search for.' : ''; return; }
        var results = search(query).slice(0, 50);
        status.textContent = results.length === 0 ? 'Nothing found for “' + query + '”.'
          : (results.length === 1 ? '1 result' : results.length + ' results') + ' for “' + query + '”.';
        results.forEach(function (result) {
          var item = document.createElement('li');
          item.appendChild(resultLink(result, wanted));
          result.snippet = document.createElement('p');
          result.snippet.className = 'hit-snippet';
          item.appendChild(result.snippet);
          list.appendChild(item);
        });
        snippets(results, query);
      });
    }
    var query = new URLSearchParams(location.search).get('q') || '';
    input.value = query;
    show(query);
    input.addEventListener('input', function () {
      show(input.value);
      try { history.replaceState(null, '', '?q=' + encodeURIComponent(input.value)); } catch (e) { /* some file:// settings refuse */ }
    });
  }

  // The box in the header: results under it as one types; arrows choose, Enter opens,
  // Enter with none chosen opens search.html, Escape closes.
  function setUpSearchBox(form) {
    var input = form.querySelector('input');
    var list = document.createElement('ul');
    list.className = 'search-dropdown';
    list.id = 'searchDropdown';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Search results');
    list.hidden = true;
    form.appendChild(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('aria-expanded', 'false');
    var options = [];
    var active = -1;

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }
    function choose(position) {
      if (options.length === 0) return;
      if (active >= 0) options[active].setAttribute('aria-selected', 'false');
      active = (position + options.length) % options.length;
      options[active].setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', options[active].id);
      options[active].scrollIntoView({ block: 'nearest' });
    }
    function update() {
      var query = input.value;
      withIndex(function (loaded) {
        if (input.value !== query) return;
        list.textContent = '';
        options = [];
        active = -1;
        var wanted = words(query);
        if (!loaded || !wanted.length) { close(); return; }
        var results = search(query);
        results.slice(0, 8).forEach(function (result, i) {
          var item = document.createElement('li');
          item.id = 'searchOption' + i;
          item.setAttribute('role', 'option');
          item.setAttribute('aria-selected', 'false');
          item.appendChild(resultLink(result, wanted));
          list.appendChild(item);
          options.push(item);
        });
        var all = document.createElement('li');
        all.className = 'search-all';
        var link = document.createElement('a');
        link.href = root + 'search.html?q=' + encodeURIComponent(query);
        link.textContent = results.length ? 'All ' + results.length + ' results' : 'Nothing found';
        all.appendChild(link);
        list.appendChild(all);
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      });
    }
    input.addEventListener('focus', function () { withIndex(function () {}); });
    input.addEventListener('input', update);
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (list.hidden) return;
        event.preventDefault();
        choose(active + (event.key === 'ArrowDown' ? 1 : -1));
      } else if (event.key === 'Enter' && active >= 0 && !list.hidden) {
        event.preventDefault();
        location.href = options[active].querySelector('a').href;
      } else if (event.key === 'Escape') {
        close();
      }
    });
    // A click on a result must not lose to the box losing focus.
    list.addEventListener('mousedown', function (event) { event.preventDefault(); });
    input.addEventListener('blur', close);
  }

  // `/` goes to the search box, as on most documentation sites.
  function setUpSlashKey() {
    document.addEventListener('keydown', function (event) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      var target = event.target;
      if (target.closest && target.closest('input, textarea, select, [contenteditable]')) return;
      var box = document.querySelector('.search-form input') || document.querySelector('.site-search input');
      if (!box) return;
      event.preventDefault();
      box.focus();
      box.select();
    });
  }

  // The page a result opened: its searched words marked (?highlight=…).
  function markSearchedWords() {
    var query = new URLSearchParams(location.search).get('highlight');
    var article = document.querySelector('main article');
    if (!query || !article) return;
    var wanted = words(query);
    if (!wanted.length) return;
    var re = pattern(wanted);
    var walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        if (node.parentElement.closest('math, script, style, mark, button')) return NodeFilter.FILTER_REJECT;
        re.lastIndex = 0;
        return re.test(node.nodeValue) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
      }
    });
    var nodes = [];
    while (walker.nextNode() && nodes.length < 500) nodes.push(walker.currentNode);
    nodes.forEach(function (node) {
      var holder = document.createDocumentFragment();
      appendMarked(holder, node.nodeValue, wanted);
      node.parentNode.replaceChild(holder, node);
    });
  }

  // Narrow screens: the lessons behind a button in the header.
  function setUpMenu() {
    var button = document.querySelector('.menu-button');
    var nav = document.getElementById('contents');
    if (!button || !nav) return;
    button.hidden = false;
    document.body.classList.add('has-menu');
    function set(open) {
      document.body.classList.toggle('menu-open', open);
      button.setAttribute('aria-expanded', String(open));
    }
    button.addEventListener('click', function () { set(!document.body.classList.contains('menu-open')); });
    // Choosing a section of this page closes the menu, so the section shows.
    nav.addEventListener('click', function (event) { if (event.target.closest('a')) set(false); });
  }

  // A copy button on every code block and every cell's output: it copies the
  // text a reader sees (not the highlighting), and says so for a moment.
  function setUpCopyButtons() {
    var status = document.createElement('p');
    status.className = 'copy-status';
    status.setAttribute('role', 'status');
    document.body.appendChild(status);

    function copy(text, done) {
      function fallback() {
        var area = document.createElement('textarea');
        area.value = text;
        area.setAttribute('readonly', '');
        area.className = 'copy-status';
        document.body.appendChild(area);
        area.select();
        var copied = false;
        try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
        area.remove();
        if (copied) done();
      }
      if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, fallback);
      else fallback();
    }
    function button(label, text) {
      var element = document.createElement('button');
      element.type = 'button';
      element.className = 'copy-button';
      element.setAttribute('aria-label', label);
      element.addEventListener('click', function () {
        copy(text(), function () {
          element.classList.add('copied');
          element.setAttribute('aria-label', 'Copied');
          status.textContent = 'Copied';
          setTimeout(function () {
            element.classList.remove('copied');
            element.setAttribute('aria-label', label);
            status.textContent = '';
          }, 2000);
        });
      });
      return element;
    }
    document.querySelectorAll('main pre').forEach(function (pre) {
      if (pre.closest('.cell-output')) return;
      var wrapper = document.createElement('div');
      wrapper.className = 'copyable';
      pre.parentNode.insertBefore(wrapper, pre);
      wrapper.appendChild(pre);
      wrapper.appendChild(button('Copy code', function () { return pre.textContent; }));
    });
    document.querySelectorAll('.cell-output').forEach(function (output) {
      output.appendChild(button('Copy output', function () { return output.innerText.replace(/\n+$/, '') + '\n'; }));
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    setUpMenu();
    setUpCopyButtons();
    markSearchedWords();
    document.querySelectorAll('.site-search').forEach(setUpSearchBox);
    setUpSearchPage();
    setUpSlashKey();
  });
})();
