<?xml version="1.0" encoding="UTF-8"?>
<!--
  Parts shared by every preview stylesheet. core/messages/preview.py appends these templates to
  the stylesheet of the message type before compiling it (no xsl:include: stylesheets never
  read files). Each type's stylesheet defines the variable $title and a template for its root
  element in mode "content".
  Output: the HTML subset of Qt's QTextBrowser (tables, inline styles, no scripts or CSS files).
  cd:meaning(code, kind) is provided by preview.py; it returns <meaning code en cs/>.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:cd="urn:customsdesk:xslt"
                exclude-result-prefixes="cd">

  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <!-- Colours: the defaults suit a light background; the window passes those of its palette (preview.py). -->
  <xsl:param name="red" select="'color:#b00000'"/>
  <xsl:param name="green" select="'color:#006000'"/>
  <xsl:param name="muted" select="'color:#666666'"/>
  <xsl:param name="header" select="'#eeeeee'"/>
  <xsl:variable name="mask" select="'&#8226;&#8226;&#8226;&#8226;'"/>

  <xsl:template match="/">
    <html>
      <body>
        <h2><xsl:value-of select="$title"/>
          <span style="{$muted}; font-weight:normal"> (<xsl:value-of select="local-name(*)"/>)</span></h2>
        <xsl:if test="*/messageSender or */messageIdentification">
          <xsl:apply-templates select="*" mode="header"/>
        </xsl:if>
        <xsl:apply-templates select="*" mode="content"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="*" mode="header">
    <table border="1" cellspacing="0" cellpadding="4">
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Sender'"/>
        <xsl:with-param name="value" select="messageSender"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Recipient'"/>
        <xsl:with-param name="value" select="messageRecipient"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Prepared'"/>
        <xsl:with-param name="value" select="translate(preparationDateAndTime, 'T', ' ')"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Message id'"/>
        <xsl:with-param name="value" select="messageIdentification"/>
      </xsl:call-template>
      <xsl:call-template name="row">
        <xsl:with-param name="label" select="'Correlation id'"/>
        <xsl:with-param name="value" select="correlationIdentifier"/>
        <xsl:with-param name="empty" select="'—'"/>
      </xsl:call-template>
    </table>
  </xsl:template>

  <!-- A label and a value; nothing when the value is empty unless $empty says what to show. -->
  <xsl:template name="row">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:param name="empty" select="''"/>
    <xsl:if test="string($value) != '' or $empty != ''">
      <tr>
        <th align="left" bgcolor="{$header}"><xsl:value-of select="$label"/></th>
        <td>
          <xsl:choose>
            <xsl:when test="string($value) != ''"><xsl:value-of select="$value"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$empty"/></xsl:otherwise>
          </xsl:choose>
        </td>
      </tr>
    </xsl:if>
  </xsl:template>

  <!-- An access code is never shown, only that one is there. -->
  <xsl:template name="masked-row">
    <xsl:param name="label"/>
    <xsl:param name="present"/>
    <xsl:if test="$present">
      <tr>
        <th align="left" bgcolor="{$header}"><xsl:value-of select="$label"/></th>
        <td><xsl:value-of select="$mask"/></td>
      </tr>
    </xsl:if>
  </xsl:template>

  <!-- An error or reason code in red with its English and Czech meaning. -->
  <xsl:template name="code-meaning">
    <xsl:param name="code"/>
    <xsl:param name="kind" select="''"/>
    <xsl:variable name="meaning" select="cd:meaning(string($code), $kind)"/>
    <span style="{$red}; font-weight:bold"><xsl:value-of select="$code"/></span>
    <xsl:choose>
      <xsl:when test="string($meaning/@en) != ''">
        <span style="{$red}"> — <xsl:value-of select="$meaning/@en"/></span>
        <xsl:if test="string($meaning/@local) != ''">
          <br/><span style="{$red}"><i><xsl:value-of select="$meaning/@local"/></i></span>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise><span style="{$red}"> — unknown code</span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="code-row">
    <xsl:param name="label"/>
    <xsl:param name="code"/>
    <xsl:param name="kind" select="''"/>
    <xsl:if test="string($code) != ''">
      <tr>
        <th align="left" bgcolor="{$header}"><xsl:value-of select="$label"/></th>
        <td>
          <xsl:call-template name="code-meaning">
            <xsl:with-param name="code" select="$code"/>
            <xsl:with-param name="kind" select="$kind"/>
          </xsl:call-template>
        </td>
      </tr>
    </xsl:if>
  </xsl:template>

  <xsl:template name="query-kind">
    <xsl:param name="id"/>
    <xsl:choose>
      <xsl:when test="$id = '1'">usage</xsl:when>
      <xsl:when test="$id = '2'">balance</xsl:when>
      <xsl:when test="$id = '3'">usage and balance</xsl:when>
      <xsl:when test="$id = '4'">other information</xsl:when>
      <xsl:otherwise><xsl:value-of select="$id"/></xsl:otherwise>
    </xsl:choose>
    <xsl:text> (</xsl:text><xsl:value-of select="$id"/><xsl:text>)</xsl:text>
  </xsl:template>

  <xsl:template name="period">
    <xsl:param name="query"/>
    <xsl:if test="$query/periodFromDate or $query/periodToDate">
      <xsl:value-of select="$query/periodFromDate"/> – <xsl:value-of select="$query/periodToDate"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="yes-no">
    <xsl:param name="flag"/>
    <xsl:choose>
      <xsl:when test="$flag = '1'">yes</xsl:when>
      <xsl:when test="$flag = '0'">no</xsl:when>
      <xsl:otherwise><xsl:value-of select="$flag"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A party with identification number, name and address (owner, guarantor, holder). -->
  <xsl:template name="party">
    <xsl:param name="title"/>
    <xsl:param name="party"/>
    <xsl:if test="$party">
      <h4><xsl:value-of select="$title"/></h4>
      <table border="1" cellspacing="0" cellpadding="3">
        <xsl:call-template name="row">
          <xsl:with-param name="label" select="'Identification number'"/>
          <xsl:with-param name="value" select="$party/identificationNumber"/>
        </xsl:call-template>
        <xsl:call-template name="row">
          <xsl:with-param name="label" select="'Name'"/>
          <xsl:with-param name="value" select="$party/name"/>
        </xsl:call-template>
        <xsl:for-each select="$party/Address">
          <xsl:call-template name="row">
            <xsl:with-param name="label" select="'Address'"/>
            <xsl:with-param name="value"
                            select="concat(streetAndNumber, ', ', postcode, substring(' ', 1, string-length(postcode)), city, ', ', country)"/>
          </xsl:call-template>
        </xsl:for-each>
      </table>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
