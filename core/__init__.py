"""CustomsDesk domain and services. Imports no Qt."""

APP_NAME = "CustomsDesk"
