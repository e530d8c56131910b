<?xml version="1.0" encoding="UTF-8"?>
<!-- Preview of CUSPRL, the ATLAS summary declaration (spec 05). Shared templates: common.xsl.
     An optional element sent empty deletes what customs hold (VSM, ESA): it is shown as "deleted".
     Positions are listed with for-each and plain value-of: 9,999 rows render in linear time. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:variable name="title" select="'Summary declaration'"/>
  <xsl:variable name="deleted" select="'sent empty (deletes)'"/>

  <xsl:template match="*" mode="content">
    <table border="1" cellspacing="0" cellpadding="3">
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Kind of declaration'"/>
        <xsl:with-param name="value">
          <xsl:value-of select="Kind"/>
          <xsl:choose>
            <xsl:when test="Kind = 'VSA'"> — create (early)</xsl:when>
            <xsl:when test="Kind = 'VSM'"> — modify</xsl:when>
            <xsl:when test="Kind = 'ESA'"> — confirm presentation</xsl:when>
            <xsl:when test="Kind = 'ESV'"> — create and confirm all positions</xsl:when>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Confirmation flag'"/>
        <xsl:with-param name="value">
          <xsl:value-of select="ConfirmationFlag"/>
          <xsl:choose>
            <xsl:when test="ConfirmationFlag = '1'"> — confirm, changing the positions</xsl:when>
            <xsl:when test="ConfirmationFlag = '2'"> — confirm without changes</xsl:when>
            <xsl:when test="ConfirmationFlag = '3'"> — create and confirm all</xsl:when>
          </xsl:choose>
        </xsl:with-param>
        <xsl:with-param name="empty" select="'none'"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Status once accepted'"/>
        <xsl:with-param name="value">
          <xsl:choose>
            <xsl:when test="Kind = 'VSA'">Vorzeitig (early)</xsl:when>
            <xsl:when test="Kind = 'VSM'">unchanged</xsl:when>
            <xsl:when test="Kind = 'ESA'">Teilweise (partial), or Endgültig (final) once every position is confirmed</xsl:when>
            <xsl:when test="Kind = 'ESV'">Endgültig (final)</xsl:when>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Registration number (MRN)'"/>
        <xsl:with-param name="value" select="MRN"/>
      </xsl:call-template>
      <xsl:for-each select="ManifestId">
        <xsl:call-template name="row">
          <xsl:with-param name="label" select="'Manifest id'"/>
          <xsl:with-param name="value" select="concat(TransportNumber, ', ', ArrivalDate, ', ', PlaceOfLoading, ', ', PreviousDocumentType)"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:if test="not(MRN) and not(ManifestId)">
        <tr><th align="left" bgcolor="{$header}">Addressed by</th><td>new declaration (customs give the MRN)</td></tr>
      </xsl:if>
    </table>
    <xsl:apply-templates select="Declaration"/>
    <h3>Positions (<xsl:value-of select="count(Position)"/>)</h3>
    <table border="1" cellspacing="0" cellpadding="3">
      <tr bgcolor="{$header}">
        <th>Position</th><th>Specific reference</th><th>Kind</th><th>Custodian</th><th>Place of custody</th>
        <th>Goods description</th><th>Packages</th><th>Package kind</th><th>Gross mass (kg)</th><th>Customs status</th>
      </tr>
      <xsl:for-each select="Position">
        <tr>
          <td align="right"><xsl:value-of select="Number"/></td>
          <td><xsl:value-of select="SpecificReference"/></td>
          <td><xsl:value-of select="SpecificReferenceKind"/></td>
          <td>
            <xsl:choose>
              <xsl:when test="Custodian/TIN and string(Custodian/TIN) = ''"><i style="{$red}"><xsl:value-of select="$deleted"/></i></xsl:when>
              <xsl:otherwise>
                <xsl:value-of select="Custodian/TIN"/>
                <xsl:if test="string(Custodian/Branch) != ''"> / <xsl:value-of select="Custodian/Branch"/></xsl:if>
              </xsl:otherwise>
            </xsl:choose>
          </td>
          <td>
            <xsl:choose>
              <xsl:when test="CustodyPlace and string(CustodyPlace) = ''"><i style="{$red}"><xsl:value-of select="$deleted"/></i></xsl:when>
              <xsl:otherwise><xsl:value-of select="CustodyPlace"/></xsl:otherwise>
            </xsl:choose>
          </td>
          <td><xsl:value-of select="Description"/></td>
          <td align="right"><xsl:value-of select="Packages"/></td>
          <td><xsl:value-of select="PackageKind"/></td>
          <td align="right"><xsl:value-of select="GrossMass"/></td>
          <td><xsl:value-of select="CustomsStatus"/></td>
        </tr>
      </xsl:for-each>
    </table>
  </xsl:template>

  <xsl:template match="Declaration">
    <h3>Declaration</h3>
    <table border="1" cellspacing="0" cellpadding="3">
      <xsl:call-template name="field">
        <xsl:with-param name="label" select="'Sender (TIN / branch)'"/>
        <xsl:with-param name="node" select="Sender/TIN"/>
        <xsl:with-param name="branch" select="Sender/Branch"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="label" select="'Identified by'"/>
        <xsl:with-param name="node" select="Identification"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="label" select="'Reference number'"/>
        <xsl:with-param name="node" select="Reference"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="label" select="'Transport number'"/>
        <xsl:with-param name="node" select="TransportNumber"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="label" select="'Arrival date'"/>
        <xsl:with-param name="node" select="ArrivalDate"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="label" select="'Place of loading'"/>
        <xsl:with-param name="node" select="PlaceOfLoading"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="label" select="'Previous document type'"/>
        <xsl:with-param name="node" select="PreviousDocumentType"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="label" select="'Previous document number'"/>
        <xsl:with-param name="node" select="PreviousDocumentNumber"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="label" select="'Mode of transport'"/>
        <xsl:with-param name="node" select="TransportMode"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="label" select="'Presenter (TIN / branch)'"/>
        <xsl:with-param name="node" select="Presenter/TIN"/>
        <xsl:with-param name="branch" select="Presenter/Branch"/>
      </xsl:call-template>
      <xsl:for-each select="Presenter">
        <xsl:call-template name="row">
          <xsl:with-param name="label" select="'Presenter'"/>
          <xsl:with-param name="value" select="concat(Name, ', ', Street, ', ', Postcode, ' ', City, ', ', Country)"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:call-template name="field">
        <xsl:with-param name="label" select="'Representative (TIN / branch)'"/>
        <xsl:with-param name="node" select="Representative/TIN"/>
        <xsl:with-param name="branch" select="Representative/Branch"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="label" select="'Office of presentation'"/>
        <xsl:with-param name="node" select="OfficeOfPresentation"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="label" select="'Presentation date'"/>
        <xsl:with-param name="node" select="PresentationDate"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="label" select="'Contact name'"/>
        <xsl:with-param name="node" select="Contact/Name"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="label" select="'Contact position'"/>
        <xsl:with-param name="node" select="Contact/Position"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="label" select="'Contact phone'"/>
        <xsl:with-param name="node" select="Contact/Phone"/>
      </xsl:call-template>
      <xsl:call-template name="field">
        <xsl:with-param name="label" select="'Additional information'"/>
        <xsl:with-param name="node" select="AdditionalInformation"/>
      </xsl:call-template>
    </table>
  </xsl:template>

  <!-- A field of the declaration: nothing when not sent, "deleted" when sent empty; $branch is added after a TIN. -->
  <xsl:template name="field">
    <xsl:param name="label"/>
    <xsl:param name="node"/>
    <xsl:param name="branch" select="/.."/>
    <xsl:if test="$node">
      <tr>
        <th align="left" bgcolor="{$header}"><xsl:value-of select="$label"/></th>
        <td>
          <xsl:choose>
            <xsl:when test="string($node) = ''"><i style="{$red}"><xsl:value-of select="$deleted"/></i></xsl:when>
            <xsl:otherwise><xsl:value-of select="$node"/></xsl:otherwise>
          </xsl:choose>
          <xsl:if test="string($branch) != ''"> / <xsl:value-of select="$branch"/></xsl:if>
        </td>
      </tr>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
