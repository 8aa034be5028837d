"""The one script of report.html: decodes the data block, renders the tables on demand (sorted,
filtered, a hundred rows at a time), fills the findings filters with their counts, switches the
graph views. It is pinned in the page's Content-Security-Policy by its hash and builds every
cell with textContent, never markup. Kept as a Python string so it ships inside the package."""

SCRIPT = r"""(function () {
  "use strict";
  var PAGE = 100;
  var STATES = ["open", "new", "accepted"];
  var SEV = { 3: "error", 2: "warning", 1: "info" };
  var started = Date.now();

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function folderOf(path) {
    if (path === ".") { return "."; }
    var i = path.lastIndexOf("/");
    return i < 0 ? "/" : path.slice(0, i);
  }
  function folderName(folder) {
    return folder === "/" ? "vault root" : folder === "." ? "whole vault" : folder;
  }

  function decode() {
    var block = document.getElementById("vk-data");
    if (block.getAttribute("data-encoding") !== "gzip-base64") {
      return Promise.resolve(JSON.parse(block.textContent));
    }
    var raw = atob(block.textContent.trim());
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i += 1) { bytes[i] = raw.charCodeAt(i); }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text().then(JSON.parse);
  }

  function start(D) {
    var S = D.s;
    var RULES = D.rules;
    function str(i) { return i === null || i === undefined ? "" : S[i]; }
    function obsidian(path) {
      var file = /\.md$/i.test(path) ? path.slice(0, -3) : path;
      return "obsidian://open?vault=" + encodeURIComponent(D.v) + "&file=" + encodeURIComponent(file);
    }
    function noteCell(td, path) {
      if (path === ".") { td.textContent = "whole vault"; return; }
      td.appendChild(el("span", "path", path));
      if (D.notes_set[path]) {
        var a = el("a", "obs", "open");
        a.href = obsidian(path);
        a.title = "open in Obsidian";
        td.appendChild(document.createTextNode(" "));
        td.appendChild(a);
      }
    }
    function messageCell(td, text) {
      var parts = text.split(/`([^`\n]+)`/);
      parts.forEach(function (part, i) {
        td.appendChild(i % 2 ? el("code", "", part) : document.createTextNode(part));
      });
    }
    D.notes_set = {};
    D.n.forEach(function (r) { D.notes_set[S[r[0]]] = true; });

    var TABLES = {
      findings: {
        rows: D.f,
        cols: [
          { t: "Note", key: function (r) { return str(r[0]); }, cell: function (td, r) { noteCell(td, str(r[0])); } },
          { t: "Line", num: true, key: function (r) { return r[1]; } },
          { t: "Section", cls: "muted", key: function (r) { return str(r[5]); } },
          { t: "Rule", cls: "mono", key: function (r) { return RULES[r[2]][0]; } },
          { t: "Name", key: function (r) { return RULES[r[2]][1]; } },
          { t: "Severity", num: true, key: function (r) { return r[3]; },
            cell: function (td, r) { td.appendChild(el("span", "sev sev-" + SEV[r[3]], SEV[r[3]])); } },
          { t: "Message", key: function (r) { return str(r[4]); }, cell: function (td, r) { messageCell(td, str(r[4])); } },
          { t: "State", key: function (r) { return STATES[r[6]]; },
            cell: function (td, r) { td.appendChild(el("span", "state state-" + STATES[r[6]], STATES[r[6]])); } }
        ]
      },
      notes: {
        rows: D.n,
        cols: [
          { t: "Note", key: function (r) { return str(r[0]); }, cell: function (td, r) { noteCell(td, str(r[0])); } },
          { t: "First heading",
            key: function (r) { return r[1] === null ? str(r[0]).replace(/^.*\//, "").replace(/\.md$/i, "") : str(r[1]); } },
          { t: "Errors", num: true, key: function (r) { return r[2]; }, blank: true },
          { t: "Warnings", num: true, key: function (r) { return r[3]; }, blank: true },
          { t: "Infos", num: true, key: function (r) { return r[4]; }, blank: true },
          { t: "Links out", num: true, key: function (r) { return r[5]; } },
          { t: "Links in", num: true, key: function (r) { return r[6]; } },
          { t: "Claims", num: true, key: function (r) { return r[7]; } }
        ]
      },
      broken: {
        rows: D.b,
        cols: [
          { t: "Target", cls: "mono", key: function (r) { return str(r[0]); } },
          { t: "Notes", num: true, key: function (r) { return r[1].length; } },
          { t: "Linked from", key: function (r) { return r[1].map(str).join(", "); } },
          { t: "Impossible name", key: function (r) { return r[2] ? "yes" : "no"; } }
        ]
      },
      orphans: {
        rows: D.o,
        cols: [
          { t: "Note", key: function (r) { return str(r[0]); }, cell: function (td, r) { noteCell(td, str(r[0])); } },
          { t: "Links out", num: true, key: function (r) { return r[1]; } }
        ]
      },
      claims: {
        rows: D.c,
        cols: [
          { t: "Note", key: function (r) { return str(r[0]); }, cell: function (td, r) { noteCell(td, str(r[0])); } },
          { t: "Line", num: true, key: function (r) { return r[1]; } },
          { t: "Claim", cls: "mono", key: function (r) { return str(r[2]); } },
          { t: "Shape", key: function (r) { return str(r[3]); } },
          { t: "Verdict", key: function (r) { return str(r[4]); },
            cell: function (td, r) { td.appendChild(el("span", "v-" + str(r[5]), str(r[4]))); } },
          { t: "Recomputation", key: function (r) { return str(r[6]); } }
        ]
      },
      duplicates: {
        rows: D.d,
        cols: [
          { t: "Original (a)", key: function (r) { return str(r[0]); }, cell: function (td, r) { noteCell(td, str(r[0])); } },
          { t: "Copy (b)", key: function (r) { return str(r[1]); }, cell: function (td, r) { noteCell(td, str(r[1])); } },
          { t: "Kind", key: function (r) { return str(r[2]); } },
          { t: "Cluster", num: true, key: function (r) { return r[3]; }, blank: true },
          { t: "Score", num: true, key: function (r) { return r[4]; }, fmt: true },
          { t: "Jaccard", num: true, key: function (r) { return r[5]; }, fmt: true },
          { t: "Containment", num: true, key: function (r) { return r[6]; }, fmt: true },
          { t: "Cosine", num: true, key: function (r) { return r[7]; }, fmt: true },
          { t: "What differs", key: function (r) { return str(r[8]); }, cell: function (td, r) { messageCell(td, str(r[8])); } }
        ]
      },
      fixed: {
        rows: D.x,
        cols: [
          { t: "Note", key: function (r) { return str(r[0]); }, cell: function (td, r) { noteCell(td, str(r[0])); } },
          { t: "Rule", cls: "mono", key: function (r) { return r[1]; } },
          { t: "Severity", key: function (r) { return r[2]; } },
          { t: "Message", key: function (r) { return str(r[3]); }, cell: function (td, r) { messageCell(td, str(r[3])); } }
        ]
      }
    };

    function Table(holder, spec) {
      var self = this;
      var id = holder.getAttribute("data-table");
      this.spec = spec;
      this.order = spec.rows.map(function (_, i) { return i; });
      this.keep = null;  // a function (row) -> bool from the page's filters, or null
      this.words = [];
      this.limit = PAGE;
      this.texts = null;
      if (!spec.rows.length) { holder.appendChild(el("p", "muted", "None.")); this.empty = true; return; }
      var bar = el("div", "toolbar");
      this.search = el("input");
      this.search.type = "search";
      this.search.setAttribute("data-filter", id + "-table");
      this.search.placeholder = "Filter " + id;
      this.search.setAttribute("aria-label", "Filter " + id);
      this.count = el("span", "count");
      this.count.id = id + "-table-count";
      bar.appendChild(this.search);
      bar.appendChild(this.count);
      holder.appendChild(bar);
      var table = el("table", "sortable");
      table.id = id + "-table";
      var head = table.createTHead().insertRow();
      spec.cols.forEach(function (col, i) {
        var th = el("th", col.num ? "num" : "", col.t);
        th.scope = "col";
        th.tabIndex = 0;
        th.addEventListener("click", function () { self.sortBy(i, th); });
        th.addEventListener("keydown", function (event) {
          if (event.key === "Enter" || event.key === " ") { event.preventDefault(); self.sortBy(i, th); }
        });
        head.appendChild(th);
      });
      this.body = table.createTBody();
      holder.appendChild(table);
      var more = el("div", "pager");
      this.more = el("button", "", "");
      this.all = el("button", "", "");
      this.more.type = this.all.type = "button";
      this.more.addEventListener("click", function () { self.limit += PAGE; self.render(); });
      this.all.addEventListener("click", function () { self.limit = Infinity; self.render(); });
      more.appendChild(this.more);
      more.appendChild(this.all);
      holder.appendChild(more);
      this.search.addEventListener("input", function () {
        self.words = self.search.value.toLowerCase().split(/\s+/).filter(Boolean);
        self.refresh();
      });
      this.refresh();
    }
    Table.prototype.text = function (i) {
      if (!this.texts) { this.texts = []; }
      var t = this.texts[i];
      if (t === undefined) {
        var r = this.spec.rows[i];
        t = this.texts[i] = this.spec.cols.map(function (c) { return String(c.key(r)); }).join(" \u0001 ").toLowerCase();
      }
      return t;
    };
    Table.prototype.matches = function (i) {
      if (this.keep && !this.keep(this.spec.rows[i])) { return false; }
      var text = this.words.length ? this.text(i) : "";
      return this.words.every(function (w) { return text.indexOf(w) !== -1; });
    };
    Table.prototype.refresh = function () {
      if (this.empty) { return; }
      var self = this;
      this.shown = this.order.filter(function (i) { return self.matches(i); });
      this.limit = PAGE;
      this.render();
    };
    Table.prototype.sortBy = function (index, th) {
      var col = this.spec.cols[index];
      var rows = this.spec.rows;
      var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
      var keys = rows.map(function (r) {
        var k = col.key(r);
        if (col.num) { return k === null || k === "" ? -Infinity : Number(k); }
        return String(k).toLowerCase();
      });
      this.order = rows.map(function (_, i) { return i; }).sort(function (a, b) {
        if (keys[a] < keys[b]) { return -dir; }
        if (keys[a] > keys[b]) { return dir; }
        return a - b;
      });
      Array.prototype.forEach.call(th.parentNode.cells, function (other) { other.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
      this.refresh();
    };
    Table.prototype.render = function () {
      var spec = this.spec;
      var body = this.body;
      var n = Math.min(this.limit, this.shown.length);
      body.textContent = "";
      for (var j = 0; j < n; j += 1) {
        var r = spec.rows[this.shown[j]];
        var tr = body.insertRow();
        spec.cols.forEach(function (col) {
          var td = tr.insertCell();
          if (col.num) { td.className = "num"; }
          if (col.cls) { td.className = (td.className + " " + col.cls).trim(); }
          if (col.cell) { col.cell(td, r); return; }
          var k = col.key(r);
          if (col.fmt) { k = k === null ? "" : Number(k).toFixed(2); }
          if (col.blank && !k) { k = ""; }
          td.textContent = k === null ? "" : String(k);
        });
      }
      this.count.textContent = this.shown.length + " of " + spec.rows.length;
      this.more.hidden = this.all.hidden = n >= this.shown.length;
      this.more.textContent = "Show " + Math.min(PAGE, this.shown.length - n) + " more";
      this.all.textContent = "Show all " + this.shown.length;
    };

    var tables = {};
    document.querySelectorAll("[data-table]").forEach(function (holder) {
      var id = holder.getAttribute("data-table");
      if (TABLES[id]) { tables[id] = new Table(holder, TABLES[id]); }
    });

    // Findings: filters by severity, rule, folder and state, each option with its count under the others.
    var findings = tables.findings;
    var selects = {};
    var FACETS = {
      severity: { of: function (r) { return SEV[r[3]]; }, label: function (v) { return v; } },
      rule: { of: function (r) { return RULES[r[2]][0]; },
              label: function (v) {
                var n = RULES.filter(function (x) { return x[0] === v; })[0];
                return v + " " + (n ? n[1] : "");
              } },
      folder: { of: function (r) { return folderOf(str(r[0])); }, label: folderName },
      state: { of: function (r) { return STATES[r[6]]; }, label: function (v) { return v; } }
    };
    var ORDER = { severity: ["error", "warning", "info"], state: ["new", "open", "accepted"] };
    function facetCounts(name) {
      var counts = {};
      var total = 0;
      D.f.forEach(function (r) {
        for (var other in selects) {
          if (other !== name && selects[other].value && FACETS[other].of(r) !== selects[other].value) { return; }
        }
        var v = FACETS[name].of(r);
        counts[v] = (counts[v] || 0) + 1;
        total += 1;
      });
      return { counts: counts, total: total };
    }
    function fillOptions() {
      Object.keys(selects).forEach(function (name) {
        var select = selects[name];
        var current = select.value;
        var got = facetCounts(name);
        var values = ORDER[name] || Object.keys(got.counts).sort();
        if (current && values.indexOf(current) < 0) { values = values.concat([current]); }
        select.textContent = "";
        var all = el("option", "", "all (" + got.total + ")");
        all.value = "";
        select.appendChild(all);
        values.forEach(function (v) {
          var n = got.counts[v] || 0;
          if (!n && ORDER[name] && v !== current) { return; }
          var option = el("option", "", FACETS[name].label(v) + " (" + n + ")");
          option.value = v;
          option.setAttribute("data-count", String(n));
          select.appendChild(option);
        });
        select.value = current;
      });
    }
    var filters = document.getElementById("finding-filters");
    if (findings && !findings.empty && filters) {
      Object.keys(FACETS).forEach(function (name) {
        var label = el("label", "", name + " ");
        var select = el("select");
        select.id = "filter-" + name;
        select.setAttribute("data-facet", name);
        label.appendChild(select);
        filters.appendChild(label);
        selects[name] = select;
        select.addEventListener("change", function () {
          fillOptions();
          findings.keep = function (r) {
            for (var f in selects) {
              if (selects[f].value && FACETS[f].of(r) !== selects[f].value) { return false; }
            }
            return true;
          };
          findings.refresh();
        });
      });
      var reset = el("button", "", "clear filters");
      reset.type = "button";
      reset.addEventListener("click", function () {
        Object.keys(selects).forEach(function (name) { selects[name].value = ""; });
        findings.search.value = "";
        findings.words = [];
        fillOptions();
        findings.keep = null;
        findings.refresh();
      });
      filters.appendChild(reset);
      fillOptions();
    }

    // Graph views: one shown at a time.
    var tabs = document.querySelectorAll("button[data-view]");
    tabs.forEach(function (tab) {
      tab.addEventListener("click", function () {
        tabs.forEach(function (other) {
          var on = other === tab;
          other.setAttribute("aria-selected", on ? "true" : "false");
          document.getElementById("view-" + other.getAttribute("data-view")).hidden = !on;
        });
      });
    });
    // A click on a note in a picture filters the findings to it.
    document.querySelectorAll("svg.graph g.node").forEach(function (g) {
      g.addEventListener("click", function () {
        var id = g.getAttribute("data-id");
        if (!findings || findings.empty || !id) { return; }
        findings.search.value = id;
        findings.words = [id.toLowerCase()];
        findings.refresh();
        document.getElementById("findings").scrollIntoView();
      });
    });
    window.vkRenderMs = Date.now() - started;  // decoding the data and drawing the first rows
    window.vkReadyAt = performance.now();  // since the navigation started
    document.documentElement.setAttribute("data-ready", "1");
  }

  window.vkReady = decode().then(start).catch(function (error) {
    document.documentElement.setAttribute("data-ready", "error");
    console.error("vaultkit report: " + error);
  });
})();
"""
