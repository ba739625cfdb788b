<?xml version="1.0" encoding="UTF-8"?>
<!-- Functions shared by the renderings: the plain text of a fragment without its notes, and the
     document's metadata read once from the Akoma Ntoso markup. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    xmlns:pl="urn:plenary:functions"
    exclude-result-prefixes="#all">

  <!-- Text a reader sees, notes left out, white space normalised. Plenary gives the same in Java
       as pl:text-of (gathered and normalised in one walk); the expression below is used when the
       stylesheets run on their own, and a test holds the two equal. -->
  <xsl:function name="pl:text" as="xs:string" use-when="function-available('pl:text-of', 1)">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="pl:text-of($nodes)"/>
  </xsl:function>

  <xsl:function name="pl:text" as="xs:string" use-when="not(function-available('pl:text-of', 1))">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="normalize-space(string-join($nodes//text()[not(ancestor::akn:authorialNote)], ''))"/>
  </xsl:function>

  <xsl:function name="pl:markers" as="xs:string*">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="distinct-values($nodes//(akn:authorialNote | akn:noteRef)/@marker)"/>
  </xsl:function>

  <!-- The symbol: where Plenary puts it (FRBRname), else where the UN does (the cover's docNumber
       referring to #symbol), else the first symbol-like docNumber of the cover. -->
  <xsl:function name="pl:symbol" as="xs:string?">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="cover" select="($doc//akn:coverPage)[1]"/>
    <xsl:sequence select="($doc//akn:FRBRWork/akn:FRBRname/@value[contains(., '/')],
        $cover//akn:docNumber[@refersTo = '#symbol'] ! normalize-space(.),
        $cover//akn:docNumber[contains(., '/')] ! normalize-space(.))[. != ''][1]"/>
  </xsl:function>

  <!-- The number, "75/100": FRBRnumber, else the docNumber of the preface ("75/100.") without its full stop. -->
  <xsl:function name="pl:number" as="xs:string?">
    <xsl:param name="statement" as="element()"/>
    <xsl:sequence select="($statement/akn:meta//akn:FRBRWork/akn:FRBRnumber/@value,
        $statement/akn:preface//akn:docNumber[contains(., '/')] ! replace(normalize-space(.), '\.$', ''))[. != ''][1]"/>
  </xsl:function>

  <xsl:function name="pl:agenda-item" as="xs:string?">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="item" select="($doc//akn:coverPage//akn:inline[@name = 'agenda item'])[1]"/>
    <xsl:sequence select="$item ! replace(normalize-space(.), '^Agenda items?\s+', '', 'i')"/>
  </xsl:function>

  <!-- What the committee line names in brackets: "A/79/431, para. 33". -->
  <xsl:function name="pl:committee-reference" as="xs:string?">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="line" select="($doc//akn:coverPage//akn:docProponent)[1]"/>
    <xsl:sequence select="$line[matches(., '\(([^)]+)\)')] ! normalize-space(replace(string(.), '^.*\(([^)]+)\).*$', '$1', 's'))"/>
  </xsl:function>

  <!-- The report's symbol as printed, up to the comma that starts the part cited; only the spaces
       a line break left inside a symbol go, beside a slash or after a full stop before a digit
       ("A/54/587/ Add.5", "Add. 3"), so "A/78/481/Add.2 and Corr.1" keeps its words apart. -->
  <xsl:function name="pl:committee-report" as="xs:string?">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="pl:committee-reference($doc) ! replace(replace(replace(., ',.*$', ''), '\s*/\s*', '/'), '\.\s+(\d)', '.$1')"/>
  </xsl:function>

  <!-- The part of the report the line cites, as printed: "para. 33". -->
  <xsl:function name="pl:committee-report-part" as="xs:string?">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="pl:committee-reference($doc)[contains(., ',')] ! normalize-space(substring-after(., ','))"/>
  </xsl:function>

  <xsl:function name="pl:num" as="xs:string">
    <xsl:param name="unit" as="element()"/>
    <xsl:sequence select="replace(normalize-space($unit/akn:num), '^\(|[.)]$', '')"/>
  </xsl:function>
</xsl:stylesheet>
