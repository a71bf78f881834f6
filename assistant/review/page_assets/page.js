// Small and local: the item list and its filters, "next open item" (key n), the source a
// [n] points to, and on the served page the actions, posted to the server that sent it.
window.addEventListener("error", function () { document.body.dataset.error = "1"; });
(function () {
  var body = document.body;
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.item"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("#item-list li"));
  var onlyFlagged = document.getElementById("only-flagged");
  var byState = document.getElementById("filter-state");
  var byCheck = document.getElementById("filter-check");
  var notice = document.getElementById("notice");

  function shown(el) {
    var checks = (el.dataset.checks || "").split(" ");
    return (!byState.value || el.dataset.state === byState.value) &&
      (!byCheck.value || checks.indexOf(byCheck.value) >= 0) &&
      (!onlyFlagged.checked || el.dataset.worst !== "none");
  }
  function filter() {
    sections.concat(rows).forEach(function (el) { el.hidden = !shown(el); });
  }
  [onlyFlagged, byState, byCheck].forEach(function (c) { c.addEventListener("change", filter); });

  function go(section) {
    document.querySelectorAll("#item-list li.current").forEach(function (r) { r.classList.remove("current"); });
    var row = document.querySelector('#item-list li[data-key="' + section.dataset.key + '"]');
    if (row) { row.classList.add("current"); }
    section.scrollIntoView({block: "start"});
    body.dataset.current = section.dataset.key;
  }
  document.addEventListener("keydown", function (e) {
    var t = e.target.tagName;
    if (e.key !== "n" || e.ctrlKey || e.metaKey || e.altKey || t === "INPUT" || t === "TEXTAREA" || t === "SELECT") { return; }
    var open = sections.filter(function (s) { return s.dataset.state === "open" && !s.hidden; });
    if (!open.length) { notice.textContent = "没有待审条目"; return; }
    var at = open.findIndex(function (s) { return s.dataset.key === body.dataset.current; });
    go(open[(at + 1) % open.length]);
    e.preventDefault();
  });

  document.querySelectorAll("a.cite").forEach(function (link) {
    link.addEventListener("click", function (e) {
      document.querySelectorAll(".source.target").forEach(function (s) { s.classList.remove("target"); });
      var section = link.closest("section");
      var source = section && section.querySelector('.source[data-n="' + link.dataset.n + '"]');
      if (source) { source.classList.add("target"); source.scrollIntoView({block: "nearest"}); e.preventDefault(); }
    });
  });

  if (body.classList.contains("served")) {
    var said = sessionStorage.getItem("rectify-notice");
    if (said) { notice.textContent = said; sessionStorage.removeItem("rectify-notice"); }
    var send = function (box, act, data) {
      data.key = box.dataset.key;
      data.revision = parseInt(body.dataset.revision, 10);
      var error = box.querySelector(".act-error");
      error.hidden = true;
      box.classList.add("busy");
      fetch("/api/" + act + "?token=" + encodeURIComponent(body.dataset.token), {
        method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(data)
      }).then(function (r) { return r.json().then(function (j) { return [r.status, j]; }); })
        .then(function (res) {
          var status = res[0], j = res[1];
          if (status === 200) {
            sessionStorage.setItem("rectify-notice", "第 " + data.key + " 项：已保存（第 " + j.revision + " 版）" +
              (j.ledger ? "；全部条目已采纳，台账已写入 " + j.ledger : ""));
            location.reload();
          } else if (status === 409) {
            sessionStorage.setItem("rectify-notice", "操作未执行：" + j.error + "。页面已重新载入，请在最新版本上再操作。");
            location.reload();
          } else {
            box.classList.remove("busy");
            error.textContent = (j.error || "操作失败") + (j.where ? "（" + j.where + "）" : "") + (j.hint ? " 提示：" + j.hint : "");
            error.hidden = false;
          }
        }).catch(function () {
          box.classList.remove("busy");
          error.textContent = "无法连接审阅服务（是否已按 Ctrl-C 停止？）";
          error.hidden = false;
        });
    };
    document.querySelectorAll(".actions").forEach(function (box) {
      box.querySelectorAll("button[data-open]").forEach(function (b) {
        b.addEventListener("click", function () {
          var form = box.querySelector('form[data-act="' + b.dataset.open + '"]');
          form.hidden = !form.hidden;
          if (!form.hidden) { var first = form.querySelector("input, textarea"); if (first) { first.focus(); } }
        });
      });
      box.querySelector('button[data-act="accept"]').addEventListener("click", function () { send(box, "accept", {}); });
      box.querySelectorAll("form.act").forEach(function (form) {
        form.addEventListener("submit", function (e) {
          e.preventDefault();
          var data = {};
          if (form.dataset.act === "reject") { data.reason = form.elements.reason.value; }
          if (form.dataset.act === "edit") { data.text = form.elements.text.value; }
          if (form.dataset.act === "redraft") {
            data.hint = form.elements.hint.value;
            data.exclude = Array.prototype.slice.call(form.querySelectorAll('input[name="exclude"]:checked'))
              .map(function (c) { return c.value; })
              .concat(form.elements.more.value.split(/\s+/).filter(Boolean));
          }
          send(box, form.dataset.act, data);
        });
      });
    });
  }
  body.dataset.ready = "1";
})();
