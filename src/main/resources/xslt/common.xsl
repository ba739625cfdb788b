<?xml version="1.0" encoding="UTF-8"?>
<!-- Functions shared by the renderings: the plain text of a fragment without its notes, and the
     document's metadata read once from the Akoma Ntoso markup. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    xmlns:pl="urn:plenary:functions"
    exclude-result-prefixes="#all">

  <!-- Text a reader sees, notes left out, white space normalised. -->
  <xsl:function name="pl:text" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="normalize-space(string-join($nodes//text()[not(ancestor::akn:authorialNote)], ''))"/>
  </xsl:function>

  <xsl:function name="pl:markers" as="xs:string*">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="distinct-values($nodes//(akn:authorialNote | akn:noteRef)/@marker)"/>
  </xsl:function>

  <xsl:function name="pl:symbol" as="xs:string?">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="($doc//akn:FRBRWork/akn:FRBRname/@value[contains(., '/')])[1]"/>
  </xsl:function>

  <xsl:function name="pl:agenda-item" as="xs:string?">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="item" select="($doc//akn:coverPage//akn:inline[@name = 'agenda item'])[1]"/>
    <xsl:sequence select="$item ! replace(normalize-space(.), '^Agenda items?\s+', '', 'i')"/>
  </xsl:function>

  <xsl:function name="pl:committee-report" as="xs:string?">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="line" select="($doc//akn:coverPage//akn:docProponent)[1]"/>
    <xsl:sequence select="$line[matches(., '\(([^)]+)\)')] ! replace(replace(string(.), '^.*\(([^)]+)\).*$', '$1', 's'), '\s+', '')"/>
  </xsl:function>

  <xsl:function name="pl:num" as="xs:string">
    <xsl:param name="unit" as="element()"/>
    <xsl:sequence select="replace(normalize-space($unit/akn:num), '^\(|[.)]$', '')"/>
  </xsl:function>
</xsl:stylesheet>
