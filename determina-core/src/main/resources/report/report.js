(function () {
  var form = document.getElementById('filters');
  var sev = document.getElementById('f-severity'), code = document.getElementById('f-code'),
      region = document.getElementById('f-region'), q = document.getElementById('f-q'),
      count = document.getElementById('f-count');
  function fromHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    sev.value = params.get('severity') || ''; code.value = params.get('code') || '';
    region.value = params.get('region') || ''; q.value = params.get('q') || '';
  }
  function toHash() {
    var params = new URLSearchParams();
    if (sev.value) params.set('severity', sev.value);
    if (code.value) params.set('code', code.value);
    if (region.value) params.set('region', region.value);
    if (q.value) params.set('q', q.value);
    history.replaceState(null, '', '#' + params.toString());
  }
  function apply() {
    var needle = q.value.trim().toLowerCase(), shown = 0;
    document.querySelectorAll('article.std').forEach(function (std) {
      var regionOk = !region.value || std.dataset.region === region.value;
      var textOk = !needle || std.textContent.toLowerCase().indexOf(needle) >= 0;
      std.hidden = !(regionOk && textOk);
      std.querySelectorAll('li.flag').forEach(function (f) {
        var ok = !std.hidden && (!sev.value || f.dataset.severity === sev.value) && (!code.value || f.dataset.code === code.value)
          && (!needle || f.textContent.toLowerCase().indexOf(needle) >= 0 || std.querySelector('h3').textContent.toLowerCase().indexOf(needle) >= 0);
        f.hidden = !ok;
        if (ok) shown++;
      });
    });
    count.textContent = shown + ' segnalazioni visibili';
    count.dataset.visible = String(shown);
  }
  form.addEventListener('input', function () { toHash(); apply(); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  window.addEventListener('hashchange', function () { fromHash(); apply(); });
  fromHash(); apply();
})();
