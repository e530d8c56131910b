<?xml version="1.0" encoding="UTF-8"?>
<!-- Preview of CUSPRR, the answer of customs to a summary declaration (spec 05). Shared templates: common.xsl. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:variable name="title" select="'Summary declaration answer'"/>

  <xsl:template match="*" mode="content">
    <xsl:choose>
      <xsl:when test="Accepted = '1'">
        <h3 style="{$green}">Accepted</h3>
      </xsl:when>
      <xsl:otherwise>
        <h3 style="{$red}">Rejected</h3>
      </xsl:otherwise>
    </xsl:choose>
    <table border="1" cellspacing="0" cellpadding="3">
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Registration number (MRN)'"/>
        <xsl:with-param name="value" select="MRN"/>
        <xsl:with-param name="empty" select="'—'"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Status'"/>
        <xsl:with-param name="value">
          <xsl:value-of select="Status"/>
          <xsl:choose>
            <xsl:when test="Status = 'Vorzeitig'"> (early)</xsl:when>
            <xsl:when test="Status = 'Teilweise'"> (partial)</xsl:when>
            <xsl:when test="Status = 'Endgültig'"> (final)</xsl:when>
          </xsl:choose>
        </xsl:with-param>
        <xsl:with-param name="empty" select="'none yet'"/>
      </xsl:call-template>
      <tr>
        <th align="left" bgcolor="{$header}">Positions accepted (<xsl:value-of select="count(AcceptedPosition)"/>)</th>
        <td>
          <xsl:for-each select="AcceptedPosition">
            <xsl:if test="position() &gt; 1">, </xsl:if>
            <xsl:value-of select="."/>
          </xsl:for-each>
          <xsl:if test="not(AcceptedPosition)">none</xsl:if>
        </td>
      </tr>
    </table>
    <xsl:if test="Error">
      <h3 style="{$red}">Errors (<xsl:value-of select="count(Error)"/>)</h3>
      <table border="1" cellspacing="0" cellpadding="3">
        <tr bgcolor="{$header}"><th>Code</th><th>Error</th><th>Position</th><th>Field</th></tr>
        <xsl:for-each select="Error">
          <tr>
            <td><span style="{$red}; font-weight:bold"><xsl:value-of select="Code"/></span></td>
            <td><span style="{$red}"><xsl:value-of select="Text"/></span></td>
            <td align="right"><span style="{$red}"><xsl:value-of select="Position"/></span></td>
            <td><span style="{$red}"><xsl:value-of select="Field"/></span></td>
          </tr>
        </xsl:for-each>
      </table>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
