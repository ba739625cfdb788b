<?xml version="1.0" encoding="UTF-8"?>
<!-- Akoma Ntoso to one self-contained, accessible HTML5 page: cover data in the header, the title as
     h1, preamble and operative part as sections, every eId an anchor, footnotes linked both ways.
     No scripts and no external resources; the stylesheet covers phone, wide screen and print. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    xmlns:pl="urn:plenary:functions"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="#all">

  <xsl:import href="common.xsl"/>
  <!-- A note's calls, in document order: its authorialNote and every noteRef to it. -->
  <xsl:key name="calls" match="akn:authorialNote[@eId] | akn:noteRef" use="pl:note-id(.)"/>
  <!-- How many calls of each note the document holds up to here, this one included: a call's place
       among its note's calls, counted once in document order rather than searched for at each call
       (thousands of calls of one note made that search quadratic). The same calls as the key's. -->
  <xsl:mode use-accumulators="pl:calls-so-far"/>
  <xsl:accumulator name="pl:calls-so-far" as="map(xs:string, xs:integer)" initial-value="map{}">
    <xsl:accumulator-rule match="akn:authorialNote[@eId] | akn:noteRef" select="pl:one-more-call($value, pl:note-id(.))"/>
  </xsl:accumulator>
  <xsl:function name="pl:one-more-call" as="map(xs:string, xs:integer)">
    <xsl:param name="counts" as="map(xs:string, xs:integer)"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="map:put($counts, $id, ($counts($id), 0)[1] + 1)"/>
  </xsl:function>
  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <!-- The page: one resolution, or a collection's cover followed by each of its resolutions. -->
  <xsl:template match="/">
    <xsl:variable name="top" select="akn:akomaNtoso/(akn:statement | akn:documentCollection)[1]"/>
    <xsl:variable name="symbol" select="pl:symbol(.)"/>
    <xsl:variable name="title" select="($top/akn:preface//akn:docTitle ! pl:text(.), $symbol, 'Resolution')[. != ''][1]"/>
    <html lang="en">
      <head>
        <meta charset="UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="string-join(($symbol, $title)[. != ''], ' — ')"/></title>
        <style><xsl:value-of select="$css"/></style>
      </head>
      <body>
        <main>
        <xsl:for-each select="akn:akomaNtoso/akn:documentCollection">
          <header class="collection">
            <nav aria-label="Collection"><a href="../index.html">All resolutions</a></nav>
            <xsl:call-template name="cover"/>
            <h1><xsl:apply-templates select="akn:preface/akn:p/node()"/></h1>
          </header>
        </xsl:for-each>
        <xsl:apply-templates select="akn:akomaNtoso/akn:statement | akn:akomaNtoso/akn:components/akn:component/akn:statement"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="akn:statement">
    <xsl:variable name="doc" select="root(.)"/>
        <article class="resolution" id="{(akn:meta//akn:FRBRExpression/akn:FRBRthis/@value, ancestor::akn:component/@eId)[1]}">
          <header>
            <xsl:if test="not(ancestor::akn:component)">
              <nav aria-label="Collection"><a href="../index.html">All resolutions</a></nav>
            </xsl:if>
            <xsl:call-template name="cover"/>
            <h1>
              <xsl:for-each select="akn:preface/akn:p/akn:docNumber">
                <span class="number"><xsl:value-of select="normalize-space(.)"/></span>
                <xsl:text> </xsl:text>
              </xsl:for-each>
              <xsl:choose>
                <xsl:when test="akn:preface//akn:docTitle"><xsl:apply-templates select="akn:preface//akn:docTitle/node()"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="if (@name = 'draftResolution') then 'Draft resolution' else 'Resolution'"/></xsl:otherwise>
              </xsl:choose>
            </h1>
          </header>
          <section class="preamble" aria-label="Preamble">
            <xsl:for-each select="akn:preamble/akn:formula">
              <p class="formula" id="{@eId}"><xsl:apply-templates select="akn:p/node()"/></p>
            </xsl:for-each>
            <xsl:for-each select="akn:preamble/akn:container">
              <p class="preambular" id="{@eId}"><xsl:apply-templates select="akn:p/node()"/></p>
            </xsl:for-each>
          </section>
          <section class="operative" aria-label="Operative part">
            <xsl:apply-templates select="akn:mainBody/*"/>
          </section>
          <xsl:if test="akn:conclusions">
            <footer class="conclusions">
              <p>
                <xsl:value-of select="akn:conclusions//akn:event"/>
                <xsl:if test="akn:conclusions//akn:event and akn:conclusions//akn:docDate"><br/></xsl:if>
                <xsl:for-each select="akn:conclusions//akn:docDate">
                  <time datetime="{@date}"><xsl:value-of select="."/></time>
                </xsl:for-each>
              </p>
            </footer>
          </xsl:if>
          <xsl:for-each select="akn:attachments/akn:attachment">
            <section class="annex" id="{@eId}" aria-labelledby="{@eId}-heading">
              <h2 id="{@eId}-heading"><xsl:apply-templates select="akn:doc/akn:mainBody/akn:p[1]/node()"/></h2>
              <xsl:for-each select="akn:doc/akn:mainBody/*[position() gt 1]">
                <xsl:choose>
                  <xsl:when test="self::akn:table"><xsl:apply-templates select="."/></xsl:when>
                  <xsl:otherwise><p><xsl:apply-templates select="node()"/></p></xsl:otherwise>
                </xsl:choose>
              </xsl:for-each>
            </section>
          </xsl:for-each>
          <xsl:variable name="notes" select="(akn:preface | akn:preamble | akn:mainBody | akn:attachments)//akn:authorialNote"/>
          <xsl:if test="$notes">
            <section class="notes" aria-labelledby="notes-heading">
              <h2 id="notes-heading">Notes</h2>
              <ol>
                <xsl:for-each select="$notes">
                  <xsl:variable name="id" select="@eId"/>
                  <xsl:variable name="calls" select="key('calls', $id)"/>
                  <li id="{$id}">
                    <span class="marker"><xsl:value-of select="@marker"/></span>
                    <xsl:text> </xsl:text>
                    <xsl:apply-templates select="akn:p/node()"/>
                    <xsl:for-each select="$calls">
                      <xsl:text> </xsl:text>
                      <a class="back" href="#{pl:call-id(., position())}" role="doc-backlink" aria-label="Back to call {position()} of note {@marker}">↩</a>
                    </xsl:for-each>
                  </li>
                </xsl:for-each>
              </ol>
            </section>
          </xsl:if>
        </article>
  </xsl:template>

  <xsl:template name="cover">
    <xsl:variable name="doc" select="root(.)"/>
    <xsl:if test="akn:coverPage">
      <dl class="cover">
        <xsl:for-each select="akn:coverPage/akn:p[normalize-space()]">
          <xsl:variable name="field" select="*[normalize-space()][1]"/>
          <xsl:variable name="label" select="if ($field/self::akn:docNumber) then 'Symbol'
              else if ($field/self::akn:docDate) then 'Distributed'
              else if ($field/self::akn:session) then 'Session'
              else if ($field/self::akn:inline[@name = 'agenda item']) then 'Agenda item'
              else if ($field/self::akn:inline[@name]) then upper-case(substring($field/@name, 1, 1)) || substring($field/@name, 2)
              else if ($field/self::akn:docTitle) then 'Heading'
              else if ($field/self::akn:docAuthority) then 'Organ'
              else if ($field/self::akn:docStatus) then 'Distribution'
              else 'Committee'"/>
          <dt><xsl:value-of select="$label"/></dt>
          <dd><xsl:value-of select="if ($field/self::akn:inline[@name = 'agenda item'] and not(matches(., '^\s*Agenda items', 'i'))) then pl:agenda-item($doc) else normalize-space(.)"/></dd>
        </xsl:for-each>
      </dl>
    </xsl:if>
  </xsl:template>

  <!-- A group: its heading lines (paragraphs without text of their own, as the UN marks them up,
       or a section's num and heading), its recitals, its paragraphs. -->
  <xsl:template match="akn:mainBody/akn:section">
    <xsl:variable name="lines" select="akn:paragraph[not(akn:content | akn:list)]"/>
    <section class="group" id="{@eId}" aria-labelledby="{@eId}-heading">
      <h2 id="{@eId}-heading">
        <xsl:choose>
          <xsl:when test="$lines">
            <xsl:for-each select="$lines">
              <xsl:if test="position() gt 1"><br/></xsl:if>
              <xsl:value-of select="akn:num"/>
              <xsl:if test="akn:num and akn:subheading"><xsl:text> </xsl:text></xsl:if>
              <xsl:apply-templates select="akn:subheading/node()"/>
            </xsl:for-each>
          </xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="akn:num"/>
            <xsl:if test="akn:num and akn:heading"><br/></xsl:if>
            <xsl:apply-templates select="akn:heading/node()"/>
          </xsl:otherwise>
        </xsl:choose>
      </h2>
      <xsl:for-each select="akn:crossHeading">
        <p class="preambular" id="{@eId}"><xsl:apply-templates select="node()"/></p>
      </xsl:for-each>
      <xsl:apply-templates select="akn:paragraph except $lines"/>
    </section>
  </xsl:template>

  <xsl:template match="akn:paragraph">
    <div id="{@eId}" class="paragraph">
      <span class="num"><xsl:value-of select="akn:num"/></span>
      <xsl:text> </xsl:text>
      <xsl:apply-templates select="akn:content/akn:p/node() | akn:list/akn:intro/akn:p/node()"/>
      <xsl:apply-templates select="(akn:content | akn:list/akn:intro)/akn:table"/>
      <xsl:apply-templates select="akn:list"/>
    </div>
  </xsl:template>

  <xsl:template match="akn:list">
    <ol class="points" id="{@eId}">
      <xsl:for-each select="akn:point">
        <li id="{@eId}" class="point">
          <span class="num"><xsl:value-of select="akn:num"/></span>
          <xsl:text> </xsl:text>
          <xsl:apply-templates select="akn:content/akn:p/node() | akn:list/akn:intro/akn:p/node()"/>
          <xsl:apply-templates select="(akn:content | akn:list/akn:intro)/akn:table"/>
          <xsl:apply-templates select="akn:list"/>
        </li>
      </xsl:for-each>
    </ol>
    <xsl:for-each select="akn:wrapUp/akn:p">
      <p class="wrapup"><xsl:apply-templates select="node()"/></p>
    </xsl:for-each>
  </xsl:template>

  <!-- A table as printed: header cells in the head, the rows under them in the body. -->
  <xsl:template match="akn:table">
    <div class="table">
      <table id="{@eId}">
        <xsl:if test="akn:tr[akn:th]">
          <thead>
            <xsl:for-each select="akn:tr[akn:th]">
              <tr><xsl:for-each select="*"><th scope="col"><xsl:apply-templates select="akn:p/node()"/></th></xsl:for-each></tr>
            </xsl:for-each>
          </thead>
        </xsl:if>
        <tbody>
          <xsl:for-each select="akn:tr[not(akn:th)]">
            <tr><xsl:for-each select="*"><td><xsl:apply-templates select="akn:p/node()"/></td></xsl:for-each></tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>

  <xsl:template match="akn:span[@class = 'italic'] | akn:i">
    <em><xsl:apply-templates/></em>
  </xsl:template>
  <xsl:template match="akn:b"><strong><xsl:apply-templates/></strong></xsl:template>
  <xsl:template match="akn:sup"><sup><xsl:apply-templates/></sup></xsl:template>
  <xsl:template match="akn:eol"><br/></xsl:template>
  <!-- Another UN document: its official page, or its page in this collection (see CollectionIndex). -->
  <xsl:template match="akn:ref"><a class="ref" href="{@href}"><xsl:apply-templates/></a></xsl:template>

  <xsl:template match="akn:authorialNote | akn:noteRef">
    <xsl:variable name="id" select="pl:note-id(.)"/>
    <xsl:variable name="index" select="accumulator-before('pl:calls-so-far')($id)"/>
    <sup class="call"><a id="{pl:call-id(., $index)}" href="#{$id}" role="doc-noteref" aria-label="Note {@marker}"><xsl:value-of select="@marker"/></a></sup>
  </xsl:template>

  <xsl:template match="akn:*">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:function name="pl:call-id" as="xs:string">
    <xsl:param name="call" as="element()"/>
    <xsl:param name="index" as="xs:integer"/>
    <xsl:sequence select="'call-' || pl:note-id($call) || '-' || $index"/>
  </xsl:function>

  <!-- The id of the note a call calls: a note in the text is its own call; a reference names it. -->
  <xsl:function name="pl:note-id" as="xs:string">
    <xsl:param name="call" as="element()"/>
    <xsl:sequence select="if ($call/self::akn:authorialNote) then string($call/@eId) else substring-after($call/@href, '#')"/>
  </xsl:function>

  <xsl:variable name="css" as="xs:string"><![CDATA[
:root { --ink: #1b1b1b; --muted: #5a5a5a; --accent: #0b5394; --rule: #d0d0d0; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 1.05rem/1.6 Georgia, "Times New Roman", serif; }
article { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; overflow-wrap: break-word; }
header { border-bottom: 1px solid var(--rule); margin-bottom: 1.5rem; }
dl.cover { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 1rem; font: .9rem/1.4 system-ui, sans-serif; color: var(--muted); }
dl.cover dt { font-weight: 600; }
nav { font: .9rem/1.4 system-ui, sans-serif; margin: 0 0 .75rem; }
a { color: var(--accent); }
dl.cover dd { margin: 0; }
h1 { font-size: 1.5rem; line-height: 1.3; margin: .5rem 0 1rem; }
h1 .number { color: var(--muted); }
h2 { font-size: 1.1rem; }
p { margin: 0 0 .9rem; }
.formula { font-style: italic; }
.preambular { text-indent: 2rem; }
ol.points { list-style: none; padding: 0; margin: 0; }
section.annex { border-top: 1px solid var(--rule); margin-top: 2rem; }
section.annex h2 { text-align: center; }
section.group h2 { text-align: center; font-size: 1.1rem; margin: 1.5rem 0 1rem; }
ol.points { margin: .6rem 0 0 2rem; }
div.paragraph, li.point { margin: 0 0 .9rem; }
.num { font-weight: 600; margin-right: .25rem; }
.conclusions { margin-top: 2rem; font-style: italic; }
sup { line-height: 0; }
/* Note calls and back links are told from the text by more than their colour: underlined like every link. */
sup.call a { padding: 0 .1rem; }
a { color: var(--accent); }
a:focus-visible, li:target, p:target { outline: 2px solid var(--accent); outline-offset: 2px; }
div.table { overflow-x: auto; margin: .6rem 0 .9rem; }
div.table table { border-collapse: collapse; font: .85rem/1.35 system-ui, sans-serif; }
div.table th, div.table td { padding: .2rem .6rem; text-align: left; vertical-align: top; }
div.table thead th { font-weight: 600; font-style: italic; border-bottom: 1px solid var(--rule); vertical-align: bottom; }
.notes { border-top: 1px solid var(--rule); margin-top: 2rem; font-size: .92rem; }
.notes ol { padding-left: 0; list-style: none; }
.notes li { margin-bottom: .5rem; }
.notes .marker { font-weight: 600; }
@media (max-width: 30rem) { body { font-size: 1rem; } article { padding: 1rem .75rem 2rem; } ol.points { margin-left: 1rem; } .preambular { text-indent: 1rem; } }
@media print {
  body { font-size: 11pt; }
  article { max-width: none; padding: 0; }
  /* On paper: no links to follow, so no navigation, no back links, no underlines; calls stay raised. */
  nav, a.back { display: none; }
  a, sup.call a { color: inherit; text-decoration: none; }
  h1, h2 { break-after: avoid; }
  p, div.paragraph, li { orphans: 3; widows: 3; }
  .notes li, dl.cover { break-inside: avoid; }
}
]]></xsl:variable>
</xsl:stylesheet>
