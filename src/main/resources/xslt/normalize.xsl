<?xml version="1.0" encoding="UTF-8"?>
<!-- Akoma Ntoso written by others, brought to the shapes the renderings read (those of the
     Plenary profile), so that it renders without being parsed as text again and without losing
     a word. Applied to input documents only, never to what Plenary writes itself:
     - HTML-style links (a href) become refs; images, which carry no text, are left out;
     - a table standing in a body or an annex stays a table (in a body, an unnumbered paragraph's);
       one inside running text becomes one paragraph per row, its cells separated by " | ";
     - a sublist (the UN's sibling of a point) becomes the list of the point before it, a
       blockList a list of points;
     - headings and sub-headings standing as paragraphs, loose containers and other blocks of a
       body become unnumbered paragraphs; other hierarchical units (article, chapter …) sections;
     - an annex's body becomes one paragraph per block of text, its heading first;
     - other document types (act, bill, doc …) are read as a statement with a body. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    exclude-result-prefixes="#all">

  <xsl:mode on-no-match="shallow-copy"/>
  <xsl:mode name="merge" on-no-match="shallow-copy"/>

  <!-- Two passes: shape the document, then join the several p of one block into one, a line break
       between them, as the renderings read a block's text from a single p. -->
  <xsl:template match="/">
    <xsl:variable name="shaped"><xsl:apply-templates/></xsl:variable>
    <xsl:apply-templates select="$shaped" mode="merge"/>
  </xsl:template>
  <xsl:template mode="merge" match="*[count(akn:p) gt 1][self::akn:content | self::akn:intro | self::akn:wrapUp | self::akn:container | self::akn:formula]">
    <xsl:copy>
      <xsl:apply-templates select="@*" mode="merge"/>
      <p>
        <xsl:for-each select="akn:p">
          <xsl:if test="position() gt 1"><eol/><xsl:text> </xsl:text></xsl:if>
          <xsl:apply-templates select="node()" mode="merge"/>
        </xsl:for-each>
      </p>
      <xsl:apply-templates select="* except akn:p" mode="merge"/>
    </xsl:copy>
  </xsl:template>

  <!-- Document types other than statement and collection: read as a statement. -->
  <xsl:template match="akn:akomaNtoso/*[not(self::akn:statement | self::akn:documentCollection | self::akn:components)]
                       | akn:component/*[not(self::akn:statement)]">
    <statement name="{(@name, local-name())[1]}">
      <xsl:apply-templates select="@* except @name | node()"/>
    </statement>
  </xsl:template>
  <xsl:template match="akn:body | akn:judgmentBody | akn:debateBody | akn:amendmentBody">
    <mainBody><xsl:apply-templates select="@* | node()"/></mainBody>
  </xsl:template>

  <!-- The resolutions of a collection may repeat each other's eIds: each is made unique by its component's. -->
  <xsl:template match="akn:component//@eId">
    <xsl:attribute name="eId" select="ancestor::akn:component[1]/@eId || '__' || ."/>
  </xsl:template>
  <xsl:template match="akn:component//akn:noteRef/@href[starts-with(., '#')]">
    <xsl:attribute name="href" select="'#' || ancestor::akn:component[1]/@eId || '__' || substring(., 2)"/>
  </xsl:template>

  <!-- Inline: links, images, stray headings inside text. -->
  <xsl:template match="akn:a[@href]">
    <ref href="{@href}"><xsl:apply-templates/></ref>
  </xsl:template>
  <xsl:template match="akn:a"><xsl:apply-templates/></xsl:template>
  <xsl:template match="akn:img"/>
  <xsl:template match="akn:p//akn:subheading | akn:p//akn:heading"><xsl:apply-templates/></xsl:template>

  <!-- The meeting that adopted the resolution. -->
  <xsl:template match="akn:conclusions//akn:inline[@name = 'adoptionMeeting']">
    <event refersTo="#adoptionMeeting"><xsl:apply-templates/></event>
  </xsl:template>

  <!-- A table where the renderings show one (standing in a body, or in an annex): its rows and
       cells, each cell's text one p; a cell's cell-spanning and border settings are left out. -->
  <xsl:template match="akn:table" mode="keep">
    <table>
      <xsl:apply-templates select="@eId"/>
      <xsl:for-each select=".//akn:tr">
        <tr>
          <xsl:for-each select="akn:th | akn:td">
            <xsl:element name="{local-name()}">
              <xsl:if test="normalize-space() or .//akn:authorialNote">
                <p>
                  <xsl:for-each select="akn:p">
                    <xsl:if test="position() gt 1"><xsl:text> </xsl:text></xsl:if>
                    <xsl:apply-templates select="node()"/>
                  </xsl:for-each>
                  <xsl:apply-templates select="text()[normalize-space()] | *[not(self::akn:p)]"/>
                </p>
              </xsl:if>
            </xsl:element>
          </xsl:for-each>
        </tr>
      </xsl:for-each>
    </table>
  </xsl:template>

  <!-- Tables elsewhere (in running text, in a paragraph's text): a paragraph per row. -->
  <xsl:template match="akn:table" mode="#default flatten">
    <xsl:for-each select=".//akn:tr">
      <p>
        <xsl:for-each select="akn:td | akn:th">
          <xsl:if test="position() gt 1"><xsl:text> | </xsl:text></xsl:if>
          <xsl:for-each select="akn:p">
            <xsl:if test="position() gt 1"><xsl:text> </xsl:text></xsl:if>
            <xsl:apply-templates select="node()"/>
          </xsl:for-each>
          <xsl:apply-templates select="text()[normalize-space()] | *[not(self::akn:p)]"/>
        </xsl:for-each>
      </p>
    </xsl:for-each>
  </xsl:template>

  <!-- blockList: in running text a paragraph per item; as a block, a list of points. -->
  <xsl:template match="akn:blockList" mode="#default flatten">
    <xsl:apply-templates select="akn:listIntroduction" mode="as-p"/>
    <xsl:for-each select="akn:item">
      <p>
        <xsl:if test="akn:num"><xsl:value-of select="normalize-space(akn:num)"/><xsl:text> </xsl:text></xsl:if>
        <xsl:for-each select="* except akn:num">
          <xsl:if test="position() gt 1"><xsl:text> </xsl:text></xsl:if>
          <xsl:apply-templates select="if (self::akn:p) then node() else ."/>
        </xsl:for-each>
      </p>
    </xsl:for-each>
    <xsl:apply-templates select="akn:listWrapUp" mode="as-p"/>
  </xsl:template>
  <xsl:template match="*" mode="as-p">
    <p><xsl:apply-templates/></p>
  </xsl:template>

  <!-- A point's sublist (a sibling in the UN's markup) becomes the point's own list. -->
  <xsl:template match="akn:list | akn:sublist">
    <list>
      <xsl:apply-templates select="@eId"/>
      <xsl:apply-templates select="akn:intro"/>
      <xsl:apply-templates select="akn:point"/>
      <xsl:apply-templates select="akn:wrapUp"/>
    </list>
  </xsl:template>
  <xsl:template match="akn:point">
    <point>
      <xsl:apply-templates select="@* | akn:num | akn:content | akn:list"/>
      <xsl:apply-templates select="following-sibling::*[1][self::akn:sublist]"/>
    </point>
  </xsl:template>

  <!-- A body's blocks: paragraphs and sections stay; anything else becomes an unnumbered paragraph. -->
  <xsl:template match="akn:mainBody[not(parent::akn:doc)] | akn:section">
    <xsl:copy>
      <xsl:apply-templates select="@*"/>
      <xsl:if test="self::akn:section">
        <xsl:apply-templates select="akn:num"/>
        <xsl:for-each select="(akn:heading, akn:subheading)[1]">
          <heading><xsl:apply-templates/></heading>
        </xsl:for-each>
        <xsl:apply-templates select="akn:crossHeading"/>
      </xsl:if>
      <xsl:for-each select="* except (self::akn:section/(akn:num | (akn:heading, akn:subheading)[1] | akn:crossHeading))">
        <xsl:choose>
          <xsl:when test="self::akn:paragraph | self::akn:section"><xsl:apply-templates select="."/></xsl:when>
          <xsl:when test="akn:paragraph | akn:section | akn:article">
            <section>
              <xsl:apply-templates select="@eId | akn:num"/>
              <xsl:for-each select="(akn:heading, akn:subheading)[1]"><heading><xsl:apply-templates/></heading></xsl:for-each>
              <xsl:apply-templates select="akn:paragraph | akn:section"/>
            </section>
          </xsl:when>
          <xsl:when test="akn:table and not(* except akn:table)">
            <!-- A table standing in the body (the UN's container of a table): an unnumbered paragraph holding it. -->
            <paragraph>
              <xsl:apply-templates select="@eId"/>
              <content><p/><xsl:apply-templates select="akn:table" mode="keep"/></content>
            </paragraph>
          </xsl:when>
          <xsl:otherwise>
            <paragraph>
              <xsl:apply-templates select="@eId | akn:num"/>
              <content><xsl:call-template name="blocks-as-p"/></content>
            </paragraph>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </xsl:copy>
  </xsl:template>

  <!-- A paragraph's heading or sub-heading is the first line of its content. -->
  <xsl:template match="akn:paragraph">
    <paragraph>
      <xsl:apply-templates select="@* | akn:num"/>
      <xsl:choose>
        <xsl:when test="akn:list and not(akn:content | akn:heading | akn:subheading)">
          <xsl:apply-templates select="akn:list"/>
        </xsl:when>
        <xsl:when test="akn:list">
          <list>
            <intro>
              <xsl:for-each select="(akn:heading | akn:subheading | akn:content)">
                <xsl:call-template name="blocks-as-p"/>
              </xsl:for-each>
              <xsl:apply-templates select="akn:list/akn:intro/node()"/>
            </intro>
            <xsl:apply-templates select="akn:list/akn:point"/>
            <xsl:apply-templates select="akn:list/akn:wrapUp"/>
          </list>
        </xsl:when>
        <xsl:otherwise>
          <content>
            <xsl:for-each select="* except akn:num"><xsl:call-template name="blocks-as-p"/></xsl:for-each>
          </content>
        </xsl:otherwise>
      </xsl:choose>
    </paragraph>
  </xsl:template>

  <!-- The text of a block as p elements: its own p, tables and lists, or itself as one p. -->
  <xsl:template name="blocks-as-p">
    <xsl:choose>
      <xsl:when test="self::akn:p"><xsl:apply-templates select="."/></xsl:when>
      <xsl:when test="self::akn:table | self::akn:blockList"><xsl:apply-templates select="." mode="flatten"/></xsl:when>
      <xsl:when test="akn:p | akn:table | akn:blockList | akn:content">
        <xsl:for-each select="*">
          <xsl:call-template name="blocks-as-p"/>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise><p><xsl:apply-templates/></p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Loose blocks of a preamble: each a container. -->
  <xsl:template match="akn:preamble/*[not(self::akn:formula | self::akn:container)]">
    <container name="{local-name()}"><xsl:call-template name="blocks-as-p"/></container>
  </xsl:template>
  <!-- A loose p is its own block: copied into its container, not matched by the rule above again. -->
  <xsl:template match="akn:preamble/akn:p" priority="1">
    <container name="p"><p><xsl:apply-templates select="@*, node()"/></p></container>
  </xsl:template>
  <xsl:template match="akn:preamble/akn:container[not(akn:p) or *[not(self::akn:p)]]">
    <container>
      <xsl:apply-templates select="@*"/>
      <xsl:for-each select="*"><xsl:call-template name="blocks-as-p"/></xsl:for-each>
    </container>
  </xsl:template>

  <!-- An annex: its heading, then each block of text as a paragraph, numbers kept. -->
  <xsl:template match="akn:attachment/akn:doc/akn:mainBody">
    <mainBody>
      <xsl:variable name="blocks" select=".//(akn:p[not(ancestor::akn:p | ancestor::akn:authorialNote | ancestor::akn:table | ancestor::akn:blockList)]
          | akn:table | akn:blockList | akn:heading | akn:subheading | akn:crossHeading[not(akn:p)])[not(ancestor::akn:table)]"/>
      <xsl:if test="not($blocks[1][self::akn:heading | self::akn:subheading | self::akn:crossHeading])">
        <p class="heading"><xsl:value-of select="(ancestor::akn:attachment/akn:doc/@name, 'Annex')[1]"/></p>
      </xsl:if>
      <xsl:for-each select="$blocks">
        <xsl:variable name="unit" select="ancestor::*[akn:num][1]"/>
        <xsl:choose>
          <xsl:when test="self::akn:table"><xsl:apply-templates select="." mode="keep"/></xsl:when>
          <xsl:when test="self::akn:blockList"><xsl:apply-templates select="."/></xsl:when>
          <xsl:otherwise>
            <p>
              <xsl:if test="position() = 1 and (self::akn:heading | self::akn:subheading | self::akn:crossHeading)">
                <xsl:attribute name="class">heading</xsl:attribute>
              </xsl:if>
              <xsl:if test="$unit and not($unit//akn:p[not(ancestor::akn:authorialNote)][1] except .) and not(self::akn:heading)">
                <xsl:value-of select="normalize-space($unit/akn:num)"/><xsl:text> </xsl:text>
              </xsl:if>
              <xsl:apply-templates/>
            </p>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </mainBody>
  </xsl:template>
</xsl:stylesheet>
