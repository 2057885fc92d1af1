// oerdex pages work without this script; it only makes them quicker to use:
// - a filter (or the order) submits the search form as soon as it changes, and focus returns
//   to that control on the new page;
// - the filter panel starts folded on narrow screens when no filter is active;
// - copy buttons put the attribution on the clipboard (or select it, where the clipboard
//   is not available);
// - a page shown again by the back button shows the state its URL says, not the boxes the
//   reader ticked before leaving it.
(function () {
  'use strict';
  var FOCUS_KEY = 'oerdex-focus';

  // The back/forward cache keeps a page as it was left, boxes ticked after it was rendered
  // included: put every search control back to what the server rendered for this URL.
  window.addEventListener('pageshow', function () {
    var form = document.getElementById('search');
    if (!form) return;
    Array.prototype.forEach.call(form.elements, function (control) {
      if (control.type === 'checkbox') control.checked = control.defaultChecked;
      else if (control.tagName === 'SELECT') {
        Array.prototype.forEach.call(control.options, function (o) { o.selected = o.defaultSelected; });
      } else if (control.type === 'search') control.value = control.defaultValue;
    });
  });

  document.addEventListener('change', function (event) {
    var control = event.target;
    if (!control.matches || !control.matches('[data-autosubmit]') || !control.form) return;
    try { sessionStorage.setItem(FOCUS_KEY, control.id); } catch (e) { /* private mode */ }
    if (control.form.requestSubmit) control.form.requestSubmit(); else control.form.submit();
  });

  function ready() {
    // Words come from the page (data-* attributes), in its language.
    var hint = document.getElementById('filters-hint');
    if (hint && hint.dataset.live) hint.textContent = hint.dataset.live;
    var id = null;
    try { id = sessionStorage.getItem(FOCUS_KEY); sessionStorage.removeItem(FOCUS_KEY); } catch (e) { /* ignore */ }
    var control = id && document.getElementById(id);
    if (control) {
      var folded = control.closest('details');
      if (folded) folded.open = true;
      control.focus();
    }
    var panel = document.getElementById('filter-panel');
    if (panel && !control && window.matchMedia('(max-width: 52rem)').matches &&
        !panel.querySelector('input[type="checkbox"]:checked')) {
      panel.open = false;
    }

    var status = document.getElementById('copy-status');
    document.querySelectorAll('button[data-copy]').forEach(function (button) {
      var source = document.getElementById(button.getAttribute('data-copy'));
      if (!source) return;
      button.hidden = false;
      button.addEventListener('click', function () {
        var text = source.value;
        var done = function (message) { if (status) status.textContent = message; };
        var fallback = function () {
          source.focus();
          source.select();
          done(status ? status.dataset.selected : '');
        };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(function () { done(status ? status.dataset.copied : ''); }, fallback);
        } else {
          fallback();
        }
      });
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
  else ready();
})();
