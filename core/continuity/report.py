"""Reports on paper and in a spreadsheet: a CSV of one record (UTF-8 with BOM, so spreadsheets read the accents)
and a one-page PDF of label and value rows, made with fpdf2 (no Qt)."""
from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Sequence

# what the PDF's built-in font (Latin-1) cannot print, written as near as it can be
_NEAR = {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "œ": "oe", "Œ": "OE", "—": "-", "–": "-", "‘": "'",
         "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "…": "...", "€": "EUR", "▸": ">", "→": "->", "•": "*"}


def csv_bytes(header: Sequence[str], rows: Sequence[Sequence[object]]) -> bytes:
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if value is None else value for value in row])
    return text.getvalue().encode("utf-8-sig")


def printable(text: str) -> str:
    """``text`` in the PDF font's characters: 'Ústí' stays, 'Łódź' becomes 'Lodz', 'Přerov' becomes 'Prerov'."""
    out = []
    for char in text:
        if char in _NEAR:
            out.append(_NEAR[char])
            continue
        try:
            char.encode("latin-1")
            out.append(char)
            continue
        except UnicodeEncodeError:
            pass
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        try:
            base.encode("latin-1")
            out.append(base or "?")
        except UnicodeEncodeError:
            out.append("?")
    return "".join(out)


def pdf_bytes(title: str, rows: Sequence[tuple[str, str]], footer: str) -> bytes:
    """A one-page (or longer, with long notes) A4 document: the title, then each label with its value."""
    from fpdf import FPDF  # here: every command builds the services, few print a report

    pdf = FPDF(format="A4")
    pdf.set_title(printable(title))
    pdf.set_author("CustomsDesk")
    pdf.set_creator("CustomsDesk")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, printable(title), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for label, value in rows:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(62, 6, printable(label))
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 6, printable(value or "-"), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "I", 8)
    pdf.multi_cell(0, 5, printable(footer), align="L", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
