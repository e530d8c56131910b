<?xml version="1.0" encoding="UTF-8"?>
<!-- Preview of CC055C, guarantee not valid. Shared templates: common.xsl. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:variable name="title" select="'Guarantee not valid'"/>

  <xsl:template match="*" mode="content">
    <h3>Transit operation</h3>
    <table border="1" cellspacing="0" cellpadding="3">
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'MRN'"/>
        <xsl:with-param name="value" select="TransitOperation/MRN"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Declaration accepted'"/>
        <xsl:with-param name="value" select="TransitOperation/declarationAcceptanceDate"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Office of departure'"/>
        <xsl:with-param name="value" select="CustomsOfficeOfDeparture/referenceNumber"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Holder of the transit procedure'"/>
        <xsl:with-param name="value" select="HolderOfTheTransitProcedure/identificationNumber | HolderOfTheTransitProcedure/name"/>
        <xsl:with-param name="empty" select="'—'"/>
      </xsl:call-template>
    </table>
    <h3>Guarantees not valid (<xsl:value-of select="count(GuaranteeReference)"/>)</h3>
    <table border="1" cellspacing="0" cellpadding="3">
      <tr bgcolor="{$header}"><th>#</th><th>GRN</th><th>Reason</th><th>Text in the message</th></tr>
      <xsl:for-each select="GuaranteeReference/InvalidGuaranteeReason">
        <tr>
          <td align="right"><xsl:value-of select="../sequenceNumber"/></td>
          <td><xsl:value-of select="../GRN"/></td>
          <td>
            <xsl:call-template name="code-meaning">
              <xsl:with-param name="code" select="code"/>
            </xsl:call-template>
          </td>
          <td><span style="{$red}"><xsl:value-of select="text"/></span></td>
        </tr>
      </xsl:for-each>
    </table>
  </xsl:template>
</xsl:stylesheet>
