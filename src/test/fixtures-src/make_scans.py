#!/usr/bin/env python3
"""Builds scanned Lazio standards under src/test/resources/scans/ with headless Chromium.

Each document is one page of a Lazio "standard minimo di percorso formativo" (title, EQF level, the
unit table of section 4 with its total row, the internship section), drawn as a picture the way a
scanner gives it: at a resolution of its own, tilted by a fraction of a degree, with grey or black
rules, speckle and JPEG blur as the variant asks. The picture is a Chromium screenshot of the page at
the device scale that gives the resolution; the PDF is Chromium's print of that picture alone, so it has
no text layer. Beside every PDF the canonical JSON it must give, written from the same data (never by
running determina); flags are empty because the data is consistent.

Run: python3 src/test/fixtures-src/make_scans.py   (needs chromium; not part of the build)
"""
import os
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fixturelib import CHROMIUM, esc, page, render, source, standard, unit, write_json  # noqa: E402
from make_matrix import unit_items  # noqa: E402
from matrix_content import CREDITS, QUALIFICATIONS  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "resources", "scans"))

# A4 in CSS pixels (96 per inch): the screenshot's viewport; the device scale gives the resolution.
A4_CSS = (794, 1123)

# name: what the scan exercises. rule: CSS border of the table; shade: header background or None;
# speckle: dark dots strewn over the page; image: the picture's format inside the PDF.
SCANS = [
    {"name": "lazio_scan_150dpi_tilt-0.6_grey-rules", "q": "segreteria", "eqf": 3, "units": [16, 24, 30],
     "fad": [0, 8, 10], "intern": (20, 30), "dpi": 150, "tilt": -0.6, "rule": "0.6pt solid #8c8c8c", "shade": None,
     "font": "'Liberation Serif'", "size": 10, "speckle": 0, "image": "png", "seed": 11},
    {"name": "lazio_scan_300dpi_tilt+0.9_speckle-jpeg", "q": "ristorazione", "eqf": 3, "units": [20, 36, 12],
     "fad": [4, 0, 6], "intern": (30, 40), "dpi": 300, "tilt": 0.9, "rule": "0.8pt solid #000", "shade": "#e0e0e0",
     "font": "'DejaVu Sans'", "size": 9, "speckle": 900, "image": "jpeg", "seed": 12},
    {"name": "lazio_scan_200dpi_tilt+1.4_grey-shaded-header", "q": "logistica", "eqf": 4, "units": [48, 30, 24, 16],
     "fad": [10, 0, 6, 4], "intern": (40, 35), "dpi": 200, "tilt": 1.4, "rule": "0.5pt solid #777", "shade": "#cfcfcf",
     "font": "'Liberation Sans'", "size": 10, "speckle": 300, "image": "png", "seed": 13},
]


def units_of(s):
    q = QUALIFICATIONS[s["q"]]
    out = []
    for i, hours in enumerate(s["units"]):
        know, skills = unit_items(q, i, n_knowledge=2, n_skills=0 if i == 0 else 2)
        credit = CREDITS[(i + s["seed"]) % len(CREDITS)]
        out.append({"number": i + 1, "title": q["units"][i][0], "hours": hours, "fad": s["fad"][i], "credit": credit,
                    "knowledge": know, "skills": skills})
    return out


def body_html(s):
    q = QUALIFICATIONS[s["q"]]
    units = units_of(s)
    rows = []
    for u in units:
        content = "Conoscenze<br>" + "<br>".join("- " + esc(k) for k in u["knowledge"])
        if u["skills"]:
            content += "<br>Abilità<br>" + "<br>".join("- " + esc(x) for x in u["skills"])
        fad = "0" if u["fad"] == 0 else f"Max {u['fad']}"
        rows.append(f"<tr><td>{u['number']}.</td><td>{content}</td><td>{esc(u['title'])}</td><td class=c>{u['hours']}</td>"
                    f"<td class=c>{fad}</td><td>{esc(u['credit'][0])}</td></tr>")
    total, fad_total = sum(s["units"]), sum(s["fad"])
    rows.append(f"<tr><td colspan=3>DURATA MINIMA TOTALE</td><td class=c>{total}</td><td class=c>Max {fad_total}</td><td></td></tr>")
    imin, imax = s["intern"]
    return f"""<div class=pg><div class=in>
<p class=hdr>REGIONE LAZIO</p>
<p class=t>STANDARD MINIMO DI PERCORSO FORMATIVO</p>
<p class=t>QUALIFICAZIONE DI {esc(q['title'].upper())}</p>
<p><b>2. LIVELLO EQF DELLA QUALIFICAZIONE IN USCITA: {s['eqf']}</b></p>
<p><b>4. ARTICOLAZIONE, PROPEDEUTICITÀ E DURATE MINIME:</b></p>
<table><colgroup><col style='width:5%'><col style='width:35%'><col style='width:18%'><col style='width:9%'>
<col style='width:9%'><col style='width:24%'></colgroup>
<tr class=h><th>N.</th><th>Articolazione dell'Unità di competenza/ Contenuti</th><th>Unità di Risultati di apprendimento</th>
<th>Durata minima</th><th>di cui in FaD</th><th>Crediti formativi</th></tr>
{''.join(rows)}</table>
<p><b>5. TIROCINIO CURRICULARE:</b></p>
<p>Durata minima: {imin} ore;</p><p>Durata massima: il {imax}% sul totale del percorso.</p>
</div>{speckle(s)}</div>"""


def speckle(s):
    """Dark dots strewn over the page, as dust and toner leave them on a scan (fixed by the seed)."""
    rnd = random.Random(s["seed"])
    dots = []
    for _ in range(s["speckle"]):
        x, y = rnd.uniform(0, A4_CSS[0]), rnd.uniform(0, A4_CSS[1])
        d, g = rnd.choice([0.6, 0.8, 1.0, 1.4]), rnd.randint(40, 160)
        dots.append(f"<i style='left:{x:.1f}px;top:{y:.1f}px;width:{d}px;height:{d}px;background:rgb({g},{g},{g})'></i>")
    return "".join(dots)


def css(s):
    shade = f"background:{s['shade']};" if s["shade"] else ""
    return f"""html, body {{ margin: 0; background: #fff; }}
.pg {{ position: relative; width: {A4_CSS[0]}px; height: {A4_CSS[1]}px; overflow: hidden; transform: rotate({s['tilt']}deg); }}
.in {{ padding: 60px 57px; font-family: {s['font']}, serif; font-size: {s['size']}pt; }}
p {{ margin: 3pt 0; }} .hdr {{ text-align: center; font-size: 8pt; }}
.t {{ text-align: center; font-weight: bold; font-size: {s['size'] + 1.5}pt; }}
table {{ border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; }}
td, th {{ border: {s['rule']}; padding: 2pt 4pt; vertical-align: top; text-align: left; }}
th {{ font-weight: bold; text-align: center; {shade} }} .c {{ text-align: center; }}
i {{ position: absolute; border-radius: 50%; }}
* {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}"""


def screenshot(html_text, target, dpi):
    """The page drawn as a picture at dpi: a screenshot of an A4 viewport at the matching device scale."""
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "page.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html_text)
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        f"--user-data-dir={tmp}/profile", f"--window-size={A4_CSS[0]},{A4_CSS[1]}",
                        f"--force-device-scale-factor={dpi / 96}", f"--screenshot={target}", "file://" + src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def expected(s, pdf):
    q = QUALIFICATIONS[s["q"]]
    units = [unit(u["number"], "learning-outcome-unit", u["title"], minHours=u["hours"], distanceMaxHours=u["fad"],
                  credit={"recognition": u["credit"][1], "priorValue": u["credit"][2], "text": u["credit"][0]},
                  knowledge=u["knowledge"], skills=u["skills"]) for u in units_of(s)]
    imin, imax = s["intern"]
    # the catalogue's rules: nothing may fire (FLAGS.md)
    assert all(f <= h for f, h in zip(s["fad"], s["units"])), s["name"]
    assert imin <= imax / 100 * (sum(s["units"]) + imin), s["name"]
    title = q["title"][0].upper() + q["title"][1:].lower()
    doc = standard("training-standard", "Lazio", title, eqfLevel=s["eqf"],
                   duration={"totalHours": sum(s["units"]), "classroomHours": None, "labHours": None,
                             "keyCompetenceHours": None,
                             "internship": {"minHours": imin, "maxHours": None, "maxPercentOfTotal": imax, "withLabMinHours": None},
                             "distanceLearning": {"maxHours": sum(s["fad"]), "syncMaxPercentOfClassroom": None,
                                                  "asyncMaxPercentOfClassroom": None},
                             "additionalUnitsMaxPercent": None, "years": []},
                   units=units)
    doc["source"] = source(os.path.basename(pdf), 1, 1)
    return [doc]


def build(s):
    os.makedirs(ROOT, exist_ok=True)
    target = os.path.join(ROOT, s["name"] + ".pdf")
    with tempfile.TemporaryDirectory() as tmp:
        picture = os.path.join(tmp, "scan." + s["image"])
        screenshot(page(css(s), body_html(s)), picture, s["dpi"])
        wrapper = ("<style>@page { size: A4; margin: 0; } html, body { margin: 0; height: 297mm; overflow: hidden; }"
                   "img { display: block; width: 210mm; height: 297mm; }</style>"
                   f"<img src='file://{picture}'>")
        render(page("", wrapper), target, tagged=False)
    write_json(os.path.join(ROOT, s["name"] + ".expected.json"), expected(s, target))
    print(f"{s['name']}: {os.path.getsize(target) // 1024} KB")


def main(argv):
    for s in SCANS:
        if not argv or any(s["name"].startswith(a) for a in argv):
            build(s)


if __name__ == "__main__":
    main(sys.argv[1:])
