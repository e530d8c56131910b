<?xml version="1.0" encoding="UTF-8"?>
<!-- Preview of any other message: every element as a row, nested groups indented.
     Shared templates: common.xsl. Anything named like an access code (accessCode, P4 AccCod...) is masked. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:variable name="title" select="concat('Message ', local-name(/*))"/>
  <xsl:variable name="header-names"
                select="'|messageSender|messageRecipient|preparationDateAndTime|messageIdentification|messageType|correlationIdentifier|'"/>

  <xsl:variable name="upper" select="'ABCDEFGHIJKLMNOPQRSTUVWXYZ'"/>
  <xsl:variable name="lower" select="'abcdefghijklmnopqrstuvwxyz'"/>

  <xsl:template match="*" mode="content">
    <table border="1" cellspacing="0" cellpadding="3">
      <xsl:apply-templates select="*[not(contains($header-names, concat('|', local-name(), '|')))]" mode="generic"/>
    </table>
  </xsl:template>

  <xsl:template match="*" mode="generic">
    <xsl:param name="indent" select="''"/>
    <xsl:choose>
      <xsl:when test="*">
        <tr>
          <th align="left" colspan="2" bgcolor="{$header}">
            <xsl:value-of select="concat($indent, local-name())"/>
          </th>
        </tr>
        <xsl:apply-templates select="*" mode="generic">
          <xsl:with-param name="indent" select="concat($indent, '&#160;&#160;&#160;&#160;')"/>
        </xsl:apply-templates>
      </xsl:when>
      <xsl:otherwise>
        <tr>
          <td><xsl:value-of select="concat($indent, local-name())"/></td>
          <td>
            <xsl:choose>
              <xsl:when test="ancestor-or-self::*[contains(translate(local-name(), $upper, $lower), 'accesscode')
                              or starts-with(translate(local-name(), $upper, $lower), 'acccod')]">
                <xsl:value-of select="$mask"/>
              </xsl:when>
              <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
            </xsl:choose>
          </td>
        </tr>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
