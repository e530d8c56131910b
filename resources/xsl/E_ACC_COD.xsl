<?xml version="1.0" encoding="UTF-8"?>
<!-- Preview of E_ACC_COD, access code registration. Shared templates: common.xsl.
     Neither the primary nor the secondary codes are ever shown. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:variable name="title" select="'Access code registration'"/>

  <xsl:template match="*" mode="content">
    <h3>Guarantee</h3>
    <table border="1" cellspacing="0" cellpadding="3">
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'GRN'"/>
        <xsl:with-param name="value" select="Guarantee/GRN"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Guarantee type'"/>
        <xsl:with-param name="value" select="Guarantee/guaranteeType"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Holder'"/>
        <xsl:with-param name="value" select="HolderOfTheGuarantee/identificationNumber"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Customs office of guarantee'"/>
        <xsl:with-param name="value" select="CustomsOfficeOfGuarantee/referenceNumber"/>
      </xsl:call-template>
      <xsl:call-template name="masked-row">
        <xsl:with-param name="label" select="'Primary access code'"/>
        <xsl:with-param name="present" select="boolean(PrimaryAccessCode)"/>
      </xsl:call-template>
      <xsl:call-template name="masked-row">
        <xsl:with-param name="label" select="'New primary access code'"/>
        <xsl:with-param name="present" select="boolean(NewPrimaryAccessCode)"/>
      </xsl:call-template>
    </table>
    <h3>Secondary access codes (<xsl:value-of select="count(SecondaryAccessCode)"/>)</h3>
    <p>They replace every code registered before.</p>
    <table border="1" cellspacing="0" cellpadding="3">
      <tr bgcolor="{$header}"><th>#</th><th>Code</th></tr>
      <xsl:for-each select="SecondaryAccessCode">
        <tr>
          <td align="right"><xsl:value-of select="position()"/></td>
          <td><xsl:value-of select="$mask"/></td>
        </tr>
      </xsl:for-each>
    </table>
  </xsl:template>
</xsl:stylesheet>
