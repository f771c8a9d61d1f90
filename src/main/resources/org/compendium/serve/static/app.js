// Compendium: the one script of the web application (the pages read fine without it). It links the facts of a
// record page: choosing a fact in the side panel or in the text highlights its whole span and scrolls to it.
(function () {
  'use strict';

  function segments(id) {
    return document.querySelectorAll('pre.record-text .f[data-f~="' + id + '"]');
  }

  function select(id, scrollText) {
    if (!/^[a-z][0-9]+$/.test(id)) {
      return;
    }
    document.querySelectorAll('.sel').forEach(function (el) { el.classList.remove('sel'); });
    var segs = segments(id);
    segs.forEach(function (el) { el.classList.add('sel'); });
    var item = document.querySelector('.facts a.fact[data-fact="' + id + '"]');
    if (item) {
      item.classList.add('sel');
      if (!scrollText) {
        item.scrollIntoView({block: 'nearest'});
      }
    }
    if (scrollText && segs.length) {
      segs[0].scrollIntoView({block: 'center'});
    }
    if (history.replaceState) {
      history.replaceState(null, '', '#f-' + id);
    }
  }

  function init() {
    var text = document.querySelector('pre.record-text');
    if (!text) {
      return;
    }
    document.querySelectorAll('.facts a.fact').forEach(function (a) {
      a.addEventListener('click', function (e) {
        e.preventDefault();
        select(a.getAttribute('data-fact'), true);
      });
    });
    text.addEventListener('click', function (e) {
      var seg = e.target.closest('.f');
      if (seg && seg.dataset.f) {
        select(seg.dataset.f.split(' ')[0], false);  // the most specific fact comes first
      }
    });
    var m = /^#f-([a-z][0-9]+)$/.exec(location.hash);
    if (m) {
      select(m[1], true);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
