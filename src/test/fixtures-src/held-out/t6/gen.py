#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""tester6: render 12 test determinations (HTML -> Chromium PDF) and write their canonical truth.

usage: python3 gen.py [NAME_PREFIX...]      (default: all; writes ./NAME.pdf, ./NAME.expected.json,
                                             ./control/NAME.pdf + truth for the full-grid controls,
                                             ./html/NAME.html)
Truth is computed from the same data the HTML is built from (content_lazio.py, content_other.py);
flags by the catalogue rules as ../shared/samples/FLAGS.md reads them.
"""
import copy
import html
import json
import os
import re
import subprocess
import sys
import unicodedata

import content_lazio as CL
import content_other as CO

HERE = os.path.dirname(os.path.abspath(__file__))
E = html.escape


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def comparable(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", s)


# ------------------------------------------------------------------------------------------ CSS helpers
def rules_css(rules, sel="table.t"):
    b = "0.6pt solid #000"
    if rules == "grid":
        return f"{sel}{{border-collapse:collapse}} {sel} td, {sel} th{{border:{b}}}"
    if rules == "rows":
        return (f"{sel}{{border-collapse:collapse}} {sel} td, {sel} th{{border-top:{b};border-bottom:{b}}}")
    if rules == "box":
        return f"{sel}{{border-collapse:collapse;border:0.9pt solid #000}}"
    if rules == "head":   # header between rules, body unruled
        return (f"{sel}{{border-collapse:collapse}} {sel} thead tr:first-child th{{border-top:{b}}} "
                f"{sel} thead tr:last-child th{{border-bottom:{b}}} {sel} thead th[rowspan]{{border-bottom:{b}}}")
    return f"{sel}{{border-collapse:collapse}}"


def page_css(orient, margin="18mm 15mm 18mm 15mm", top=None, bottom=None, topleft=None, bottomleft=None,
             font="sans-serif", size="8pt"):
    boxes = ""
    for where, content in (("top-center", top), ("bottom-right", bottom), ("top-left", topleft),
                           ("bottom-left", bottomleft)):
        if content:
            boxes += f"@{where}{{content:{content};font:{size} {font}}}"
    return f"@page{{size:A4 {orient};margin:{margin};{boxes}}}"


def chromium(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--no-pdf-header-footer", "--disable-gpu",
                    "--print-to-pdf=" + pdf_path, html_path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pages(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


# ------------------------------------------------------------------------------------------ Lazio
LAZIO_HEADER = "REGIONE LAZIO - Direzione Regionale Istruzione, Formazione e Politiche per l'Occupazione"


def items_html(label, items):
    if not items:
        return ""
    out = f'<div class="lab">{E(label)}</div>'
    for it in items:
        out += f'<div class="it">- {E(it)}</div>'
    return out


def lazio_unit_table(d, L):
    marks = L.get("marks", {})
    header, order = L.get("header", "plain"), L.get("order", "std")

    def mk(n, col, txt):
        m = marks.get((n, col))
        if not m:
            return E(txt)
        if m.startswith("<"):
            return E(txt) + m      # raw html mark, e.g. <sup>1</sup>
        return E(txt + m)

    if order == "std":
        widths = L.get("widths", [5, 37, 17, 8, 8, 25])
    else:
        widths = L.get("widths", [22, 38, 8, 8, 24])
    cols = "".join(f'<col style="width:{w}%">' for w in widths)
    th_num = L.get("numhead", "N.")
    contents = "Articolazione dell'Unità di competenza/ Contenuti"
    ura = "Unità di Risultati di apprendimento"
    cred = "Crediti formativi"
    rows = []
    if header == "plain":
        h = [th_num, contents, ura, "Durata minima", "di cui in FaD", cred] if order == "std" else \
            [L.get("firsthead", "N. e denominazione dell'Unità di Risultati di apprendimento"), "Contenuti",
             "Durata minima (ore)", "di cui in FaD (ore)", cred]
        rows.append("<tr>" + "".join(f"<th>{E(x)}</th>" for x in h) + "</tr>")
    elif header == "span2":
        first = [th_num, contents, ura] if order == "std" else [L.get("firsthead"), "Contenuti"]
        r1 = "".join(f'<th rowspan="2">{E(x)}</th>' for x in first)
        r1 += '<th colspan="2">Durata (ore)</th>' + f'<th rowspan="2">{E(cred)}</th>'
        rows.append(f"<tr>{r1}</tr>")
        rows.append("<tr><th>minima</th><th>di cui FaD</th></tr>")
    elif header == "stagger3":
        r1 = (f'<th rowspan="3" style="vertical-align:bottom">{E(th_num)}</th>'
              f'<th rowspan="3" style="vertical-align:middle">{E(contents)}</th>'
              f'<th rowspan="3" style="vertical-align:top">{E(ura)}</th>'
              '<th colspan="2">Durata</th>'
              f'<th rowspan="3" style="vertical-align:bottom">{E(cred)}</th>')
        rows.append(f"<tr>{r1}</tr>")
        rows.append('<tr><th>minima</th><th>di cui in</th></tr>')
        rows.append('<tr><th>(ore)</th><th>FaD (ore)</th></tr>')
    elif header == "wide":
        # one-line labels wider than their narrow columns, centred over them and spilling into the
        # neighbours' blank space; the two figure labels sit on different lines so their ink never meets
        r = (f'<th style="text-align:left;vertical-align:top">{E(th_num)}</th>'
             f'<th style="text-align:left;vertical-align:top">{E(contents)}</th>'
             '<th style="text-align:left;vertical-align:top">Unità di<br>Risultati di<br>apprendimento</th>')
        sp = ('<th style="height:3.6em;vertical-align:top;padding:0"><div style="position:relative;height:3.6em">'
              '<span style="position:absolute;left:50%;top:{top};transform:translateX(-50%);white-space:nowrap">'
              '{t}</span></div></th>')
        r += sp.format(top="0.1em", t="Durata minima (ore)") + sp.format(top="1.9em", t="di cui in FaD (ore)")
        r += f'<th style="text-align:right;vertical-align:bottom">{E(cred)}</th>'
        rows.append(f"<tr>{r}</tr>")
    thead = "".join(rows)
    body = []
    for u in d["units"]:
        cont = items_html("Conoscenze", u["k"]) + items_html("Abilità", u["s"])
        num = L.get("numfmt", "{n}.").format(n=u["n"])
        if order == "std":
            cells = [f'<td>{E(num)}</td>', f"<td>{cont}</td>", f"<td>{E(u['title'])}</td>",
                     f'<td class="n">{mk(u["n"], "h", u["h"])}</td>', f'<td class="n">{mk(u["n"], "f", u["f"])}</td>',
                     f"<td>{E(u['c'])}</td>"]
        else:
            cells = [f"<td>{E(num)} {E(u['title'])}</td>", f"<td>{cont}</td>",
                     f'<td class="n">{mk(u["n"], "h", u["h"])}</td>', f'<td class="n">{mk(u["n"], "f", u["f"])}</td>',
                     f"<td>{E(u['c'])}</td>"]
        body.append("<tr>" + "".join(cells) + "</tr>")
    span = 3 if order == "std" else 2
    tl = L.get("total_label", "DURATA MINIMA TOTALE")
    body.append(f'<tr class="tot"><td colspan="{span}"><b>{E(tl)}</b></td>'
                f'<td class="n"><b>{mk(0, "h", d["total"])}</b></td><td class="n"><b>{mk(0, "f", d["ftotal"])}</b></td>'
                f'<td></td></tr>')
    tag = "thead" if L.get("repeat", True) else "tbody"
    return (f'<table class="t ut"><colgroup>{cols}</colgroup><{tag}>{thead}</{tag}>'
            f'<tbody>{"".join(body)}</tbody></table>')


def lazio_html(d, L):
    font, size, orient = L["font"], L["size"], L.get("orient", "portrait")
    notes = L.get("notes", [])
    pct = L.get("pctmarks", {})
    css = page_css(orient, top='"%s"' % LAZIO_HEADER, bottom='"Pag. " counter(page) " di " counter(pages)',
                   font=f"'{font}'", size="8pt")
    css += f"""
body{{font-family:'{font}';font-size:{size}pt;line-height:1.2}}
h1{{font-size:{size + 2}pt;text-align:center;margin:0 0 2pt 0}} h2{{font-size:{size + 1}pt;text-align:center;margin:0 0 12pt 0}}
.sec{{font-weight:bold;margin:10pt 0 4pt 0}}
table.t{{width:100%;table-layout:fixed}} table.t td, table.t th{{padding:2pt 3pt;vertical-align:top;text-align:left;
  font-size:{size}pt;overflow:visible}}
table.t th{{font-weight:bold;text-align:center;vertical-align:middle}}
td.n{{text-align:center}} th.nw{{white-space:nowrap}}
.lab{{margin-top:1pt}} .it{{padding-left:1.1em;text-indent:-0.7em}}
.bul{{padding-left:2.4em;text-indent:-0.8em;margin:1pt 0}}
.note{{font-size:{max(size - 1.5, 7)}pt;margin:2pt 0}}
tr{{break-inside:auto}}
{rules_css(L['rules'])}
"""
    uctab = '<table class="t"><colgroup><col style="width:50%"><col style="width:50%"></colgroup>' \
            "<thead><tr><th>Unità di Competenza</th><th>Unità di Risultati di Apprendimento</th></tr></thead><tbody>"
    for u in d["units"]:
        uctab += f"<tr><td>{E(u['uc'] or '--')}</td><td>{E(u['t1'] or u['title'])}</td></tr>"
    uctab += "</tbody></table>"
    entry = ""
    for head, its in CL.ENTRY_STD:
        if head:
            entry += f"<div>{E(head)}</div>"
        entry += "".join(f'<div class="bul">- {E(x)}</div>' for x in its)
    p = lambda k: pct.get(k, "")  # noqa: E731
    notes_html = "".join(f'<div class="note">{n}</div>' for n in notes)
    body = f"""
<h1>STANDARD MINIMO DI PERCORSO FORMATIVO</h1>
<h2>QUALIFICAZIONE DI {E(d['title'].upper())}</h2>
<div class="sec">1. RAPPORTO FRA UNITÀ DI COMPETENZA E UNITÀ DI RISULTATI DI APPRENDIMENTO:</div>
{uctab}
<div class="sec">2. LIVELLO EQF DELLA QUALIFICAZIONE IN USCITA: {d['eqf']}</div>
<div class="sec">3. REQUISITI OBBLIGATORI DI ACCESSO AL PERCORSO:</div>
{entry}
<div class="sec">4. ARTICOLAZIONE, PROPEDEUTICITÀ E DURATE MINIME:</div>
{lazio_unit_table(d, L)}
{notes_html}
<p>NOTA:<br>{E(d['order_note'])}</p>
<div class="sec">5. TIROCINIO CURRICULARE:</div>
<div>Durata minima: {d['intern_min']} ore;<br>Durata massima: il {d['intern_pct']}%{p('intern')} sul totale del percorso.</div>
<div class="sec">6. UNITA' DI RISULTATI DI APPRENDIMENTO AGGIUNTIVE:</div>
<div>A scopo di miglioramento/curvatura della progettazione didattica, nel limite massimo del {d['add_pct']}%{p('add')} delle ore
totali di formazione, al netto del tirocinio curriculare.</div>
<div class="sec">7. METODOLOGIA DIDATTICA:</div>
<div>Le Unità di risultati di apprendimento vanno realizzate attraverso attività di formazione d'aula specifica e
metodologia attiva, utilizzando laboratori pratici adeguatamente attrezzati.</div>
<div class="sec">8. VALUTAZIONE DIDATTICA DEGLI APPRENDIMENTI:</div>
<div>Obbligo di tracciabile valutazione didattica degli apprendimenti, per singola Unità di risultati di apprendimento.</div>
<div class="sec">9. GESTIONE DEI CREDITI FORMATIVI:</div>
<div class="bul">- Credito di ammissione: --.</div>
<div class="bul">- Crediti di frequenza: la percentuale massima riconoscibile è il {d['cred_att']}%{p('cred')} sulla durata di ore d'aula
o laboratorio; il {d['cred_int']}% sul tirocinio curriculare, al netto degli eventuali crediti con valore a priori.</div>
<div class="sec">10. REQUISITI PROFESSIONALI E STRUMENTALI:</div>
<div>Qualificazione dei formatori, di cui almeno il 50% esperti provenienti dal mondo del lavoro, in possesso di una
specifica e documentata esperienza professionale o di insegnamento, almeno triennale, nel settore di riferimento.</div>
<div class="sec">11. ATTESTAZIONE IN ESITO RILASCIATA DAL SOGGETTO ATTUATORE:</div>
<div>Documento di formalizzazione degli apprendimenti, con indicazione del numero di ore di effettiva frequenza.
Condizioni di ammissione all'esame finale: frequenza di almeno l'{d['att']}% delle ore complessive del percorso formativo.
È consentita l'ammissione all'esame finale, anche a fronte della frequenza di almeno il {d['att2']}% delle ore
complessive del percorso formativo, previo parere favorevole - documentato - del collegio dei docenti/formatori.</div>
{''.join(f'<div class="note">{n}</div>' for n in L.get('textnotes', []))}
<div class="sec">12. ATTESTAZIONE IN ESITO AD ESAME PUBBLICO:</div>
<div>Certificato di qualificazione professionale, rilasciato ai sensi del D.lgs. 13/2013.</div>
"""
    return f'<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><style>{css}</style></head><body>{body}</body></html>'


def base_std(region, kind, title, eqf, file, npages):
    return {
        "schemaVersion": "1.0",
        "id": f"{slug(region) if region else 'unknown'}:{kind}:{slug(title)}",
        "kind": kind, "region": region, "title": title, "eqfLevel": eqf, "description": None,
        "classification": {"sector": None, "ada": [], "istat": [], "ateco": [], "isced": []},
        "duration": None, "attendance": None, "credits": None, "entryRequirements": [], "units": [],
        "flags": [],
        "source": {"file": file, "sha256": None, "pageStart": 1, "pageEnd": npages, "annex": None,
                   "determination": None},
    }


def flag(code, field, message, expected=None, actual=None, page=1):
    sev = "warning" if code in ("PERCENT_OUT_OF_RANGE", "MISSING_VALUE", "UNIT_TITLE_MISMATCH",
                                "UNIT_NUMBERING_GAP") else "error"
    return {"code": code, "severity": sev, "field": field, "message": message, "expected": expected,
            "actual": actual, "page": page}


def credit_of(text):
    t = text.lower()
    if "valore a priori" in t and "credit" in t:
        return {"recognition": "allowed-with-prior-value", "priorValue": True, "text": text}
    if t.startswith("non ammess"):
        return {"recognition": "not-allowed", "priorValue": False, "text": text}
    return {"recognition": "allowed", "priorValue": False, "text": text}


def lazio_truth(d, file, npages):
    s = base_std("Lazio", "training-standard", d["title"], d["eqf"], file, npages)
    s["duration"] = {
        "totalHours": d["totalv"], "classroomHours": None, "labHours": None, "keyCompetenceHours": None,
        "internship": {"minHours": d["intern_min"], "maxHours": None, "maxPercentOfTotal": d["intern_pct"],
                       "withLabMinHours": None},
        "distanceLearning": {"maxHours": d["ftotalv"], "syncMaxPercentOfClassroom": None,
                             "asyncMaxPercentOfClassroom": None},
        "additionalUnitsMaxPercent": d["add_pct"], "years": []}
    s["attendance"] = {"minPercent": d["att"], "minPercentWithApproval": d["att2"], "maxAbsencePercent": None}
    s["credits"] = {"attendanceMaxPercent": d["cred_att"], "internshipMaxPercent": d["cred_int"]}
    s["entryRequirements"] = [x for _, its in CL.ENTRY_STD for x in its]
    for u in d["units"]:
        s["units"].append({
            "number": u["n"], "kind": "learning-outcome-unit", "title": u["title"],
            "competenceUnit": {"title": u["uc"], "code": None} if u["uc"] else None,
            "minHours": u["hv"], "distanceMaxHours": u["fv"], "credit": credit_of(u["c"]),
            "expectedResult": None, "knowledge": list(u["k"]), "skills": list(u["s"]), "evaluation": None})
    # ---- flags by the catalogue (FLAGS.md reading)
    F = s["flags"]
    units = d["units"]
    hs = [u["hv"] for u in units]
    fs = [u["fv"] for u in units]
    for i, u in enumerate(units):
        if u["hv"] is None:
            F.append(flag("MISSING_VALUE", f"/units/{i}/minHours", f"the cell for /units/{i}/minHours is empty"))
        if u["fv"] is None:
            F.append(flag("MISSING_VALUE", f"/units/{i}/distanceMaxHours", "empty FaD cell"))
    if None not in hs and d["totalv"] is not None and sum(hs) != d["totalv"]:
        F.append(flag("UNIT_HOURS_SUM_MISMATCH", "/duration/totalHours",
                      f"units add up to {sum(hs)} h but the declared total is {d['totalv']} h", d["totalv"], sum(hs)))
    if None not in fs and d["ftotalv"] is not None and sum(fs) != d["ftotalv"]:
        F.append(flag("DISTANCE_HOURS_SUM_MISMATCH", "/duration/distanceLearning/maxHours",
                      f"units' FaD add up to {sum(fs)} h but the declared FaD total is {d['ftotalv']} h",
                      d["ftotalv"], sum(fs)))
    for i, u in enumerate(units):
        if u["hv"] is not None and u["fv"] is not None and u["fv"] > u["hv"]:
            F.append(flag("UNIT_DISTANCE_EXCEEDS_HOURS", f"/units/{i}/distanceMaxHours",
                          f"FaD {u['fv']} h exceeds the unit's {u['hv']} h", u["hv"], u["fv"]))
    whole = d["totalv"] + d["intern_min"]
    if d["intern_min"] > d["intern_pct"] / 100 * whole:
        F.append(flag("INTERNSHIP_OVER_LIMIT", "/duration/internship/minHours",
                      f"internship {d['intern_min']} h is above {d['intern_pct']}% of {whole} h",
                      d["intern_pct"] / 100 * whole, d["intern_min"]))
    for i, u in enumerate(units):
        if u["t1"] and comparable(u["t1"]) != comparable(u["title"]):
            F.append(flag("UNIT_TITLE_MISMATCH", f"/units/{i}/title",
                          f"section 1 names unit {u['n']} '{u['t1']}', section 4 '{u['title']}'", u["title"], u["t1"]))
    if [u["n"] for u in units] != list(range(1, len(units) + 1)):
        F.append(flag("UNIT_NUMBERING_GAP", "/units", "unit numbers are not 1..n"))
    return s


# ------------------------------------------------------------------------------------------ Campania
def campania_rows(d, eqf5):
    """(label, value-html) rows of the main sheet, in the sample's order."""
    ada = " ".join(f"{c} - {t}" for c, t in d["ada"])
    ateco = " ".join(f"{l}.{c} - {t}" for l, c, t in d["ateco"])
    istat = " ".join(f"{c} - {t}" for c, t in d["istat"])
    R = []
    if eqf5:
        R += [("Denominazione Qualificazione", d["title"]), ("Denominazione Standard Formativo", d["title"]),
              ("Durata percorso Formativo", f"{d['anni']} anni"), ("Livello EQF", str(d["eqf"]))]
    else:
        R += [("Denominazione Standard Formativo", d["title"]), ("Livello EQF", str(d["eqf"]))]
    R += [("Settore Economico Professionale", f"SEP {d['sep'][0]} - {d['sep'][1]}"), ("Area di Attività", ada),
          ("Processo", d["processo"]), ("Sequenza di processo", d["sequenza"]),
          ("Qualificazione regionale di riferimento", d["title"]), ("Descrizione qualificazione", d["descr"]),
          ("Referenziazione ATECO 2007", ateco), ("Referenziazione ISTAT CP2011", istat),
          ("Codice ISCED-F 2013", f"{d['isced'][0]} {d['isced'][1]}")]
    if eqf5:
        R += [("Ulteriori indicazioni per l'e-learning", "Secondo quanto previsto dalle disposizioni regionali in materia."),
              ("Durata minima complessiva del percorso (ore)", d["total"]),
              ("Durata minima di aula (ore)", d["aula"]), ("Durata minima laboratorio (ore)", d["lab"]),
              ("Durata delle attività formative rivolte alle KC (ore)", d["kc"]),
              ("Percentuale durata massima e-learning sincrona in rapporto alla durata d'aula", d["sync"]),
              ("Percentuale durata massima e-learning asincrona in rapporto alla durata d'aula", d["asyn"]),
              ("Durata minima tirocinio curriculare ore", d["tir"]),
              ("Durata minima tirocinio curriculare + Laboratorio (ore)", d["tirlab"])]
    else:
        R += [("Durata minima complessiva del percorso (ore)", d["total"])]
    R += [("Requisiti minimi di ingresso dei partecipanti", d["ingresso"]),
          ("Requisiti minimi didattici comuni a tutte le UF/Moduli",
           "Formazione d'aula specifica e formazione tecnica mediante attività pratiche/ laboratoriali"),
          ("Requisiti minimi di risorse professionali", CO.RISORSE_PROF),
          ("Requisiti minimi di risorse strumentali", CO.RISORSE_STRUM),
          ("Requisiti minimi di valutazione degli apprendimenti", CO.VALUT.replace("%s", d["title"]))]
    if eqf5:
        R += [("Percentuale Assenza massima consentita", d["absence"]),
              ("Percentuale Termine ultimo di inserimento (TUI)", d["tui"]),
              ("Attestazione in esito", "Certificazione di qualifica professionale"),
              ("Grado minimo d'istruzione previsto", d["grado"]), ("Età minima prevista in ingresso", d["eta"])]
    R += [("Gestione dei crediti formativi", CO.CREDITI), ("Eventuali ulteriori indicazioni", "")]
    return [(l, E(v)) for l, v in R]


def campania_uf_rows(u, d, eqf5):
    sk = "<br>".join(f"{i}. {E(x)}" for i, x in enumerate(u["s"], 1))
    kn = "<br>".join(f"{i}. {E(x)}" for i, x in enumerate(u["k"], 1))
    R = [("Denominazione unità formativa", E(u["title"])), ("Livello EQF", str(d["eqf"])),
         ("Denominazione unità di competenza", E(f"{u['uc']} ({u['code']})"))]
    if eqf5:
        R += [("Descrizione della performance da osservare", E(u["result"])), ("Descrizione breve", "")]
    else:
        R += [("Risultato atteso", E(u["result"]))]
    R += [("Abilità", sk), ("Conoscenze", kn)]
    if eqf5:
        R += [("Durata minima di aula (ore)", E(u["h"])), ("Durata minima tirocinio curriculare (ore)", "25"),
              ("Note (eventuali)", "")]
    else:
        R += [("Vincoli (eventuali)", "")]
    return R


def campania_html(d, L):
    eqf5 = d["eqf"] >= 5
    font, size, orient = L["font"], L["size"], L.get("orient", "portrait")
    lw = L.get("labelw", 32)
    valign = L.get("valign", "top")
    right = L.get("labelright", False)
    css = page_css(orient, bottom='"Pag. " counter(page) " di " counter(pages)', font=f"'{font}'", size="8pt")
    css += f"""
body{{font-family:'{font}';font-size:{size}pt;line-height:1.2}}
.rep{{text-align:center;font-weight:bold;font-size:{size + 1}pt;margin-bottom:8pt}}
table.t{{width:100%;table-layout:fixed;margin-bottom:10pt}} table.t td, table.t th{{padding:2pt 4pt;
  vertical-align:{valign};text-align:left;font-size:{size}pt}}
table.t td.l{{font-weight:normal}} caption{{text-align:left;font-weight:bold;padding:2pt 0}}
th.h{{text-align:left}}
.note{{font-size:{max(size - 1.5, 7)}pt;margin:2pt 0}}
{rules_css(L['rules'])}
"""

    def kv(rows):
        out = ""
        for l, v in rows:
            if right:
                out += f'<tr><td class="v">{v}</td><td class="l">{E(l)}</td></tr>'
            else:
                out += f'<tr><td class="l">{E(l)}</td><td class="v">{v}</td></tr>'
        return out

    cg = (f'<colgroup><col style="width:{100 - lw}%"><col style="width:{lw}%"></colgroup>' if right else
          f'<colgroup><col style="width:{lw}%"><col style="width:{100 - lw}%"></colgroup>')
    cap = "STANDARD FORMATIVO"
    capt = (f'<thead><tr><th colspan="2" class="h">{cap}</th></tr></thead>' if L.get("repeatcap", True)
            else f'<caption>{cap}</caption>')
    main = f'<table class="t">{cg}{capt}<tbody>{kv(campania_rows(d, eqf5))}'
    elenco = "<br>".join(f"{u['n']} - {E(u['title'])}" for u in d["units"])
    main += f'<tr><td colspan="2"><b>ELENCO DELLE UNITA\' FORMATIVE</b></td></tr><tr><td colspan="2">{elenco}</td></tr>'
    main += "</tbody></table>"
    notes = "".join(f'<div class="note">{E(n)}</div>' for n in d.get("notes", []))
    years = ('<table class="t" style="width:60%"><caption>CORSI ANNUALITÀ</caption><thead><tr><th class="h">Anno</th>'
             '<th class="h">Ore</th><th class="h">Esame Intermedio</th></tr></thead><tbody>')
    for y, hc, hv, ex, exv in d["years"]:
        years += f"<tr><td>{y}° Anno</td><td>{E(hc)}</td><td>{E(ex)}</td></tr>"
    years += "</tbody></table>"
    ufs = ""
    for u in d["units"]:
        ufs += (f'<table class="t">{cg}<thead><tr><th colspan="2" class="h">DETTAGLIO UNITA\' FORMATIVA n.{u["n"]}'
                f'</th></tr></thead><tbody>{kv(campania_uf_rows(u, d, eqf5))}</tbody></table>')
    body = (f'<div class="rep">REPERTORIO DEI TITOLI E DELLE QUALIFICAZIONI DELLA REGIONE CAMPANIA</div>'
            f"{main}{notes}{years}{ufs}")
    return f'<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><style>{css}</style></head><body>{body}</body></html>'


def campania_truth(d, file, npages):
    eqf5 = d["eqf"] >= 5
    s = base_std("Campania", "training-standard", d["title"], d["eqf"], file, npages)
    s["description"] = d["descr"]
    c = s["classification"]
    c["sector"] = {"code": d["sep"][0], "title": d["sep"][1]}
    c["ada"] = [{"code": a, "formerCode": None, "title": t} for a, t in d["ada"]]
    c["istat"] = [{"code": a, "title": t} for a, t in d["istat"]]
    c["ateco"] = [{"code": a, "title": t} for _, a, t in d["ateco"]]
    c["isced"] = [{"code": d["isced"][0], "title": d["isced"][1]}]
    years = [{"year": y, "hours": hv, "intermediateExam": exv} for y, hc, hv, ex, exv in d["years"]]
    if eqf5:
        s["duration"] = {
            "totalHours": d["totalv"], "classroomHours": d["aulav"], "labHours": d["labv"],
            "keyCompetenceHours": d["kcv"],
            "internship": {"minHours": d["tirv"], "maxHours": None, "maxPercentOfTotal": None,
                           "withLabMinHours": d["tirlabv"]},
            "distanceLearning": {"maxHours": None, "syncMaxPercentOfClassroom": d["syncv"],
                                 "asyncMaxPercentOfClassroom": d["asynv"]},
            "additionalUnitsMaxPercent": None, "years": years}
        s["attendance"] = {"minPercent": 80, "minPercentWithApproval": None, "maxAbsencePercent": d["absencev"]}
    else:
        s["duration"] = {"totalHours": d["totalv"], "classroomHours": None, "labHours": None,
                         "keyCompetenceHours": None, "internship": None, "distanceLearning": None,
                         "additionalUnitsMaxPercent": None, "years": years}
        s["attendance"] = {"minPercent": 80, "minPercentWithApproval": None, "maxAbsencePercent": None}
    s["entryRequirements"] = [d["ingresso"]]
    for u in d["units"]:
        s["units"].append({
            "number": u["n"], "kind": "training-unit", "title": u["title"],
            "competenceUnit": {"title": u["uc"], "code": u["code"]},
            "minHours": u["hv"] if eqf5 else None, "distanceMaxHours": None, "credit": None,
            "expectedResult": u["result"], "knowledge": list(u["k"]), "skills": list(u["s"]), "evaluation": None})
    F = s["flags"]
    if eqf5:
        comp = d["aulav"] + d["labv"] + d["kcv"] + d["tirv"]
        if comp > d["totalv"]:
            F.append(flag("COMPONENT_HOURS_EXCEED_TOTAL", "/duration/totalHours",
                          f"classroom + lab + KC + internship = {comp} h exceed the total {d['totalv']} h",
                          d["totalv"], comp))
        for ptr, v in (("/duration/distanceLearning/syncMaxPercentOfClassroom", d["syncv"]),
                       ("/duration/distanceLearning/asyncMaxPercentOfClassroom", d["asynv"]),
                       ("/attendance/maxAbsencePercent", d["absencev"])):
            if v is not None and not 0 <= v <= 100:
                F.append(flag("PERCENT_OUT_OF_RANGE", ptr, f"percentage {v} is outside 0..100", None, v))
        for i, u in enumerate(d["units"]):
            if u["hv"] is None:
                F.append(flag("MISSING_VALUE", f"/units/{i}/minHours", f"the cell for /units/{i}/minHours is empty"))
        hs = [u["hv"] for u in d["units"]]
        if None not in hs and d["kcv"] is not None and sum(hs) != d["aulav"] + (d["labv"] or 0) - d["kcv"]:
            want = d["aulav"] + (d["labv"] or 0) - d["kcv"]
            F.append(flag("UNIT_HOURS_CLASSROOM_MISMATCH", "/duration/classroomHours",
                          f"units add up to {sum(hs)} h, classroom + lab - KC = {want} h", want, sum(hs)))
    if sum(y[2] for y in d["years"]) != d["totalv"]:
        F.append(flag("YEAR_HOURS_SUM_MISMATCH", "/duration/totalHours", "years do not add up"))
    return s


# ------------------------------------------------------------------------------------------ Atlante
def atlante_html(d, L):
    font, size, orient = L["font"], L["size"], L.get("orient", "portrait")
    url = "https://atlantelavoro.inapp.gov.it/atlante_repertori_dettaglio.php?id=%d&rep=%s" % (L["id"], d["region"])
    css = page_css(orient, margin="14mm 12mm 14mm 12mm", topleft='"02/12/25, 09:17"', top='"Atlante Lavoro"',
                   bottomleft='"%s"' % url, bottom='counter(page) "/" counter(pages)', font=f"'{font}'", size="7.5pt")
    css += f"""
body{{font-family:'{font}';font-size:{size}pt;line-height:1.25;margin:0 6pt}}
h1{{font-size:{size + 5}pt;margin:8pt 0 2pt 0}} h3{{font-size:{size + 2}pt;margin:10pt 0 3pt 0}}
h4{{font-size:{size + 1}pt;margin:8pt 0 3pt 0}}
.crumb{{font-size:{size - 0.5}pt}} .ada{{margin:3pt 0 3pt 4pt;font-weight:bold}}
table.t{{width:100%;margin:2pt 0 6pt 4pt}} table.t td, table.t th{{padding:1.5pt 4pt;text-align:left;vertical-align:top;font-size:{size}pt}}
.comp{{margin:10pt 0 0 0}} .ind{{margin-left:8pt}} ul{{list-style:none;margin:2pt 0 6pt 0;padding-left:14pt}}
.kh{{font-weight:bold;margin-top:6pt}}
{rules_css(L['rules'])}
"""

    def adaline(a):
        return f"{a[0]} (ex {a[1]}) - {a[2]}"

    b = ('<div><b>Atlante Lavoro</b> INAPP - Istituto Nazionale per l\'Analisi delle Politiche Pubbliche</div>'
         '<div class="crumb">Home › Atlante › Repertori › Qualificazioni › Dettaglio qualificazione</div>'
         f'<h1>{E(d["title"])}</h1><div>SETTORE {d["sector"][0]}. {E(d["sector"][1])}</div>'
         f'<h3>REPERTORIO - {E(d["region"])}</h3><h3>AdA associate alla Qualificazione</h3>')
    for a in d["ada"]:
        b += f'<div class="ada">{E(adaline(a))}</div><h4>Tabelle di equivalenza AdA</h4><table class="t">'
        b += "".join(f"<tr><td>{E(q)}</td><td style='width:22%'>{E(r)}</td></tr>" for q, r in d["equiv"])
        b += ("</table><h4>Tabelle delle Qualificazioni dell'ADA</h4><div>Qualificazioni che coprono tutti i RA dell'ADA</div>"
              '<table class="t"><tr><th>Qualificazione</th><th>Repertorio</th><th>RA coperti</th><th>RA1</th><th>RA2</th></tr>')
        b += "".join(f"<tr><td>{E(q)}</td><td>{E(r)}</td><td>2</td><td>X</td><td>X</td></tr>" for q, r in d["quals"])
        b += "</table>"
    b += "<h3>Competenze</h3>"
    for c in d["competences"]:
        b += (f'<div class="comp">Titolo: {E(c["title"])}</div><div>Descrizione: {E(c["obj"])}</div>'
              f'<div>Obiettivo: {E(c["obj"])}</div><div>Attività associate alla Competenza</div>')
        for ai in c["ada"]:
            a = d["ada"][ai]
            b += f'<div class="ind">Attività dell\' AdA {E(adaline(a))} associate:</div>'
            for ra, txt, acts in c["ra"]:
                b += f'<div class="ind">Risultato atteso:{ra}: {E(txt)}</div>'
                b += "".join(f'<div class="ind">{E(x)}</div>' for x in acts)
        b += '<div class="kh">CONOSCENZE</div><ul>' + "".join(f"<li>{E(x)}</li>" for x in c["k"]) + "</ul>"
        b += '<div class="kh">ABILITÀ/CAPACITÀ</div><ul>' + "".join(f"<li>{E(x)}</li>" for x in c["s"]) + "</ul>"
    b += '<h3>Codici ISTAT CP2011 associati</h3><table class="t"><tr><th style="width:20%">Codice</th><th>Titolo</th></tr>'
    b += "".join(f"<tr><td>{c}</td><td>{E(t)}</td></tr>" for c, t in d["istat"]) + "</table>"
    b += ('<h3>Codici ISTAT ATECO associati</h3><table class="t"><tr><th style="width:20%">Codice Ateco</th>'
          '<th>Titolo Ateco</th></tr>')
    b += "".join(f"<tr><td>{c}</td><td>{E(t)}</td></tr>" for c, t in d["ateco"]) + "</table>"
    return f'<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Atlante Lavoro</title><style>{css}</style></head><body>{b}</body></html>'


def atlante_truth(d, file, npages):
    s = base_std(d["region"], "qualification-record", d["title"], None, file, npages)
    c = s["classification"]
    c["sector"] = {"code": d["sector"][0], "title": d["sector"][1]}
    c["ada"] = [{"code": a, "formerCode": f, "title": t} for a, f, t in d["ada"]]
    c["istat"] = [{"code": a, "title": t} for a, t in d["istat"]]
    c["ateco"] = [{"code": a, "title": t} for a, t in d["ateco"]]
    for i, cp in enumerate(d["competences"], 1):
        s["units"].append({"number": i, "kind": "competence", "title": cp["title"], "competenceUnit": None,
                           "minHours": None, "distanceMaxHours": None, "credit": None, "expectedResult": cp["obj"],
                           "knowledge": list(cp["k"]), "skills": list(cp["s"]), "evaluation": None})
    return s


# ------------------------------------------------------------------------------------------ the documents
SUP = lambda x: f"<sup>{x}</sup>"  # noqa: E731
DOCS = [
    # name, family, data, layout, control?
    ("t6_01_lazio_stagger3-header_rows", "lazio", CL.VERDE,
     dict(font="Liberation Serif", size=10, rules="rows", header="stagger3"), True),
    ("t6_02_lazio_wide-header_head-ruled", "lazio", CL.MAGAZZINO,
     dict(font="DejaVu Sans", size=8.5, rules="head", header="wide", widths=[4, 38, 20, 6, 6, 26]), True),
    ("t6_03_lazio_total600-titlefirst_box", "lazio", CL.PANE,
     dict(font="Liberation Sans", size=9.5, rules="box", header="plain", order="titlefirst",
          total_label="Totale", firsthead="N. e denominazione dell'Unità di Risultati di apprendimento",
          widths=[20, 40, 8, 8, 24]), False),
    ("t6_04_lazio_mono-landscape_none", "lazio", CL.WEB,
     dict(font="DejaVu Sans Mono", size=8, orient="landscape", rules="none", header="plain", repeat=False), True),
    ("t6_05_lazio_narrow11-footnotes_rows", "lazio", CL.SEGRETERIA,
     dict(font="Liberation Sans Narrow", size=11, rules="rows", header="span2",
          marks={(2, "h"): "¹", (4, "h"): SUP("2"), (4, "f"): " (*)", (0, "h"): " (**)"},
          notes=["¹ Di cui 10 ore di esercitazioni pratiche in laboratorio.",
                 "² Comprensive di 8 ore dedicate alla fatturazione elettronica.",
                 "(*) La FaD è ammessa solo in modalità sincrona.",
                 "(**) Al netto del tirocinio curriculare."],
          pctmarks={"intern": "³", "cred": SUP("4")},
          textnotes=["³ Calcolato sul totale delle ore del percorso, tirocinio incluso.",
                     "4 Al netto degli eventuali crediti con valore a priori."]), False),
    ("t6_06_lazio_courier9-footnotes_rows", "lazio", CL.SARTORIA,
     dict(font="Liberation Mono", size=9, rules="rows", header="span2",
          marks={(2, "h"): " (*)", (3, "h"): "¹", (5, "f"): "²", (0, "f"): " (*)"},
          notes=["(*) Valori minimi inderogabili.", "¹ Di cui almeno 60 ore in laboratorio.",
                 "² Solo in modalità asincrona."], pctmarks={"add": "(¹)"}), False),
    ("t6_07_campania_narrow-labels-middle_rows", "campania", CO.FOTOVOLTAICO,
     dict(font="Liberation Sans", size=9, rules="rows", labelw=21, valign="middle"), True),
    ("t6_08_campania_condensed-landscape-marks_none", "campania", CO.MARKETING,
     dict(font="DejaVu Sans Condensed", size=9, orient="landscape", rules="none", labelw=14, valign="top",
          repeatcap=False), False),
    ("t6_09_campania_labels-right_grid", "campania", CO.SALA,
     dict(font="Liberation Sans", size=9.5, rules="grid", labelw=26, labelright=True), False),
    ("t6_10_atlante_3ada_rows", "atlante", CO.AGRICOLO,
     dict(font="DejaVu Sans", size=8.5, rules="rows", id=4417), True),
    ("t6_11_atlante_2ada-landscape_none", "atlante", CO.VENDITE,
     dict(font="Liberation Serif", size=10, orient="landscape", rules="none", id=5120), False),
    ("t6_12_lazio_condensed-landscape-span2_box", "lazio", CL.RESTAURO,
     dict(font="DejaVu Sans Condensed", size=8.5, orient="landscape", rules="box", header="span2",
          numfmt="URA {n}", numhead="N. URA", widths=[6, 38, 18, 7, 7, 24]), False),
]

BUILD = {"lazio": (lazio_html, lazio_truth), "campania": (campania_html, campania_truth),
         "atlante": (atlante_html, atlante_truth)}


def render(name, fam, data, layout, outdir):
    h, t = BUILD[fam]
    os.makedirs(os.path.join(HERE, "html"), exist_ok=True)
    hp = os.path.join(HERE, "html", name + ".html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(h(data, layout))
    pdf = os.path.join(outdir, name + ".pdf")
    chromium(hp, pdf)
    truth = [t(data, name + ".pdf", pages(pdf))]
    with open(os.path.join(outdir, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}: {pages(pdf)} pages, {len(truth[0]['units'])} units, flags "
          f"{[x['code'] + ' ' + x['field'] for x in truth[0]['flags']]}")


def main(argv):
    want = argv or [""]
    ctl = os.path.join(HERE, "control")
    os.makedirs(ctl, exist_ok=True)
    for name, fam, data, layout, control in DOCS:
        if not any(name.startswith(w) for w in want):
            continue
        render(name, fam, data, layout, HERE)
        if True:   # every document has its full-grid control (control/c6_*)
            cl = copy.deepcopy(layout)
            cl["rules"] = "grid"
            if fam == "lazio":      # the sample's own header: one row, six columns
                cl["header"] = "plain"
                cl["repeat"] = True
                for k in ("widths", "order", "numfmt", "numhead"):
                    cl.pop(k, None)
            if fam == "campania":   # the sample's label column: left, a third of the width
                cl.update(labelw=32, labelright=False, valign="top", repeatcap=True)
            render("c" + name[1:], fam, data, cl, ctl)


if __name__ == "__main__":
    main(sys.argv[1:])
