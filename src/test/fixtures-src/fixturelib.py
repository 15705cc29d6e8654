"""Helpers shared by the fixture generators (make_fixtures.py, make_matrix.py).

Rendering: HTML -> PDF with headless Chromium. Truth: canonical-standard skeletons (contract v1) built
from the same data that rendered the PDF, never by running determina. Page numbers for the truth of
multi-annex documents are read back with poppler's pdftotext.
"""
import html
import json
import os
import subprocess
import tempfile
import unicodedata

CHROMIUM = os.environ.get("CHROMIUM", "chromium")


def esc(s):
    return html.escape(s, quote=False)


def render(html_text, target, tagged=True):
    """tagged=False leaves out Chromium's accessibility structure tree (a third of the size; offices' PDFs rarely have one)."""
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "doc.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html_text)
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        f"--user-data-dir={tmp}/profile", "--no-pdf-header-footer",
                        *([] if tagged else ["--disable-pdf-tagging"]), f"--print-to-pdf={target}", "file://" + src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def page(css, body):
    return f"""<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><style>{css}</style></head>
<body>{body}</body></html>"""


def slug(title):
    """The id slug: accents dropped, lower case, runs of other characters -> '-' (as normalize.Slug)."""
    ascii_ = "".join(c for c in unicodedata.normalize("NFD", title) if not unicodedata.combining(c))
    out = "".join(c if c.isascii() and c.isalnum() else "-" for c in ascii_.lower())
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-") or "untitled"


def standard(kind, region, title, **kw):
    doc = {
        "schemaVersion": "1.0",
        "id": f"{(region or 'unknown').lower()}:{kind}:{slug(title)}",
        "kind": kind, "region": region, "title": title, "eqfLevel": None, "description": None,
        "classification": {"sector": None, "ada": [], "istat": [], "ateco": [], "isced": []},
        "duration": None, "attendance": None, "credits": None, "entryRequirements": [], "units": [],
        "flags": [], "source": None,
    }
    doc.update(kw)
    return doc


def unit(number, kind, title, **kw):
    u = {"number": number, "kind": kind, "title": title, "competenceUnit": None, "minHours": None,
         "distanceMaxHours": None, "credit": None, "expectedResult": None, "knowledge": [], "skills": [],
         "evaluation": None}
    u.update(kw)
    return u


def flag(code, field):
    severity = "warning" if code in ("PERCENT_OUT_OF_RANGE", "MISSING_VALUE", "UNIT_TITLE_MISMATCH",
                                     "UNIT_NUMBERING_GAP") else "error"
    return {"code": code, "severity": severity, "field": field}


def source(file, start, end, annex=None, determination=None):
    return {"file": file, "sha256": None, "pageStart": start, "pageEnd": end, "annex": annex,
            "determination": determination}


def pages_of(pdf):
    """Page texts, read with poppler's pdftotext (not determina), to locate annexes in the truth."""
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True, text=True).stdout
    return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")


def first_page_with(pdf, text, pages=None):
    for i, t in enumerate(pages or pages_of(pdf), 1):
        if text in t:
            return i
    raise ValueError(f"{text!r} not in {pdf}")


def write_json(path, data):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")
