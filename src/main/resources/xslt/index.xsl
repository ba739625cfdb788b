<?xml version="1.0" encoding="UTF-8"?>
<!-- The collection page: every converted resolution (symbol, title, adoption date, links to its
     HTML, JSON, XML and text) and every failed file with its error. The table works without
     JavaScript; a small inline script adds filtering and sorting.
     This is the page around the table, with a comment where the rows go: each row is rendered
     from its catalog entry when the entry changes, and kept (IndexRows), so a document costs the
     same however large the collection is. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    exclude-result-prefixes="#all">

  <xsl:output method="html" html-version="5" encoding="UTF-8" include-content-type="no"/>
  <!-- The page: how many resolutions, failures and duplicate symbols. -->
  <xsl:param name="converted" as="xs:integer" select="0"/>
  <xsl:param name="failed" as="xs:integer" select="0"/>
  <xsl:param name="duplicates" as="xs:integer" select="0"/>

  <xsl:template name="xsl:initial-template">
    <html lang="en">
      <head>
        <meta charset="UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>Resolutions</title>
        <style>
body { margin: 0; font: 1rem/1.5 system-ui, sans-serif; color: #1b1b1b; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid #d0d0d0; vertical-align: top; }
th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; }
td.links a { display: inline-block; margin-right: .4rem; }
td, th { overflow-wrap: break-word; }
.failed td { color: #8a1c1c; }
.duplicate { display: block; font-weight: 600; font-size: .9rem; color: #8a1c1c; }
input[type=search] { width: 100%; max-width: 24rem; padding: .4rem; margin: .5rem 0 1rem; font: inherit; }
@media (max-width: 40rem) {
  /* On a phone each resolution is a small card: symbol and date, title, files. */
  table, tbody, tr, td { display: block; }
  thead tr { display: flex; gap: 1rem; }
  thead th.nosort { display: none; }
  tbody tr { padding: .5rem 0; border-bottom: 1px solid #d0d0d0; }
  td { border: 0; padding: .1rem 0; }
  td.date { display: inline; color: #5a5a5a; }
  tbody td:first-child { display: inline; margin-right: .75rem; font-weight: 600; }
}
@media print {
  /* The list on paper: no filter box, no sort buttons to press, no links to the other files. */
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  label[for=filter], #filter, .nosort.files, td.links { display: none; }
  th button { font-weight: 600; }
  a { color: inherit; text-decoration: none; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
}
        </style>
      </head>
      <body>
        <main>
          <h1>Resolutions</h1>
          <p><xsl:value-of select="$converted"/> converted, <xsl:value-of select="$failed"/> failed<xsl:if test="$duplicates gt 0">, <xsl:value-of select="$duplicates"/> with a symbol another file has too (marked “Duplicate symbol”)</xsl:if>.</p>
          <label for="filter">Filter</label>
          <input type="search" id="filter" placeholder="symbol or words of the title"/>
          <table id="resolutions">
            <thead>
              <tr><th scope="col"><button type="button" data-sort="0">Symbol</button></th><th scope="col" class="nosort">Title</th>
                  <th scope="col" class="date"><button type="button" data-sort="2">Adopted</button></th><th scope="col" class="nosort files">Files</th></tr>
            </thead>
            <tbody>
              <xsl:comment>rows</xsl:comment>
            </tbody>
          </table>
        </main>
        <script>
(function () {
  var table = document.getElementById('resolutions'), body = table.tBodies[0];
  document.getElementById('filter').addEventListener('input', function (e) {
    var q = e.target.value.toLowerCase();
    Array.prototype.forEach.call(body.rows, function (r) { r.hidden = q &amp;&amp; r.textContent.toLowerCase().indexOf(q) &lt; 0; });
  });
  Array.prototype.forEach.call(table.querySelectorAll('th button'), function (b) {
    b.addEventListener('click', function () {
      var i = +b.dataset.sort, rows = Array.prototype.slice.call(body.rows), up = b.dataset.dir !== 'up';
      rows.sort(function (x, y) { var a = x.cells[i] ? x.cells[i].textContent : '', c = y.cells[i] ? y.cells[i].textContent : ''; return up ? a.localeCompare(c) : c.localeCompare(a); });
      b.dataset.dir = up ? 'up' : 'down';
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
})();
        </script>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
