<?xml version="1.0" encoding="UTF-8"?>
<!-- Preview of CC034C, query on guarantees. Shared templates: common.xsl. Access codes are masked. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:variable name="title" select="'Query on guarantees'"/>

  <xsl:template match="*" mode="content">
    <h3>Requester</h3>
    <table border="1" cellspacing="0" cellpadding="3">
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Identification number'"/>
        <xsl:with-param name="value" select="Requester/identificationNumber"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Role'"/>
        <xsl:with-param name="value" select="Requester/role"/>
      </xsl:call-template>
    </table>
    <h3>Guarantees queried (<xsl:value-of select="count(GuaranteeReference)"/>)</h3>
    <table border="1" cellspacing="0" cellpadding="3">
      <tr bgcolor="{$header}">
        <th>#</th><th>GRN</th><th>Query</th><th>Period</th><th>Owner</th><th>Access code</th>
      </tr>
      <xsl:for-each select="GuaranteeReference">
        <tr>
          <td align="right"><xsl:value-of select="sequenceNumber"/></td>
          <td><xsl:value-of select="GRN"/></td>
          <td>
            <xsl:call-template name="query-kind">
              <xsl:with-param name="id" select="GuaranteeQuery/queryIdentifier"/>
            </xsl:call-template>
          </td>
          <td>
            <xsl:call-template name="period">
              <xsl:with-param name="query" select="GuaranteeQuery"/>
            </xsl:call-template>
          </td>
          <td><xsl:value-of select="Owner/identificationNumber"/></td>
          <td><xsl:if test="AccessCode"><xsl:value-of select="$mask"/></xsl:if></td>
        </tr>
      </xsl:for-each>
    </table>
  </xsl:template>
</xsl:stylesheet>
