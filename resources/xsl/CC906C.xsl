<?xml version="1.0" encoding="UTF-8"?>
<!-- Preview of CC906C, functional rejection. Shared templates: common.xsl. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:variable name="title" select="'Functional rejection'"/>

  <xsl:template match="*" mode="content">
    <xsl:if test="Header/LRN or Header/MRN">
      <table border="1" cellspacing="0" cellpadding="3">
        <xsl:call-template name="row">
          <xsl:with-param name="label" select="'LRN'"/>
          <xsl:with-param name="value" select="Header/LRN"/>
        </xsl:call-template>
        <xsl:call-template name="row">
          <xsl:with-param name="label" select="'MRN'"/>
          <xsl:with-param name="value" select="Header/MRN"/>
        </xsl:call-template>
      </table>
    </xsl:if>
    <h3 style="{$red}">Errors (<xsl:value-of select="count(FunctionalError)"/>)</h3>
    <table border="1" cellspacing="0" cellpadding="3">
      <tr bgcolor="{$header}"><th>#</th><th>Where</th><th>Error</th><th>Reason</th><th>Value sent</th></tr>
      <xsl:for-each select="FunctionalError">
        <tr>
          <td align="right"><xsl:value-of select="position()"/></td>
          <td><xsl:value-of select="errorPointer"/></td>
          <td>
            <xsl:call-template name="code-meaning">
              <xsl:with-param name="code" select="errorCode"/>
            </xsl:call-template>
          </td>
          <td>
            <xsl:call-template name="code-meaning">
              <xsl:with-param name="code" select="errorReason"/>
            </xsl:call-template>
          </td>
          <td><xsl:value-of select="originalAttributeValue"/></td>
        </tr>
      </xsl:for-each>
    </table>
  </xsl:template>
</xsl:stylesheet>
