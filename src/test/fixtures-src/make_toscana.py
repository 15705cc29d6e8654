#!/usr/bin/env python3
"""Builds the Toscana "figura professionale" fixtures under src/test/resources/families/toscana/ with headless Chromium.

The sheet of Toscana's Repertorio Regionale delle Figure Professionali as the family declared in
determina-core/src/main/resources/families/toscana-figura.yaml reads it: a key/value table for the figure (Denominazione
figura, Codice figura, Settore, Ambito di attività, Livello di complessità / EQF, Descrizione, ISTAT and
ATECO references), then one key/value table per Area di Attività (AdA n. X: Denominazione AdA, its UC with
code, Descrizione della performance, Capacità, Conoscenze). Laid out with the matrix's tooling
(make_matrix.py: ruling styles, orientations, fonts, header repeated or not) over the matrix's
qualifications (matrix_content.py). Beside every PDF the canonical JSON it must give, written from the same
data (never by running determina): the figure's code as classification.repertoryCode (an addition to
contract v1). Not checked against published sheets yet: the family is experimental.

Run: python3 src/test/fixtures-src/make_toscana.py   (needs chromium and poppler-utils; not part of the build)
"""
import concurrent.futures
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fixturelib import esc, page, pages_of, render, source, standard, unit, write_json  # noqa: E402
from make_matrix import FONT_KEYS, LABEL_WIDTHS, PADDINGS, SIZES, doc_css, kv, table, unit_items  # noqa: E402
from matrix_content import QUALIFICATIONS  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "resources", "families", "toscana"))

# The figures: a qualification of the matrix, how many of its units are AdA, the figure's code in the
# repertory, its complexity group, EQF level, how the level row is printed, and whether list items carry bullets.
FIGURES = [
    {"q": "ristorazione", "n": 4, "code": "58", "group": "B", "eqf": 3, "level": "group", "bullets": True},
    {"q": "logistica", "n": 5, "code": "412", "group": "A", "eqf": 4, "level": "group", "bullets": False},
    {"q": "segreteria", "n": 3, "code": "137", "group": "B", "eqf": 3, "level": "eqf", "bullets": True},
    {"q": "verde", "n": 5, "code": "221", "group": "C", "eqf": 2, "level": "group", "bullets": False},
]
AMBITI = ["Produzione di beni e servizi", "Amministrazione, gestione e controllo", "Organizzazione e gestione dei servizi"]
# (style, orientation, header repeated): full grid, horizontal rules only, no rules, landscape, other frames
LAYOUTS = [("grid", "portrait", True), ("grid", "landscape", False), ("hrules", "portrait", False),
           ("hrules", "landscape", True), ("none", "portrait", True), ("none", "landscape", False),
           ("booktabs", "portrait", True), ("frame", "landscape", True), ("vrules", "portrait", False),
           ("zebra", "landscape", True)]


def areas(f):
    q = QUALIFICATIONS[f["q"]]
    out = []
    for i in range(f["n"]):
        verb, noun, result = q["units"][i]
        know, skills = unit_items(q, i + 1)
        out.append({"title": noun, "uc": verb, "code": q["uc_codes"][i], "result": result, "knowledge": know,
                    "skills": skills})
    return out


def items(values, bullets):
    return "<br>".join(("• " if bullets else "") + esc(x) for x in values)


def level(f):
    if f["level"] == "eqf":
        return f"EQF {f['eqf']}"
    return f"Gruppo-livello {f['group']} - EQF {f['eqf']}"


def toscana_html(f, k, style, repeat, label_width):
    q = QUALIFICATIONS[f["q"]]
    cw = [label_width, 100 - label_width]
    rows = [kv("Denominazione figura", esc(q["title"]), "h" if not repeat else ""),
            kv("Codice figura", f["code"]),
            kv("Settore", esc(q["sector"][1])),
            kv("Ambito di attività", AMBITI[k % len(AMBITI)]),
            kv("Livello di complessità / EQF", level(f)),
            kv("Descrizione", esc(q["description"])),
            kv("Referenziazione ISTAT (CP 2011)", "<br>".join(f"{c} - {esc(t)}" for c, t in q["istat"])),
            kv("Referenziazione ATECO 2007", "<br>".join(f"{c} - {esc(t)}" for _, c, t in q["ateco"]))]
    caption = ["<tr class=h><th colspan=2>SCHEDA FIGURA PROFESSIONALE</th></tr>"] if repeat else []
    body = ("" if repeat else "<p class=cap>SCHEDA FIGURA PROFESSIONALE</p>") + table(style, caption, rows, repeat, cw)
    body += "<p class=cap>AREE DI ATTIVITÀ (AdA)</p>"
    for i, a in enumerate(areas(f), 1):
        r = [kv("Denominazione AdA", esc(a["title"]), "h" if not repeat else ""),
             kv("Unità di competenza (UC)", f"UC {a['code']} - {esc(a['uc'])}"),
             kv("Descrizione della performance", esc(a["result"])),
             kv("Capacità", items(a["skills"], f["bullets"])),
             kv("Conoscenze", items(a["knowledge"], f["bullets"]))]
        cap = [f"<tr class=h><th colspan=2>AdA n. {i}</th></tr>"] if repeat else []
        body += ("" if repeat else f"<p class=cap>AdA n. {i}</p>") + table(style, cap, r, repeat, cw)
    return f"""<p class=hdr>REGIONE TOSCANA - Repertorio Regionale delle Figure Professionali</p>
<p class=t>{esc(q['title']).upper()}</p>
{body}"""


def toscana_expected(f):
    q = QUALIFICATIONS[f["q"]]
    out = [unit(i, "competence-unit", a["title"], competenceUnit={"title": a["uc"], "code": a["code"]},
                expectedResult=a["result"], knowledge=a["knowledge"], skills=a["skills"])
           for i, a in enumerate(areas(f), 1)]
    classification = {"sector": {"code": None, "title": q["sector"][1]}, "ada": [],
                      "istat": [{"code": c, "title": t} for c, t in q["istat"]],
                      "ateco": [{"code": c, "title": t} for _, c, t in q["ateco"]], "isced": [],
                      "repertoryCode": f["code"]}
    return standard("professional-profile", "Toscana", q["title"], eqfLevel=f["eqf"], description=q["description"],
                    classification=classification, units=out)


def documents():
    docs = []
    for k, (style, orientation, repeat) in enumerate(LAYOUTS):
        f = FIGURES[k % len(FIGURES)]
        font = FONT_KEYS[k % len(FONT_KEYS)]
        size, padding, label = SIZES[(k * 5) % len(SIZES)], PADDINGS[k % len(PADDINGS)], LABEL_WIDTHS[(k * 3) % len(LABEL_WIDTHS)]
        name = f"toscana_{style}_{orientation}_{'rep' if repeat else 'norep'}_{font}_{f['q']}"
        html = page(doc_css(orientation, font, size, padding), toscana_html(f, k, style, repeat, label))
        docs.append((name, html, f))
    return docs


def build(doc):
    name, html, f = doc
    target = os.path.join(ROOT, name + ".pdf")
    render(html, target, tagged=False)
    expected = toscana_expected(f)
    expected["source"] = source(os.path.basename(target), 1, len(pages_of(target)))
    write_json(os.path.join(ROOT, name + ".expected.json"), [expected])
    return name, len(pages_of(target)), os.path.getsize(target)


def main(argv):
    docs = [d for d in documents() if not argv or any(d[0].startswith(a) for a in argv)]
    with concurrent.futures.ThreadPoolExecutor(max_workers=int(os.environ.get("JOBS", "2"))) as pool:
        for name, pages, size in pool.map(build, docs):
            print(f"{name}: {pages} pages, {size // 1024} KB")


if __name__ == "__main__":
    main(sys.argv[1:])
