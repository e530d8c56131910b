<?xml version="1.0" encoding="UTF-8"?>
<!-- Preview of E_ACC_RSP, access code registration confirmation. Shared templates: common.xsl. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:variable name="title" select="'Access code registration confirmation'"/>

  <xsl:template match="*" mode="content">
    <xsl:choose>
      <xsl:when test="Error">
        <h3 style="{$red}">Registration refused</h3>
      </xsl:when>
      <xsl:otherwise>
        <h3 style="{$green}">Registration accepted</h3>
      </xsl:otherwise>
    </xsl:choose>
    <table border="1" cellspacing="0" cellpadding="3">
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'GRN'"/>
        <xsl:with-param name="value" select="Guarantee/GRN"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Registered'"/>
        <xsl:with-param name="value" select="translate(Registration/registrationDateAndTime, 'T', ' ')"/>
        <xsl:with-param name="empty" select="'—'"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Codes stored'"/>
        <xsl:with-param name="value" select="Registration/storedCodes"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Primary access code changed'"/>
        <xsl:with-param name="value">
          <xsl:call-template name="yes-no">
            <xsl:with-param name="flag" select="Registration/primaryAccessCodeChanged"/>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
    </table>
    <xsl:if test="Error">
      <h3 style="{$red}">Errors (<xsl:value-of select="count(Error)"/>)</h3>
      <table border="1" cellspacing="0" cellpadding="3">
        <tr bgcolor="{$header}"><th>#</th><th>Error</th></tr>
        <xsl:for-each select="Error">
          <tr>
            <td align="right"><xsl:value-of select="position()"/></td>
            <td>
              <xsl:call-template name="code-meaning">
                <xsl:with-param name="code" select="errorCode"/>
              </xsl:call-template>
            </td>
          </tr>
        </xsl:for-each>
      </table>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
