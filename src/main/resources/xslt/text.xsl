<?xml version="1.0" encoding="UTF-8"?>
<!-- Akoma Ntoso to plain text, laid out as a person would print it: cover lines, number and title,
     formula, indented preambular paragraphs, numbered operative paragraphs with indented points,
     the meeting and date, then the notes. Note calls print as [n] so the text parses back. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    xmlns:pl="urn:plenary:functions"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    exclude-result-prefixes="#all">

  <xsl:import href="common.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:param name="width" as="xs:integer" select="80"/>
  <xsl:variable name="nl" select="'&#10;'"/>

  <!-- One resolution; or a collection's cover, then each of its resolutions after a rule. -->
  <xsl:template match="/">
    <xsl:for-each select="akn:akomaNtoso/akn:documentCollection">
      <xsl:value-of select="string-join((akn:coverPage/akn:p, akn:preface/akn:p) ! pl:fill(pl:inline(.), '', ''), $nl) || $nl || $nl"/>
    </xsl:for-each>
    <xsl:for-each select="akn:akomaNtoso/akn:statement | akn:akomaNtoso/akn:components/akn:component/akn:statement">
      <xsl:if test="position() gt 1 or ../../../akn:documentCollection">
        <xsl:value-of select="string-join((1 to 40) ! '=', '') || $nl || $nl"/>
      </xsl:if>
      <xsl:apply-templates select="."/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="akn:statement">
    <xsl:variable name="blocks" as="xs:string*">
      <xsl:variable name="symbol" select="pl:symbol(root(.))[not(current()/akn:coverPage//akn:docNumber)]"/>
      <xsl:if test="akn:coverPage or exists($symbol)">
        <xsl:sequence select="string-join(($symbol, akn:coverPage/akn:p ! pl:fill(pl:inline(.), '', '')), $nl)"/>
      </xsl:if>
      <xsl:for-each select="akn:preface/akn:p">
        <xsl:sequence select="pl:fill(pl:inline(.), '', '')"/>
      </xsl:for-each>
      <xsl:for-each select="akn:preamble/akn:formula">
        <xsl:sequence select="pl:fill(pl:inline(akn:p), '', '')"/>
      </xsl:for-each>
      <xsl:for-each select="akn:preamble/akn:container">
        <xsl:sequence select="pl:fill(pl:inline(akn:p), '    ', '')"/>
      </xsl:for-each>
      <xsl:for-each select="akn:mainBody/*">
        <xsl:choose>
          <xsl:when test="self::akn:section">
            <xsl:variable name="lines" select="akn:paragraph[not(akn:content | akn:list)]"/>
            <xsl:sequence select="if ($lines)
                then string-join($lines ! pl:fill(string-join((akn:num ! normalize-space(.), akn:subheading ! pl:inline(.)), ' '), '', ''), $nl || $nl)
                else string-join((akn:num, akn:heading) ! pl:fill(pl:inline(.), '', ''), $nl || $nl)"/>
            <xsl:for-each select="akn:crossHeading">
              <xsl:sequence select="pl:fill(pl:inline(.), '    ', '')"/>
            </xsl:for-each>
            <xsl:for-each select="akn:paragraph[akn:content | akn:list]">
              <xsl:sequence select="pl:unit(., '    ')"/>
            </xsl:for-each>
          </xsl:when>
          <xsl:otherwise>
            <xsl:sequence select="pl:unit(., '    ')"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
      <xsl:if test="akn:conclusions">
        <xsl:sequence select="string-join(akn:conclusions/akn:p/(akn:event, akn:docDate) ! normalize-space(.), $nl)"/>
      </xsl:if>
      <xsl:for-each select="akn:attachments/akn:attachment/akn:doc">
        <xsl:sequence select="string-join(akn:mainBody/* ! (if (self::akn:table) then pl:table(., '    ')
            else pl:fill(pl:inline(.), if (@class = 'heading') then '' else '    ', '')), $nl || $nl)"/>
      </xsl:for-each>
      <xsl:variable name="notes" select="(akn:preface | akn:preamble | akn:mainBody | akn:attachments)//akn:authorialNote"/>
      <xsl:if test="$notes">
        <xsl:sequence select="string-join(('_______________', $notes ! pl:fill(pl:inline(akn:p), '', '[' || @marker || '] ')), $nl)"/>
      </xsl:if>
    </xsl:variable>
    <!-- Written block by block: joined first, the whole text would be built up once more. -->
    <xsl:for-each select="$blocks">
      <xsl:value-of select="."/>
      <xsl:value-of select="if (position() eq last()) then $nl else $nl || $nl"/>
    </xsl:for-each>
  </xsl:template>

  <!-- An operative paragraph or point, its points indented below it. -->
  <xsl:function name="pl:unit" as="xs:string">
    <xsl:param name="unit" as="element()"/>
    <xsl:param name="indent" as="xs:string"/>
    <xsl:variable name="label" select="normalize-space($unit/akn:num) || ' '"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:sequence select="pl:fill(pl:inline($unit/(akn:content | akn:list/akn:intro)/akn:p), $indent, $label)"/>
      <xsl:for-each select="$unit/(akn:content | akn:list/akn:intro)/akn:table">
        <xsl:sequence select="pl:table(., $indent)"/>
      </xsl:for-each>
      <xsl:for-each select="$unit/akn:list/akn:point">
        <xsl:sequence select="pl:unit(., $indent || '        ')"/>
      </xsl:for-each>
      <xsl:for-each select="$unit/akn:list/akn:wrapUp/akn:p">
        <xsl:sequence select="pl:fill(pl:inline(.), $indent, '')"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="string-join($parts, $nl || $nl)"/>
  </xsl:function>

  <!-- A table in columns two spaces apart, a rule under its header, within the page's width: a
       column is as wide as its widest cell, or, where the columns would not fit, as wide as the
       widest that lets them (the narrow ones keep their width), its cells wrapped to it. Text that
       the page's width cannot hold (a word longer than its column's share) widens it. -->
  <xsl:function name="pl:table" as="xs:string">
    <xsl:param name="table" as="element()"/>
    <xsl:param name="indent" as="xs:string"/>
    <xsl:variable name="rows" as="array(xs:string)*" select="$table/akn:tr ! array { * ! normalize-space(pl:inline(akn:p)) }"/>
    <xsl:variable name="natural" as="xs:integer*"
        select="for $c in 1 to max(($rows ! array:size(.), 0))
                return max(($rows ! (if (array:size(.) ge $c) then string-length(.($c)) else 0)))"/>
    <!-- A word is never cut: a column is at least as wide as its longest. -->
    <xsl:variable name="least" as="xs:integer*" select="for $c in 1 to count($natural)
        return max(($rows ! (if (array:size(.) ge $c) then tokenize(.($c), ' ') ! string-length(.) else 0)))"/>
    <xsl:variable name="room" select="$width - string-length($indent) - 2 * (count($natural) - 1)"/>
    <xsl:variable name="cap" select="max((1, (1 to max(($natural, 1)))[let $cap := . return
        sum(for $c in 1 to count($natural) return max(($least[$c], min(($natural[$c], $cap))))) le $room]))"/>
    <xsl:variable name="widths" select="for $c in 1 to count($natural) return max(($least[$c], min(($natural[$c], $cap))))"/>
    <xsl:variable name="lines" as="xs:string*">
      <xsl:for-each select="$rows">
        <xsl:variable name="row" select="."/>
        <xsl:variable name="i" select="position()"/>
        <xsl:variable name="cells" as="array(array(xs:string))"
            select="array { for $c in 1 to array:size($row) return array { pl:wrapped($row($c), $widths[$c]) } }"/>
        <xsl:for-each select="1 to max(($cells?* ! array:size(.), 1))">
          <xsl:variable name="line" select="."/>
          <xsl:sequence select="replace($indent || string-join(for $c in 1 to array:size($cells)
              return pl:padded(($cells($c)?*[$line], '')[1], $widths[$c]), '  '), '\s+$', '')"/>
        </xsl:for-each>
        <xsl:if test="$table/akn:tr[$i]/akn:th and not($table/akn:tr[$i + 1]/akn:th)">
          <xsl:sequence select="$indent || string-join($widths ! translate(pl:padded('', .), ' ', '-'), '  ')"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="string-join($lines, $nl)"/>
  </xsl:function>

  <!-- A cell's lines: as many words as fit on each, however few the last holds. -->
  <xsl:function name="pl:wrapped" as="xs:string*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:sequence select="tokenize(replace($text || ' ', '(.{0,' || ($width - 1) || '}\S|\S{' || $width || ',})\s+', '$1&#10;'), '&#10;')[. ne '']"/>
  </xsl:function>

  <xsl:function name="pl:padded" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:sequence select="$text || string-join((1 to $width - string-length($text)) ! ' ', '')"/>
  </xsl:function>

  <!-- Inline text with note calls as [n], white space as written: pl:fill normalises it. Plenary
       gives the same in Java as pl:inline-of (one walk instead of a template rule for every node);
       the templates below are used when the stylesheet runs on its own, and a test holds the two
       equal. -->
  <xsl:function name="pl:inline" as="xs:string" use-when="function-available('pl:inline-of', 1)">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="pl:inline-of($nodes)"/>
  </xsl:function>

  <xsl:function name="pl:inline" as="xs:string" use-when="not(function-available('pl:inline-of', 1))">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="pieces" as="xs:string*">
      <xsl:for-each select="$nodes">
        <xsl:apply-templates select="node()" mode="inline"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="string-join($pieces, '')"/>
  </xsl:function>

  <xsl:template match="akn:authorialNote | akn:noteRef" mode="inline">
    <xsl:sequence select="'[' || @marker || ']'"/>
  </xsl:template>
  <xsl:template match="akn:eol" mode="inline">
    <xsl:sequence select="' '"/>
  </xsl:template>
  <xsl:template match="text()" mode="inline">
    <xsl:sequence select="string(.)"/>
  </xsl:template>
  <xsl:template match="*" mode="inline">
    <xsl:apply-templates select="node()" mode="inline"/>
  </xsl:template>

  <!-- Greedy word wrap at $width columns. As in UN print, the first line is indented and carries
       the label; the lines after it start flush left (which also lets the text parse back).
       One regular expression does it: each line is the longest run of at most $width characters
       ending in a non-space and followed by white space; a word longer than a line stands alone.
       Plenary gives the same in Java as pl:fill-lines (that expression, backtracking from the end of
       every line, was most of the rendering's time); the expressions below are used when the
       stylesheet runs on its own, and a test holds the two equal. -->
  <xsl:function name="pl:fill" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="indent" as="xs:string"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:sequence select="pl:fill($text, $indent, $label, $width)"/>
  </xsl:function>

  <xsl:function name="pl:fill" as="xs:string" use-when="function-available('pl:fill-lines', 4)">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="indent" as="xs:string"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:sequence select="pl:fill-lines($text, $indent, $label, $width)"/>
  </xsl:function>

  <xsl:function name="pl:fill" as="xs:string" use-when="not(function-available('pl:fill-lines', 4))">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="indent" as="xs:string"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:variable name="line" select="'(.{0,' || ($width - 1) || '}\S|\S{' || $width || ',})\s+'"/>
    <!-- A hyphen left hanging ("burden- and responsibility-sharing") stays with the next word: a
         line ending in a hyphen would read back as a word broken at the line's end. -->
    <!-- Nor is a paragraph's last word left alone on its line: a line holding only "A/75/389."
         would read back as a page's running header. -->
    <!-- Both are looked for only where they can be (a "- ", the last 31 characters): a pattern
         tried at every position of every paragraph was most of the rendering's time. -->
    <xsl:variable name="flat" select="normalize-space($text)"/>
    <xsl:variable name="hyphens" select="if (contains($flat, '- ')) then replace($flat, '(\S)- ', '$1-&#160;', ';j') else $flat"/>
    <xsl:variable name="tail-start" select="max((1, string-length($hyphens) - 30))"/>
    <xsl:variable name="bound" select="substring($hyphens, 1, $tail-start - 1)
        || replace(substring($hyphens, $tail-start), ' (\S{1,30})$', '&#160;$1', ';j')"/>
    <xsl:sequence select="replace(replace($indent || $label || $bound || ' ', $line, '$1&#10;', ';j'), '&#10;$', '', ';j')"/>
  </xsl:function>
</xsl:stylesheet>
