<?xml version="1.0" encoding="UTF-8"?>
<!-- Akoma Ntoso to JSON (documented by schemas/resolution.schema.json), written as the XML form of
     JSON, so the field order is fixed. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    xmlns:rep="urn:plenary:report:1"
    xmlns:pl="urn:plenary:functions"
    xmlns="http://www.w3.org/2005/xpath-functions"
    exclude-result-prefixes="#all">

  <xsl:import href="common.xsl"/>
  <!-- The result is the XML representation of JSON that fn:xml-to-json reads; Plenary writes it
       as JSON text with Jackson (org.plenary.render.internal.JsonTreeDestination), which is quicker. -->
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <!-- For Akoma Ntoso read as input (no conversion record of ours): its file name, and the schema
       problems found in it, each as "LINE<tab>COLUMN<tab>MESSAGE". -->
  <xsl:param name="source-name" as="xs:string" select="''"/>
  <xsl:param name="problems" as="xs:string*" select="()"/>

  <xsl:template match="/">
    <xsl:apply-templates select="(akn:akomaNtoso/akn:documentCollection, akn:akomaNtoso/akn:statement)[1]"/>
  </xsl:template>

  <xsl:template match="akn:statement">
    <xsl:variable name="doc" select="root(.)"/>
    <xsl:variable name="conversion" select="akn:meta/akn:proprietary/rep:conversion"/>
    <map>
      <xsl:sequence select="pl:field('symbol', pl:symbol($doc))"/>
      <xsl:sequence select="pl:field('number', pl:number(.))"/>
      <xsl:sequence select="pl:field('title', string-join(akn:preface//akn:docTitle ! pl:text(.), ' '))"/>
      <xsl:sequence select="pl:field('type', string(@name))"/>
      <xsl:sequence select="pl:field('session', (akn:coverPage//akn:session)[1] ! normalize-space(.))"/>
      <xsl:sequence select="pl:field('agendaItem', pl:agenda-item($doc))"/>
      <xsl:sequence select="pl:field('committeeReport', pl:committee-report($doc))"/>
      <xsl:sequence select="pl:field('committeeReportPart', pl:committee-report-part($doc))"/>
      <xsl:sequence select="pl:field('distributionDate', (akn:coverPage//akn:docDate/@date)[1])"/>
      <xsl:sequence select="pl:field('adoptionDate', (akn:conclusions//akn:docDate/@date)[1])"/>
      <xsl:sequence select="pl:field('meeting', (akn:conclusions//akn:event)[1] ! normalize-space(.))"/>
      <map key="frbr">
        <xsl:for-each select="akn:meta/akn:identification/*">
          <string key="{lower-case(substring-after(local-name(), 'FRBR'))}"><xsl:value-of select="akn:FRBRthis/@value"/></string>
        </xsl:for-each>
        <string key="date"><xsl:value-of select="akn:meta//akn:FRBRWork/akn:FRBRdate/@date"/></string>
        <string key="dateKind"><xsl:value-of select="akn:meta//akn:FRBRWork/akn:FRBRdate/@name"/></string>
      </map>
      <array key="cover">
        <xsl:for-each select="akn:coverPage/akn:p[normalize-space()]">
          <string><xsl:value-of select="normalize-space(.)"/></string>
        </xsl:for-each>
      </array>
      <xsl:sequence select="pl:field('formula', (akn:preamble/akn:formula)[1] ! pl:text(.))"/>
      <array key="preamble">
        <xsl:for-each select="akn:preamble/akn:container">
          <map>
            <string key="eId"><xsl:value-of select="@eId"/></string>
            <string key="opening"><xsl:value-of select="@name"/></string>
            <string key="text"><xsl:value-of select="pl:text(.)"/></string>
            <xsl:sequence select="pl:notes-cited(.)"/>
            <xsl:sequence select="pl:references(.)"/>
          </map>
        </xsl:for-each>
      </array>
      <array key="operative">
        <xsl:apply-templates select="akn:mainBody//akn:paragraph[akn:content | akn:list]"/>
      </array>
      <array key="groups">
        <xsl:for-each select="akn:mainBody/akn:section">
          <map>
            <string key="eId"><xsl:value-of select="@eId"/></string>
            <xsl:variable name="lines" select="akn:paragraph[not(akn:content | akn:list)]"/>
            <xsl:sequence select="pl:field('num', (akn:num, $lines/akn:num)[1] ! replace(normalize-space(.), '\.$', ''))"/>
            <xsl:sequence select="pl:field('heading', (akn:heading ! pl:text(.), string-join($lines/akn:subheading ! pl:text(.), ' ')[. ne ''])[1])"/>
            <array key="recitals">
              <xsl:for-each select="akn:crossHeading">
                <map>
                  <string key="eId"><xsl:value-of select="@eId"/></string>
                  <string key="opening"><xsl:value-of select="(akn:span[@class = 'italic'])[1]"/></string>
                  <string key="text"><xsl:value-of select="pl:text(.)"/></string>
                  <xsl:sequence select="pl:notes-cited(.)"/>
                  <xsl:sequence select="pl:references(.)"/>
                </map>
              </xsl:for-each>
            </array>
          </map>
        </xsl:for-each>
      </array>
      <array key="annexes">
        <xsl:for-each select="akn:attachments/akn:attachment">
          <map>
            <string key="eId"><xsl:value-of select="@eId"/></string>
            <string key="heading"><xsl:value-of select="pl:text(akn:doc/akn:mainBody/akn:p[1])"/></string>
            <array key="paragraphs">
              <xsl:for-each select="akn:doc/akn:mainBody/akn:p[position() gt 1]">
                <string><xsl:value-of select="pl:text(.)"/></string>
              </xsl:for-each>
            </array>
            <xsl:if test="akn:doc/akn:mainBody/akn:table">
              <array key="tables">
                <xsl:apply-templates select="akn:doc/akn:mainBody/akn:table"/>
              </array>
            </xsl:if>
          </map>
        </xsl:for-each>
      </array>
      <array key="notes">
        <xsl:for-each select="(akn:preface | akn:preamble | akn:mainBody | akn:conclusions | akn:attachments)//akn:authorialNote">
          <map>
            <string key="marker"><xsl:value-of select="@marker"/></string>
            <string key="eId"><xsl:value-of select="@eId"/></string>
            <string key="text"><xsl:value-of select="normalize-space(.)"/></string>
            <xsl:sequence select="pl:references(akn:p)"/>
          </map>
        </xsl:for-each>
      </array>
      <xsl:call-template name="warnings-and-source">
        <xsl:with-param name="conversion" select="$conversion"/>
      </xsl:call-template>
    </map>
  </xsl:template>


  <!-- A collection of resolutions (parts A, B … of one symbol): its cover data, then each resolution. -->
  <xsl:template match="akn:documentCollection">
    <xsl:variable name="doc" select="root(.)"/>
    <map>
      <xsl:sequence select="pl:field('symbol', pl:symbol($doc))"/>
      <xsl:sequence select="pl:field('title', string-join(akn:preface//akn:docTitle ! pl:text(.), ' '))"/>
      <string key="type">documentCollection</string>
      <array key="cover">
        <xsl:for-each select="akn:coverPage/akn:p[normalize-space()]">
          <string><xsl:value-of select="normalize-space(.)"/></string>
        </xsl:for-each>
      </array>
      <array key="documents">
        <xsl:apply-templates select="../akn:components/akn:component/akn:statement"/>
      </array>
      <xsl:call-template name="warnings-and-source">
        <xsl:with-param name="conversion" select="()"/>
      </xsl:call-template>
    </map>
  </xsl:template>

  <!-- A collection's resolutions leave the input's problems to the collection. -->
  <xsl:template name="warnings-and-source">
    <xsl:param name="conversion" as="element()?"/>
    <xsl:param name="problems" as="xs:string*" select="$problems[not(current()/ancestor::akn:component)]"/>
      <array key="warnings">
        <xsl:for-each select="$problems">
          <xsl:variable name="problem" select="tokenize(., '&#9;')"/>
          <map>
            <string key="code">schema</string>
            <number key="line"><xsl:value-of select="$problem[1]"/></number>
            <string key="message"><xsl:value-of select="'column ' || $problem[2] || ': ' || $problem[3]"/></string>
          </map>
        </xsl:for-each>
        <xsl:for-each select="$conversion/rep:warning">
          <map>
            <string key="code"><xsl:value-of select="@code"/></string>
            <xsl:choose>
              <xsl:when test="@line"><number key="line"><xsl:value-of select="@line"/></number></xsl:when>
              <xsl:otherwise><null key="line"/></xsl:otherwise>
            </xsl:choose>
            <string key="message"><xsl:value-of select="."/></string>
          </map>
        </xsl:for-each>
      </array>
      <xsl:if test="not($conversion)">
        <map key="source">
          <string key="name"><xsl:value-of select="$source-name"/></string>
          <string key="form">akoma-ntoso</string>
          <string key="charset">UTF-8</string>
          <number key="words">0</number>
          <number key="wordsKept">0</number>
          <number key="wordsFurniture">0</number>
          <number key="coverage">1</number>
        </map>
      </xsl:if>
      <xsl:if test="$conversion">
      <map key="source">
        <string key="name"><xsl:value-of select="$conversion/@sourceName"/></string>
        <string key="form"><xsl:value-of select="$conversion/@form"/></string>
        <string key="charset"><xsl:value-of select="$conversion/@charset"/></string>
        <number key="words"><xsl:value-of select="$conversion/@words"/></number>
        <number key="wordsKept"><xsl:value-of select="$conversion/@wordsKept"/></number>
        <number key="wordsFurniture"><xsl:value-of select="$conversion/@wordsFurniture"/></number>
        <number key="coverage">
          <xsl:value-of select="if (xs:integer($conversion/@words) = 0) then 1
              else round((xs:integer($conversion/@wordsKept) + xs:integer($conversion/@wordsFurniture))
                         div xs:integer($conversion/@words), 4)"/>
        </number>
      </map>
      </xsl:if>
  </xsl:template>

  <xsl:template match="akn:paragraph | akn:point">
    <map>
      <string key="eId"><xsl:value-of select="@eId"/></string>
      <string key="num"><xsl:value-of select="pl:num(.)"/></string>
      <xsl:if test="self::akn:paragraph">
        <xsl:sequence select="pl:field('group', ancestor::akn:section[1]/@eId)"/>
        <string key="opening"><xsl:value-of select="((akn:content | akn:list/akn:intro)//akn:span[@class = 'italic'])[1]"/></string>
      </xsl:if>
      <string key="text"><xsl:value-of select="pl:text((akn:content | akn:list/akn:intro)/akn:p)"/></string>
      <xsl:if test="(akn:content | akn:list/akn:intro)/akn:table">
        <array key="tables">
          <xsl:apply-templates select="(akn:content | akn:list/akn:intro)/akn:table"/>
        </array>
      </xsl:if>
      <array key="points">
        <xsl:apply-templates select="akn:list/akn:point"/>
      </array>
      <xsl:if test="akn:list/akn:wrapUp">
        <string key="textAfterPoints"><xsl:value-of select="pl:text(akn:list/akn:wrapUp)"/></string>
      </xsl:if>
      <xsl:sequence select="pl:notes-cited(akn:content | akn:list/akn:intro | akn:list/akn:wrapUp)"/>
      <xsl:sequence select="pl:references(akn:content | akn:list/akn:intro | akn:list/akn:wrapUp)"/>
    </map>
  </xsl:template>

  <!-- A table: its header rows and its rows, each a list of its cells' text; in an annex, how
       many of the annex's paragraphs were printed before it. -->
  <xsl:template match="akn:table">
    <map>
      <string key="eId"><xsl:value-of select="@eId"/></string>
      <xsl:if test="parent::akn:mainBody">
        <number key="afterParagraph"><xsl:value-of select="count(preceding-sibling::akn:p) - 1"/></number>
      </xsl:if>
      <array key="header">
        <xsl:for-each select="akn:tr[akn:th]">
          <array><xsl:for-each select="*"><string><xsl:value-of select="pl:text(.)"/></string></xsl:for-each></array>
        </xsl:for-each>
      </array>
      <array key="rows">
        <xsl:for-each select="akn:tr[not(akn:th)]">
          <array><xsl:for-each select="*"><string><xsl:value-of select="pl:text(.)"/></string></xsl:for-each></array>
        </xsl:for-each>
      </array>
    </map>
  </xsl:template>

  <xsl:function name="pl:notes-cited">
    <xsl:param name="nodes" as="node()*"/>
    <array key="notes">
      <xsl:for-each select="pl:markers($nodes)">
        <string><xsl:value-of select="."/></string>
      </xsl:for-each>
    </array>
  </xsl:function>

  <!-- The documents a text cites; the references inside its notes belong to the notes. -->
  <xsl:function name="pl:references">
    <xsl:param name="nodes" as="node()*"/>
    <array key="references">
      <xsl:for-each select="distinct-values($nodes//akn:ref[not(ancestor::akn:authorialNote except $nodes/ancestor-or-self::akn:authorialNote)]/@href ! substring-after(., 'undocs.org/en/'))">
        <string><xsl:value-of select="."/></string>
      </xsl:for-each>
    </array>
  </xsl:function>

  <xsl:function name="pl:field">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="value" as="item()?"/>
    <xsl:choose>
      <xsl:when test="exists($value) and string($value) != ''">
        <string key="{$key}"><xsl:value-of select="$value"/></string>
      </xsl:when>
      <xsl:otherwise>
        <null key="{$key}"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>
</xsl:stylesheet>
