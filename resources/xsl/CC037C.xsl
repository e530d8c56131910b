<?xml version="1.0" encoding="UTF-8"?>
<!-- Preview of CC037C, response to query on guarantees. Shared templates: common.xsl.
     Usages are listed with position(): thousands of rows render in linear time. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:variable name="title" select="'Response to query on guarantees'"/>

  <xsl:template match="*" mode="content">
    <table border="1" cellspacing="0" cellpadding="3">
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Requester'"/>
        <xsl:with-param name="value" select="Requester/identificationNumber"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Role'"/>
        <xsl:with-param name="value" select="Requester/role"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Customs office of guarantee'"/>
        <xsl:with-param name="value" select="CustomsOfficeOfGuarantee/referenceNumber"/>
      </xsl:call-template>
    </table>
    <xsl:apply-templates select="GuaranteeReference"/>
  </xsl:template>

  <xsl:template match="GuaranteeReference">
    <h3>Guarantee <xsl:value-of select="GRN"/></h3>
    <table border="1" cellspacing="0" cellpadding="3">
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Query'"/>
        <xsl:with-param name="value">
          <xsl:call-template name="query-kind">
            <xsl:with-param name="id" select="GuaranteeQuery/queryIdentifier"/>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Period'"/>
        <xsl:with-param name="value">
          <xsl:call-template name="period">
            <xsl:with-param name="query" select="GuaranteeQuery"/>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Answered'"/>
        <xsl:with-param name="value" select="translate(acceptanceDateAndTime, 'T', ' ')"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Guarantee type'"/>
        <xsl:with-param name="value" select="guaranteeType"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Monitoring code'"/>
        <xsl:with-param name="value" select="guaranteeMonitoringCode"/>
      </xsl:call-template>
    </table>
    <xsl:call-template name="party">
      <xsl:with-param name="title" select="'Owner'"/>
      <xsl:with-param name="party" select="Owner"/>
    </xsl:call-template>
    <xsl:if test="Usage">
      <h4>Usage (<xsl:value-of select="count(Usage)"/>)</h4>
      <table border="1" cellspacing="0" cellpadding="3">
        <tr bgcolor="{$header}">
          <th>#</th><th>MRN</th><th>Amount</th><th>Currency</th><th>Lock date</th><th>Arrival</th><th>Release</th>
        </tr>
        <xsl:for-each select="Usage">
          <tr>
            <td align="right"><xsl:value-of select="position()"/></td>
            <td><xsl:value-of select="MRN"/></td>
            <td align="right"><xsl:value-of select="coveredAmount"/></td>
            <td><xsl:value-of select="currency"/></td>
            <td><xsl:value-of select="lockDate"/></td>
            <td><xsl:value-of select="translate(arrivalDateAndTime, 'T', ' ')"/></td>
            <td><xsl:value-of select="releaseDate"/></td>
          </tr>
        </xsl:for-each>
      </table>
    </xsl:if>
    <xsl:apply-templates select="Exposure"/>
    <xsl:call-template name="party">
      <xsl:with-param name="title" select="'Guarantor'"/>
      <xsl:with-param name="party" select="Guarantor"/>
    </xsl:call-template>
    <xsl:apply-templates select="ComprehensiveGuarantee | IndividualGuaranteeByGuarantor | IndividualGuaranteeVoucher"/>
  </xsl:template>

  <xsl:template match="Exposure">
    <h4>Exposure and balance</h4>
    <table border="1" cellspacing="0" cellpadding="3">
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Amount in use (exposure)'"/>
        <xsl:with-param name="value" select="concat(exposure, ' ', currency)"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Number of uses'"/>
        <xsl:with-param name="value" select="exposureCounter"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Remaining balance'"/>
        <xsl:with-param name="value" select="concat(balance, substring(concat(' ', currency), 1, 4 * boolean(balance)))"/>
        <xsl:with-param name="empty" select="'not given'"/>
      </xsl:call-template>
    </table>
  </xsl:template>

  <xsl:template match="ComprehensiveGuarantee">
    <h4>Other information</h4>
    <table border="1" cellspacing="0" cellpadding="3">
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Reference amount'"/>
        <xsl:with-param name="value" select="concat(referenceAmount, substring(concat(' ', currency), 1, 4 * boolean(referenceAmount)))"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Guarantee amount'"/>
        <xsl:with-param name="value" select="concat(guaranteeAmount, ' ', currency)"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Valid from'"/>
        <xsl:with-param name="value" select="validityStartDate"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Valid to'"/>
        <xsl:with-param name="value" select="validityEndDate"/>
        <xsl:with-param name="empty" select="'no end date'"/>
      </xsl:call-template>
      <xsl:call-template name="code-row">
        <xsl:with-param name="label" select="'Invalidity reason'"/>
        <xsl:with-param name="code" select="invalidityReasonCode"/>
      </xsl:call-template>
      <xsl:if test="invalidityReasonText">
        <tr>
          <th align="left" bgcolor="{$header}">Invalidity text</th>
          <td><span style="{$red}"><xsl:value-of select="invalidityReasonText"/></span></td>
        </tr>
      </xsl:if>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Not valid for suspended goods'"/>
        <xsl:with-param name="value">
          <xsl:call-template name="yes-no">
            <xsl:with-param name="flag" select="restrictedUseForSuspendedGoods"/>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:if test="ValidityLimitation">
        <tr>
          <th align="left" bgcolor="{$header}">Not valid in</th>
          <td>
            <xsl:for-each select="ValidityLimitation">
              <xsl:if test="position() &gt; 1">, </xsl:if>
              <xsl:value-of select="guaranteeNotValidIn"/>
            </xsl:for-each>
          </td>
        </tr>
      </xsl:if>
    </table>
  </xsl:template>

  <xsl:template match="IndividualGuaranteeByGuarantor">
    <h4>Individual guarantee by a guarantor</h4>
    <table border="1" cellspacing="0" cellpadding="3">
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Guarantee amount'"/>
        <xsl:with-param name="value" select="concat(guaranteeAmount, ' ', currency)"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Office of departure'"/>
        <xsl:with-param name="value" select="CustomsOfficeOfDeparture/referenceNumber"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Office of destination'"/>
        <xsl:with-param name="value" select="CustomsOfficeOfDestination/referenceNumber"/>
      </xsl:call-template>
    </table>
  </xsl:template>

  <xsl:template match="IndividualGuaranteeVoucher">
    <h4>Guarantee voucher</h4>
    <table border="1" cellspacing="0" cellpadding="3">
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Issued'"/>
        <xsl:with-param name="value" select="issueDate"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Expires'"/>
        <xsl:with-param name="value" select="expiryDate"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Voucher amount'"/>
        <xsl:with-param name="value" select="concat(voucherAmount, substring(concat(' ', currency), 1, 4 * boolean(voucherAmount)))"/>
      </xsl:call-template>
    </table>
  </xsl:template>
</xsl:stylesheet>
