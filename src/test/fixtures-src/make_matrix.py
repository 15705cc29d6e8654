#!/usr/bin/env python3
"""Builds the layout matrix under src/test/resources/matrix/ with headless Chromium.

Four document families (Lazio percorso, Campania standard formativo, profilo professionale, Atlante
del Lavoro page) with new content (matrix_content.py), each laid out in every table ruling style x
page orientation x header repeated or not, fonts cycled so that every (family, style) is printed in
all four fonts; plus a few determinations whose annexes mix styles. Beside every PDF the canonical
JSON it must give, written from the same data (never by running determina); flags are empty because
the data is consistent (checked here by the catalogue's rules before writing).

Run: python3 src/test/fixtures-src/make_matrix.py   (needs chromium and poppler-utils; not part of the build)
     python3 src/test/fixtures-src/make_matrix.py lazio_grid   (only the documents whose name starts so)
"""
import concurrent.futures
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fixturelib import esc, first_page_with, page, pages_of, render, source, standard, unit, write_json  # noqa: E402
from matrix_content import (CREDITS, ENTRY_REQUIREMENTS, OTHER_QUALIFICATION_TITLES, QUALIFICATIONS,  # noqa: E402
                            REGIONS)

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "resources", "matrix"))

STYLES = ["grid", "hrules", "vrules", "booktabs", "frame", "zebra", "none"]
ORIENTATIONS = ["portrait", "landscape"]
HEADERS = ["rep", "norep"]          # header (or caption) row repeated on every page of the table, or not
FONTS = {"dejavu-sans": "'DejaVu Sans'", "liberation-serif": "'Liberation Serif'", "carlito": "'Carlito'",
         "freesans": "'FreeSans'"}
FONT_KEYS = list(FONTS)
SIZES = [8.5, 9, 9.5, 10, 10.5, 11]
PADDINGS = ["1pt 3pt", "2pt 4pt", "3pt 5pt", "4pt 6pt"]
LABEL_WIDTHS = [24, 28, 32, 36]
LAZIO_COLUMNS = ["standard", "fad-first", "extra-column"]

# ---------------------------------------------------------------- table ruling styles
STYLE_CSS = """
table.tb { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; }
table.tb td, table.tb th { vertical-align: top; text-align: left; font-weight: normal; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
table.s-grid td, table.s-grid th { border: 0.8pt solid #000; }
table.s-hrules td, table.s-hrules th { border-top: 0.7pt solid #000; border-bottom: 0.7pt solid #000; }
table.s-vrules td + td, table.s-vrules th + th, table.s-vrules td + th, table.s-vrules th + td { border-left: 0.7pt solid #000; }
table.s-booktabs { border-top: 1.4pt solid #000; border-bottom: 1.4pt solid #000; }
table.s-booktabs tr.h > * { border-bottom: 0.7pt solid #000; }
table.s-frame { border: 1pt solid #000; }
table.s-zebra tr:nth-child(even) > td { background: #e3e3e3; }
table.s-zebra tr.h > * { background: #c4c4c4; font-weight: bold; }
"""


def doc_css(orientation, font, size, padding):
    return f"""@page {{ size: A4 {orientation}; margin: 16mm 15mm; }}
body {{ font-family: {FONTS[font]}, sans-serif; font-size: {size}pt; }}
p {{ margin: 3pt 0; }} .li {{ margin-left: 14pt; }} .c {{ text-align: center; }}
.hdr {{ text-align: center; font-size: 8pt; }} .t {{ text-align: center; font-weight: bold; font-size: {size + 1.5}pt; }}
.cap {{ font-weight: bold; margin: 8pt 0 2pt 0; }} .annex {{ text-align: right; font-weight: bold; }}
.brk {{ page-break-before: always; }} h2 {{ font-size: {size + 4}pt; margin: 8pt 0 4pt 0; }}
ul {{ margin: 2pt 0 6pt 0; }}
table.tb td, table.tb th {{ padding: {padding}; }}
{STYLE_CSS}"""


def table(style, head_rows, body_rows, repeat, cols=None):
    """head_rows: list of <tr> (class h added); repeated on every page (thead) or printed once (tbody)."""
    head = "".join(head_rows)
    colgroup = "<colgroup>" + "".join(f"<col style='width:{w}%'>" for w in cols) + "</colgroup>" if cols else ""
    if repeat and head:
        return f"<table class='tb s-{style}'>{colgroup}<thead>{head}</thead><tbody>{''.join(body_rows)}</tbody></table>"
    return f"<table class='tb s-{style}'>{colgroup}<tbody>{head}{''.join(body_rows)}</tbody></table>"


def art(n):
    """The Italian article before a percentage: l'80%, l'11%, il 75%."""
    return "l'" if str(n).startswith("8") or n in (11, 18) else "il "


def kv(k, v, cls=""):
    return f"<tr{' class=' + cls if cls else ''}><td>{k}</td><td>{v}</td></tr>"


# ---------------------------------------------------------------- units drawn from a qualification
def unit_items(q, i, n_knowledge=None, n_skills=None):
    kp, sp = q["knowledge"], q["skills"]
    nk = n_knowledge if n_knowledge is not None else 3 + i % 4
    ns = n_skills if n_skills is not None else 2 + (i + 1) % 4
    return ([kp[(i * 3 + j) % len(kp)] for j in range(nk)], [sp[(i * 2 + j) % len(sp)] for j in range(ns)])


def classification(q, sector=True, sector_code=True, ada=True, former=True, istat=True, ateco=True, isced=True):
    return {"sector": ({"code": q["sector"][0] if sector_code else None, "title": q["sector"][1]} if sector else None),
            "ada": [{"code": c, "formerCode": f if former else None, "title": t} for c, f, t in q["ada"]] if ada else [],
            "istat": [{"code": c, "title": t} for c, t in q["istat"]] if istat else [],
            "ateco": [{"code": c, "title": t} for _, c, t in q["ateco"]] if ateco else [],
            "isced": [{"code": c, "title": t} for c, t in q["isced"]] if isced else []}


# ================================================================ Lazio standard minimo di percorso formativo
LAZIO_STDS = [
    {"q": "ristorazione", "n": 6, "eqf": 3, "req": [0, 1, 3], "intern": (60, 40), "add": 10, "cred": (30, 100),
     "att": (80, 70), "seed": 1},
    {"q": "logistica", "n": 9, "eqf": 4, "req": [2, 3, 4], "intern": (120, 35), "add": 15, "cred": (40, 50),
     "att": (75, 65), "seed": 2},
    {"q": "segreteria", "n": 4, "eqf": 3, "req": [1, 3, 5], "intern": (40, 30), "add": 10, "cred": (25, 100),
     "att": (80, None), "seed": 3},
]
HOURS = [12, 16, 20, 24, 30, 36, 40, 48, 60]
MODES = ["Aula", "Aula e laboratorio", "Laboratorio"]


def lazio_units(s):
    q = QUALIFICATIONS[s["q"]]
    out = []
    for i in range(s["n"]):
        verb, noun, _ = q["units"][i]
        hours = HOURS[(i * 5 + s["seed"] * 2) % len(HOURS)]
        fad = 0 if (i + s["seed"]) % 3 == 0 else max(2, (hours // (2 + (i % 3))) // 2 * 2)
        credit = CREDITS[(i + s["seed"]) % len(CREDITS)]
        know, skills = unit_items(q, i, n_skills=0 if i == 0 else None)
        uc = None if i in (0, s["n"] - 1) else noun
        out.append({"number": i + 1, "title": verb, "uc": uc, "hours": hours, "fad": fad, "credit": credit,
                    "knowledge": know, "skills": skills, "mode": MODES[(i + s["seed"]) % 3]})
    return out


def lazio_html(s, style, repeat, columns):
    q = QUALIFICATIONS[s["q"]]
    units = lazio_units(s)
    total, fad_total = sum(u["hours"] for u in units), sum(u["fad"] for u in units)
    rows1 = [f"<tr><td>{esc(u['uc'] or '--')}</td><td>{esc(u['title'])}</td></tr>" for u in units]
    t1 = table(style, ["<tr class=h><th>Unità di Competenza</th><th>Unità di Risultati di Apprendimento</th></tr>"], rows1, False)
    hours_h, fad_h = "<th>Durata minima</th>", "<th>di cui in FaD</th>"
    num_cols = hours_h + fad_h if columns != "fad-first" else fad_h + hours_h
    extra_h = "<th>Modalità di erogazione</th>" if columns == "extra-column" else ""
    head = (f"<tr class=h><th>N.</th><th>Articolazione dell'Unità di competenza/ Contenuti</th>"
            f"<th>Unità di Risultati di apprendimento</th>{num_cols}<th>Crediti formativi</th>{extra_h}</tr>")
    cols = [4, 36, 18, 9, 9, 24] if columns != "extra-column" else [4, 32, 16, 8, 8, 20, 12]
    rows = []
    for u in units:
        content = "Conoscenze<br>" + "<br>".join("- " + esc(k) for k in u["knowledge"])
        if u["skills"]:
            content += "<br>Abilità<br>" + "<br>".join("- " + esc(x) for x in u["skills"])
        h, f = f"<td class=c>{u['hours']}</td>", f"<td class=c>{'0' if u['fad'] == 0 else 'Max ' + str(u['fad'])}</td>"
        nums = h + f if columns != "fad-first" else f + h
        extra = f"<td>{u['mode']}</td>" if columns == "extra-column" else ""
        rows.append(f"<tr><td>{u['number']}.</td><td>{content}</td><td>{esc(u['title'])}</td>{nums}"
                    f"<td>{esc(u['credit'][0])}</td>{extra}</tr>")
    h, f = f"<td class=c>{total}</td>", f"<td class=c>Max {fad_total}</td>"
    rows.append(f"<tr><td colspan=3>DURATA MINIMA TOTALE</td>{h + f if columns != 'fad-first' else f + h}<td></td>"
                f"{'<td></td>' if columns == 'extra-column' else ''}</tr>")
    t4 = table(style, [head], rows, repeat, cols)
    reqs = "".join(f"<p class=li>- {esc(ENTRY_REQUIREMENTS[r])}</p>" for r in s["req"])
    imin, imax = s["intern"]
    amin, aappr = s["att"]
    appr = (f" È consentita l'ammissione all'esame finale anche a fronte della frequenza di almeno {art(aappr)}{aappr}% delle ore "
            f"complessive del percorso formativo, previo parere favorevole del collegio dei docenti." if aappr else "")
    return f"""
<p class=hdr>REGIONE LAZIO - Direzione Regionale Istruzione, Formazione e Politiche per l'Occupazione</p>
<p class=t>STANDARD MINIMO DI PERCORSO FORMATIVO</p>
<p class=t>QUALIFICAZIONE DI {esc(q['title'].upper())}</p>
<p><b>1. RAPPORTO FRA UNITÀ DI COMPETENZA E UNITÀ DI RISULTATI DI APPRENDIMENTO:</b></p>
{t1}
<p><b>2. LIVELLO EQF DELLA QUALIFICAZIONE IN USCITA: {s['eqf']}</b></p>
<p><b>3. REQUISITI OBBLIGATORI DI ACCESSO AL PERCORSO:</b></p>
{reqs}
<p><b>4. ARTICOLAZIONE, PROPEDEUTICITÀ E DURATE MINIME:</b></p>
{t4}
<p>NOTA: Le Unità di Risultati di apprendimento n. 1 e 2 vanno realizzate prima delle altre Unità.</p>
<p><b>5. TIROCINIO CURRICULARE:</b></p>
<p>Durata minima: {imin} ore;</p><p>Durata massima: il {imax}% sul totale del percorso.</p>
<p><b>6. UNITA' DI RISULTATI DI APPRENDIMENTO AGGIUNTIVE:</b></p>
<p>A scopo di miglioramento della progettazione didattica, nel limite massimo del {s['add']}% delle ore totali di formazione, al netto del tirocinio curriculare.</p>
<p><b>7. METODOLOGIA DIDATTICA:</b></p>
<p>Le Unità di risultati di apprendimento vanno realizzate attraverso formazione d'aula e metodologia attiva, utilizzando laboratori pratici ove necessario.</p>
<p><b>8. VALUTAZIONE DIDATTICA DEGLI APPRENDIMENTI:</b></p>
<p>Obbligo di tracciabile valutazione didattica degli apprendimenti, per singola Unità di risultati di apprendimento.</p>
<p><b>9. GESTIONE DEI CREDITI FORMATIVI:</b></p>
<p class=li>- Credito di ammissione: --.</p>
<p class=li>- Crediti di frequenza: la percentuale massima riconoscibile è il {s['cred'][0]}% sulla durata di ore d'aula o laboratorio; il {s['cred'][1]}% sul tirocinio curriculare, al netto degli eventuali crediti con valore a priori.</p>
<p><b>10. REQUISITI PROFESSIONALI E STRUMENTALI:</b></p>
<p>Qualificazione dei formatori, di cui almeno il 50% esperti provenienti dal mondo del lavoro; presenza di aule e laboratori adeguatamente attrezzati.</p>
<p><b>11. ATTESTAZIONE IN ESITO RILASCIATA DAL SOGGETTO ATTUATORE:</b></p>
<p>Documento di formalizzazione degli apprendimenti. Condizioni di ammissione all'esame finale: frequenza di almeno {art(amin)}{amin}% delle ore complessive del percorso formativo.{appr}</p>
<p><b>12. ATTESTAZIONE IN ESITO AD ESAME PUBBLICO:</b></p>
<p>Certificato di qualificazione professionale, rilasciato ai sensi del D.lgs. 13/2013.</p>
"""


def lazio_expected(s, region="Lazio"):
    q = QUALIFICATIONS[s["q"]]
    units = lazio_units(s)
    total, fad_total = sum(u["hours"] for u in units), sum(u["fad"] for u in units)
    imin, imax = s["intern"]
    # the catalogue's rules: nothing may fire (FLAGS.md)
    assert all(u["fad"] <= u["hours"] for u in units)
    assert imin <= imax / 100 * (total + imin), (s["q"], total, imin, imax)
    out = [unit(u["number"], "learning-outcome-unit", u["title"],
                competenceUnit=None if u["uc"] is None else {"title": u["uc"], "code": None},
                minHours=u["hours"], distanceMaxHours=u["fad"],
                credit={"recognition": u["credit"][1], "priorValue": u["credit"][2], "text": u["credit"][0]},
                knowledge=u["knowledge"], skills=u["skills"]) for u in units]
    title = q["title"][0].upper() + q["title"][1:].lower()
    return standard("training-standard", region, title, eqfLevel=s["eqf"],
                    duration={"totalHours": total, "classroomHours": None, "labHours": None, "keyCompetenceHours": None,
                              "internship": {"minHours": imin, "maxHours": None, "maxPercentOfTotal": imax, "withLabMinHours": None},
                              "distanceLearning": {"maxHours": fad_total, "syncMaxPercentOfClassroom": None, "asyncMaxPercentOfClassroom": None},
                              "additionalUnitsMaxPercent": s["add"], "years": []},
                    attendance={"minPercent": s["att"][0], "minPercentWithApproval": s["att"][1], "maxAbsencePercent": None},
                    credits={"attendanceMaxPercent": s["cred"][0], "internshipMaxPercent": s["cred"][1]},
                    entryRequirements=[ENTRY_REQUIREMENTS[r] for r in s["req"]], units=out)


# ================================================================ Campania standard formativo
CAMPANIA_STDS = [
    {"q": "verde", "n": 5, "eqf": 3, "full": False, "total": 400, "years": [(1, 400, False)], "att": 80},
    {"q": "impianti", "n": 7, "eqf": 4, "full": True, "total": 990, "years": [(1, 500, True), (2, 490, False)], "att": 75,
     "classroom": 420, "lab": 200, "kc": 60, "sync": 20, "async": 30, "intern": 300, "withlab": 500, "absence": 20,
     "uf_hours": [60, 80, 100, 80, 90, 70, 80]},
    {"q": "ristorazione", "n": 3, "eqf": 3, "full": False, "total": 300, "years": [(1, 300, False)], "att": 80},
]
CAMPANIA_REQ = ("Possesso di titolo attestante l'assolvimento dell'obbligo di istruzione. I prosciolti da tale obbligo e i "
                "maggiori di anni 16 possono accedere al corso previo accertamento delle competenze connesse all'obbligo di "
                "istruzione. Per i cittadini stranieri è necessaria la conoscenza della lingua italiana ad un livello non "
                "inferiore all'A2 del QCER, verificata attraverso un test di ingresso da conservare agli atti del soggetto "
                "formatore. Tutti i requisiti devono essere posseduti e documentati entro l'inizio delle attività.")


def campania_units(s):
    q = QUALIFICATIONS[s["q"]]
    out = []
    for i in range(s["n"]):
        verb, _, result = q["units"][i]
        know, skills = unit_items(q, i + 1)
        out.append({"title": verb, "code": q["uc_codes"][i], "result": result, "knowledge": know, "skills": skills,
                    "hours": s["uf_hours"][i] if s["full"] else None})
    return out


def campania_html(s, style, repeat, label_width):
    q = QUALIFICATIONS[s["q"]]
    cw = [label_width, 100 - label_width]
    ada = " ".join(f"{c} - {esc(t)}" for c, _, t in q["ada"])
    ateco = " ".join(f"{sec}.{c} - {esc(t)}" for sec, c, t in q["ateco"])
    istat = " ".join(f"{c} - {esc(t)}" for c, t in q["istat"])
    isced = " ".join(f"{c} {esc(t)}" for c, t in q["isced"])
    rows = [kv("Denominazione Standard Formativo", esc(q["title"]), "h" if not repeat else ""),
            kv("Livello EQF", str(s["eqf"])),
            kv("Settore Economico Professionale", f"SEP {q['sector'][0]} - {esc(q['sector'][1])}"),
            kv("Area di Attività", ada),
            kv("Processo", "Erogazione dei servizi e gestione operativa"),
            kv("Qualificazione regionale di riferimento", esc(q["title"])),
            kv("Descrizione qualificazione", esc(q["description"])),
            kv("Referenziazione ATECO 2007", ateco),
            kv("Referenziazione ISTAT CP2011", istat),
            kv("Codice ISCED-F 2013", isced),
            kv("Durata percorso Formativo", f"{len(s['years'])} ann{'o' if len(s['years']) == 1 else 'i'}"),
            kv("Durata minima complessiva del percorso (ore)", str(s["total"]))]
    if s["full"]:
        rows += [kv("Durata minima di aula (ore)", str(s["classroom"])),
                 kv("Durata minima laboratorio (ore)", str(s["lab"])),
                 kv("Durata delle attività formative rivolte alle KC (ore)", str(s["kc"])),
                 kv("Percentuale durata massima e-learning sincrona in rapporto alla durata d'aula", str(s["sync"])),
                 kv("Percentuale durata massima e-learning asincrona in rapporto alla durata d'aula", str(s["async"])),
                 kv("Durata minima tirocinio curriculare ore", str(s["intern"])),
                 kv("Durata minima tirocinio curriculare + Laboratorio (ore)", str(s["withlab"]))]
    rows += [kv("Requisiti minimi di ingresso dei partecipanti", esc(CAMPANIA_REQ)),
             kv("Requisiti minimi didattici comuni a tutte le UF/segmenti", "Formazione d'aula specifica e formazione tecnica mediante attività pratiche/laboratoriali"),
             kv("Requisiti minimi di risorse professionali", "Docenti qualificati in possesso di un titolo di studio adeguato all'attività formativa da realizzare, provenienti per almeno il 50% dal mondo del lavoro, con esperienza professionale almeno triennale nel settore di riferimento."),
             kv("Requisiti minimi di valutazione e di attestazione degli apprendimenti",
                f"1. Prevedere verifiche periodiche di apprendimento a conclusione di ogni UF. 2. Condizione minima di ammissione all'esame finale è la frequenza di almeno {art(s['att'])}{s['att']}% delle ore complessive del percorso formativo. 3. Esame finale pubblico in conformità alle disposizioni regionali vigenti.")]
    if s["full"]:
        rows.append(kv("Percentuale Assenza massima consentita", str(s["absence"])))
    rows += [kv("Gestione dei crediti formativi", "È ammesso il riconoscimento dei crediti formativi in conformità alle disposizioni previste dalla normativa regionale vigente"),
             kv("Eventuali ulteriori indicazioni", "")]
    caption = ["<tr class=h><th colspan=2>STANDARD FORMATIVO</th></tr>"] if repeat else []
    main = ("" if repeat else "<p class=cap>STANDARD FORMATIVO</p>") + table(style, caption, rows, repeat, cw)
    units = campania_units(s)
    listed = " ".join(f"{i} - {esc(u['title'])}" for i, u in enumerate(units, 1))
    years = table(style, ["<tr class=h><th>Anno</th><th>Ore</th><th>Esame Intermedio</th></tr>"],
                  [f"<tr><td>{y}° Anno</td><td>{h}</td><td>{'Sì' if ex else 'No'}</td></tr>" for y, h, ex in s["years"]],
                  False, [30, 30, 40])
    dett = ""
    for i, u in enumerate(units, 1):
        r = [kv("Denominazione unità formativa", esc(u["title"]), "h" if not repeat else ""), kv("Livello EQF", str(s["eqf"])),
             kv("Denominazione unità di competenza", f"{esc(u['title'])} ({u['code']})"),
             kv("Risultato atteso", esc(u["result"])),
             kv("Abilità", "<br>".join(f"{k}. {esc(x)}" for k, x in enumerate(u["skills"], 1))),
             kv("Conoscenze", "<br>".join(f"{k}. {esc(x)}" for k, x in enumerate(u["knowledge"], 1)))]
        if s["full"]:
            r.append(kv("Durata minima di aula (ore)", str(u["hours"])))
        r.append(kv("Vincoli (eventuali)", ""))
        cap = [f"<tr class=h><th colspan=2>DETTAGLIO UNITA' FORMATIVA n.{i}</th></tr>"] if repeat else []
        dett += ("" if repeat else f"<p class=cap>DETTAGLIO UNITA' FORMATIVA n.{i}</p>") + table(style, cap, r, repeat, cw)
    return f"""
<p class=t>REPERTORIO DEI TITOLI E DELLE QUALIFICAZIONI DELLA REGIONE CAMPANIA</p>
{main}
<p class=cap>ELENCO DELLE UNITA' FORMATIVE</p><p>{listed}</p>
<p class=cap>CORSI ANNUALITÀ</p>
{years}
{dett}"""


def campania_expected(s):
    q = QUALIFICATIONS[s["q"]]
    units = campania_units(s)
    assert sum(h for _, h, _ in s["years"]) == s["total"]
    duration = {"totalHours": s["total"], "classroomHours": None, "labHours": None, "keyCompetenceHours": None,
                "internship": None, "distanceLearning": None, "additionalUnitsMaxPercent": None,
                "years": [{"year": y, "hours": h, "intermediateExam": ex} for y, h, ex in s["years"]]}
    attendance = {"minPercent": s["att"], "minPercentWithApproval": None, "maxAbsencePercent": None}
    if s["full"]:
        assert s["classroom"] + s["lab"] + s["kc"] + s["intern"] <= s["total"]
        assert sum(u["hours"] for u in units) == s["classroom"] + s["lab"] - s["kc"]
        duration.update(classroomHours=s["classroom"], labHours=s["lab"], keyCompetenceHours=s["kc"],
                        internship={"minHours": s["intern"], "maxHours": None, "maxPercentOfTotal": None, "withLabMinHours": s["withlab"]},
                        distanceLearning={"maxHours": None, "syncMaxPercentOfClassroom": s["sync"], "asyncMaxPercentOfClassroom": s["async"]})
        attendance["maxAbsencePercent"] = s["absence"]
    out = [unit(i, "training-unit", u["title"], competenceUnit={"title": u["title"], "code": u["code"]},
                minHours=u["hours"], expectedResult=u["result"], knowledge=u["knowledge"], skills=u["skills"])
           for i, u in enumerate(units, 1)]
    return standard("training-standard", "Campania", q["title"], eqfLevel=s["eqf"], description=q["description"],
                    classification=classification(q, former=False), duration=duration, attendance=attendance,
                    entryRequirements=[CAMPANIA_REQ], units=out)


# ================================================================ profilo professionale
PROFILE_STDS = [{"q": "accoglienza", "n": 4, "eqf": 3}, {"q": "segreteria", "n": 6, "eqf": 3}, {"q": "verde", "n": 3, "eqf": 2}]
INDICATORS = ["Realizzazione simulata, in un contesto dato, delle attività previste, con utilizzo degli strumenti tipici del ruolo",
              "Esecuzione di una prova pratica su un caso reale o simulato, con osservazione diretta del valutatore",
              "Analisi di un caso aziendale e presentazione delle soluzioni adottate"]
THRESHOLDS = ["Svolgimento corretto di almeno due attività su tre, argomentando le scelte operative.",
              "Prova completata nei tempi assegnati e nel rispetto delle norme di sicurezza.",
              "Soluzione coerente con i dati del caso e motivata in modo chiaro."]


def profile_units(s):
    q = QUALIFICATIONS[s["q"]]
    out = []
    for i in range(s["n"]):
        verb, _, result = q["units"][i]
        know, skills = unit_items(q, i + 2)
        out.append({"title": verb, "result": result, "knowledge": know, "skills": skills,
                    "ind": INDICATORS[i % 3], "thr": THRESHOLDS[(i + 1) % 3]})
    return out


def profile_html(s, style, repeat, label_width):
    q = QUALIFICATIONS[s["q"]]
    units = profile_units(s)
    first = kv("Denominazione del profilo professionale", esc(q["title"]), "h")
    ada = "<br>".join(f"{c} ({f}) - {esc(t)}" for c, f, t in q["ada"])
    rows = [kv("Descrizione del profilo professionale", esc(q["description"])),
            kv("Settore Economico - Professionale", esc(q["sector"][1])),
            kv("ADA", ada), kv("Gruppo/i di correlazione", ""),
            kv("Livello EQF", str(s["eqf"])),
            kv("Codice univoco ISTAT CP2011", "<br>".join(f"{c} - {esc(t)}" for c, t in q["istat"])),
            kv("Referenziazione ATECO", "<br>".join(f"{c} - {esc(t)}" for _, c, t in q["ateco"])),
            kv("Unità di Competenza costituenti il profilo", "<br>".join(f"{i}. {esc(u['title'])}" for i, u in enumerate(units, 1)))]
    for i, u in enumerate(units, 1):
        rows.append(f"<tr><td colspan=2><b>Denominazione dell'Unità di Competenza {i}) {esc(u['title'])}</b></td></tr>")
        rows += [kv("Risultato atteso", esc(u["result"])), kv("EQF", str(s["eqf"])),
                 kv("Conoscenze", "<br>".join("• " + esc(k) for k in u["knowledge"])),
                 kv("Abilità", "<br>".join("• " + esc(x) for x in u["skills"])),
                 kv("Indicatori di valutazione", esc(u["ind"])), kv("Soglia minima di prestazione", esc(u["thr"]))]
    return table(style, [first], rows, repeat, [label_width, 100 - label_width])


def profile_expected(s, region=None):
    q = QUALIFICATIONS[s["q"]]
    out = [unit(i, "competence-unit", u["title"], expectedResult=u["result"], knowledge=u["knowledge"], skills=u["skills"],
                evaluation={"indicators": u["ind"], "minimumPerformance": u["thr"]})
           for i, u in enumerate(profile_units(s), 1)]
    return standard("professional-profile", region, q["title"], eqfLevel=s["eqf"], description=q["description"],
                    classification=classification(q, sector_code=False, isced=False), units=out)


# ================================================================ Atlante del Lavoro qualification page
ATLANTE_STDS = [{"q": "logistica", "n": 5, "region": "Puglia"}, {"q": "impianti", "n": 8, "region": "Veneto"},
                {"q": "accoglienza", "n": 3, "region": "Toscana"}]


def atlante_units(s):
    q = QUALIFICATIONS[s["q"]]
    out = []
    for i in range(s["n"]):
        _, noun, result = q["units"][i]
        know, skills = unit_items(q, i + 3)
        out.append({"title": noun, "result": result, "knowledge": [k[0].lower() + k[1:] for k in know],
                    "skills": [x[0].lower() + x[1:] for x in skills]})
    return out


def atlante_html(s, style, repeat):
    q = QUALIFICATIONS[s["q"]]
    k0 = sum(map(ord, s["q"]))
    blocks = ""
    for a, (code, former, title) in enumerate(q["ada"]):
        eq_rows = [f"<tr><td>{esc(OTHER_QUALIFICATION_TITLES[(k0 + a * 7 + j) % len(OTHER_QUALIFICATION_TITLES)])}</td>"
                   f"<td>{REGIONS[(k0 + j * 5) % len(REGIONS)]}</td></tr>" for j in range(6)]
        head = "<tr class=h><th>Qualificazione</th><th>Repertorio</th><th>RA coperti</th><th>RA1</th><th>RA2</th></tr>"
        others = [OTHER_QUALIFICATION_TITLES[(k0 + a * 3 + j * 7) % len(OTHER_QUALIFICATION_TITLES)] for j in range(18)]
        all_rows = [f"<tr><td>{esc(t.upper() if j % 3 == 0 else t)}</td>"
                    f"<td>{REGIONS[j % len(REGIONS)]}</td><td>2</td><td>X</td><td>X</td></tr>" for j, t in enumerate(others)]
        some_rows = [f"<tr><td>{esc(OTHER_QUALIFICATION_TITLES[(k0 + j * 11) % len(OTHER_QUALIFICATION_TITLES)])}</td>"
                     f"<td>{REGIONS[(j * 7 + a) % len(REGIONS)]}</td><td>1</td><td>X</td><td></td></tr>" for j in range(5)]
        blocks += (("<p class=cap>AdA associate alla Qualificazione</p>" if a == 0 else "")
                   + f"<p>{code} (ex {former}) - {esc(title)}</p>"
                   + "<p class=cap>Tabelle di equivalenza AdA</p>" + table(style, [], eq_rows, False, [80, 20])
                   + "<p class=cap>Tabelle delle Qualificazioni dell'ADA</p><p>Qualificazioni che coprono tutti i RA dell'ADA</p>"
                   + table(style, [head], all_rows, repeat, [58, 18, 10, 7, 7])
                   + "<p>Qualificazioni che coprono uno o più RA dell'ADA</p>"
                   + table(style, [head], some_rows, repeat, [58, 18, 10, 7, 7]))
    comps = ""
    for i, u in enumerate(atlante_units(s)):
        acts = ""
        if i % 2 == 1:
            c, f, t = q["ada"][0]
            acts = (f"<p class=li>Attività dell' AdA {c} (ex {f}) - {esc(t)} associate:</p>"
                    f"<p class=li><i>Risultato atteso:RA1: {esc(u['result'])}</i></p>")
        comps += (f"<p><b>Titolo:</b> {esc(u['title'])}</p><p><b>Descrizione:</b> {esc(u['result'])}</p>"
                  f"<p><b>Obiettivo:</b> {esc(u['result'])}</p><p><i>Attività associate alla Competenza</i></p>{acts}"
                  f"<p class=cap>CONOSCENZE</p><ul>{''.join('<li>' + esc(k) + '</li>' for k in u['knowledge'])}</ul>"
                  f"<p class=cap>ABILITÀ/CAPACITÀ</p><ul>{''.join('<li>' + esc(x) + '</li>' for x in u['skills'])}</ul>")
    istat = table(style, ["<tr class=h><th>Codice</th><th>Titolo</th></tr>"],
                  [f"<tr><td>{c}</td><td>{esc(t)}</td></tr>" for c, t in q["istat"]], repeat, [25, 75])
    ateco = table(style, ["<tr class=h><th>Codice Ateco</th><th>Titolo Ateco</th></tr>"],
                  [f"<tr><td>{c}</td><td>{esc(t)}</td></tr>" for _, c, t in q["ateco"]], repeat, [25, 75])
    return f"""
<p class=hdr>Atlante Lavoro</p>
<p>Atlante Lavoro INAPP - Istituto Nazionale per l'Analisi delle Politiche Pubbliche</p>
<p>Home › Atlante › Repertori › Qualificazioni › Dettaglio qualificazione</p>
<h2>{esc(q['title'])}</h2>
<p>SETTORE {q['sector'][0]}. {esc(q['sector'][1])}</p>
<p>REPERTORIO - {s['region']}</p>
{blocks}
<h2>Competenze</h2>
{comps}
<p class=cap>Codici ISTAT CP2011 associati</p>{istat}
<p class=cap>Codici ISTAT ATECO associati</p>{ateco}"""


def atlante_expected(s):
    q = QUALIFICATIONS[s["q"]]
    out = [unit(i, "competence", u["title"], expectedResult=u["result"], knowledge=u["knowledge"], skills=u["skills"])
           for i, u in enumerate(atlante_units(s), 1)]
    return standard("qualification-record", s["region"], q["title"], classification=classification(q, isced=False), units=out)


# ================================================================ the matrix
FAMILIES = {
    "lazio": (LAZIO_STDS, lambda s, st, rep, p: lazio_html(s, st, rep, p["columns"]), lazio_expected),
    "campania": (CAMPANIA_STDS, lambda s, st, rep, p: campania_html(s, st, rep, p["label"]), campania_expected),
    "profile": (PROFILE_STDS, lambda s, st, rep, p: profile_html(s, st, rep, p["label"]), profile_expected),
    "atlante": (ATLANTE_STDS, lambda s, st, rep, p: atlante_html(s, st, rep), atlante_expected),
}


def matrix_documents():
    """(family, name, html, expected_of(pdf), meta) for every family x style x orientation x header."""
    docs = []
    for fi, (family, (stds, html_of, expected_of)) in enumerate(FAMILIES.items()):
        for si, style in enumerate(STYLES):
            for oi, orientation in enumerate(ORIENTATIONS):
                for hi, header in enumerate(HEADERS):
                    combo = oi * 2 + hi
                    font = FONT_KEYS[(combo + si + fi) % len(FONT_KEYS)]   # 4 combos -> all 4 fonts per (family, style)
                    s = stds[(si + combo + fi) % len(stds)]
                    p = {"size": SIZES[(si * 4 + combo * 5 + fi) % len(SIZES)],
                         "padding": PADDINGS[(si + 2 * combo + fi) % len(PADDINGS)],
                         "label": LABEL_WIDTHS[(si + combo * 3 + fi) % len(LABEL_WIDTHS)],
                         "columns": LAZIO_COLUMNS[(si + 2 * combo + 1) % len(LAZIO_COLUMNS)]}
                    name = f"{family}_{style}_{orientation}_{header}_{font}_{s['q']}"
                    body = html_of(s, style, header == "rep", p)
                    meta = {"family": family, "style": style, "orientation": orientation, "header": header, "font": font,
                            "standard": s["q"], "units": s["n"], "size": p["size"], "padding": p["padding"],
                            "columns": p["columns"] if family == "lazio" else None,
                            "labelWidth": p["label"] if family in ("campania", "profile") else None}

                    def expected(pdf, s=s, expected_of=expected_of):
                        doc = expected_of(s)
                        doc["source"] = source(os.path.basename(pdf), 1, len(pages_of(pdf)))
                        return [doc]
                    docs.append((family, name, page(doc_css(orientation, font, p["size"], p["padding"]), body), expected, meta))
    return docs


DETERMINATIONS = [
    {"name": "det_lazio_G07311_allegati-3-4", "issuer": "Regione Lazio", "number": "G07311", "date": "2025-06-12",
     "orientation": "portrait", "font": "carlito", "size": 10,
     "annexes": [("3", "profile", 0, "hrules", True), ("4", "lazio", 1, "zebra", False)]},
    {"name": "det_campania_DD233_allegati-1-2-3", "issuer": "Regione Campania", "number": "233", "date": "2025-03-04",
     "orientation": "landscape", "font": "liberation-serif", "size": 9.5,
     "annexes": [("1", "campania", 0, "grid", True), ("2", "campania", 1, "none", False), ("3", "campania", 2, "vrules", True)]},
    {"name": "det_lazio_G11842_allegati-7-8-9", "issuer": "Regione Lazio", "number": "G11842", "date": "2025-09-22",
     "orientation": "landscape", "font": "dejavu-sans", "size": 9,
     "annexes": [("7", "lazio", 0, "booktabs", False), ("8", "profile", 1, "frame", True), ("9", "lazio", 2, "vrules", True)]},
    {"name": "det_campania_DD78_allegati-4-5", "issuer": "Regione Campania", "number": "78", "date": "2024-11-28",
     "orientation": "portrait", "font": "freesans", "size": 9,
     "annexes": [("4", "campania", 2, "zebra", False), ("5", "campania", 0, "hrules", True)]},
]


def act_html(d):
    y, m, dd = d["date"].split("-")
    date = f"{dd}/{m}/{y}"
    annexes = d["annexes"]
    listed = "".join(f"<p class=li>- Allegato {a}: standard \"{esc(QUALIFICATIONS[FAMILIES[f][0][k]['q']]['title'])}\";</p>"
                     for a, f, k, _, _ in annexes)
    if d["issuer"] == "Regione Lazio":
        head = (f"<p class=t>REGIONE LAZIO</p><p class=c>Direzione Regionale Istruzione, Formazione e Politiche per l'Occupazione</p>"
                f"<p class=t>DETERMINAZIONE n. {d['number']} del {date}</p>"
                "<p>OGGETTO: Repertorio regionale delle qualificazioni e dei profili. Approvazione di standard professionali e formativi.</p>"
                "<p class=t>IL DIRETTORE</p>")
        verb = "DETERMINA"
    else:
        head = ("<p class=t>Giunta Regionale della Campania</p><p class=c>DIREZIONE GENERALE PER L'ISTRUZIONE, LA FORMAZIONE, "
                "IL LAVORO E LE POLITICHE GIOVANILI</p>"
                f"<p class=t>DECRETO DIRIGENZIALE N. {d['number']} DEL {date}</p>"
                "<p>OGGETTO: Repertorio dei titoli e delle qualificazioni della Regione Campania. Approvazione di standard formativi.</p>"
                "<p class=t>IL DIRIGENTE</p>")
        verb = "DECRETA"
    return f"""<div>{head}
<p class=c>PREMESSO che</p>
<p class=li>- il decreto legislativo 16 gennaio 2013, n. 13, definisce le norme generali e i livelli essenziali delle prestazioni per l'individuazione e validazione degli apprendimenti non formali e informali;</p>
<p class=li>- il decreto interministeriale 30 giugno 2015 definisce il quadro operativo per il riconoscimento a livello nazionale delle qualificazioni regionali;</p>
<p class=c>CONSIDERATO che</p>
<p class=li>- a seguito dell'istruttoria tecnica risulta necessario aggiornare il Repertorio con gli standard allegati al presente atto;</p>
<p class=c>{verb}</p>
<p>per i motivi espressi in premessa, che si intendono integralmente richiamati:</p>
<p class=li>1. di approvare i seguenti standard, allegati al presente atto quale parte integrante e sostanziale:</p>
{listed}
<p class=li>2. di trasmettere il presente atto agli uffici competenti per la pubblicazione sul Bollettino Ufficiale.</p>
<p style="text-align:right">Il {'Direttore' if verb == 'DETERMINA' else 'Dirigente'}</p></div>"""


def determination_documents():
    docs = []
    for d in DETERMINATIONS:
        region = d["issuer"].replace("Regione ", "")
        body = act_html(d)
        for a, family, k, style, repeat in d["annexes"]:
            s = FAMILIES[family][0][k]
            html_of = FAMILIES[family][1]
            p = {"columns": LAZIO_COLUMNS[int(a) % 3], "label": LABEL_WIDTHS[int(a) % 4]}
            body += f"<div class=brk><p class=annex>ALLEGATO {a}</p>{html_of(s, style, repeat, p)}</div>"
        determination = {"number": d["number"], "date": d["date"], "issuer": d["issuer"]}

        def expected(pdf, d=d, region=region, determination=determination):
            texts = pages_of(pdf)
            starts = [first_page_with(pdf, f"ALLEGATO {a}", texts) for a, *_ in d["annexes"]]
            out = []
            for j, (a, family, k, _, _) in enumerate(d["annexes"]):
                s = FAMILIES[family][0][k]
                doc = profile_expected(s, region) if family == "profile" else FAMILIES[family][2](s)
                end = starts[j + 1] - 1 if j + 1 < len(starts) else len(texts)
                doc["source"] = source(os.path.basename(pdf), starts[j], end, a, determination)
                out.append(doc)
            return out
        meta = {"family": "determination", "style": "mixed:" + "+".join(x[3] for x in d["annexes"]),
                "orientation": d["orientation"], "header": "mixed", "font": d["font"],
                "annexes": [{"annex": a, "family": f, "style": st, "header": "rep" if rep else "norep"}
                            for a, f, _, st, rep in d["annexes"]]}
        docs.append(("determination", d["name"], page(doc_css(d["orientation"], d["font"], d["size"], "2pt 4pt"), body),
                     expected, meta))
    return docs


def build(doc):
    family, name, html_text, expected_of, meta = doc
    target = os.path.join(ROOT, family, name + ".pdf")
    render(html_text, target, tagged=False)
    write_json(os.path.join(ROOT, family, name + ".expected.json"), expected_of(target))
    texts = pages_of(target)
    note = ""
    if family == "lazio":   # the units table must continue onto another page
        a, b = first_page_with(target, "Articolazione dell", texts), first_page_with(target, "DURATA MINIMA TOTALE", texts)
        note = "" if b > a else "  WARNING: units table on one page"
    return name, len(texts), os.path.getsize(target), note


def main(argv):
    docs = matrix_documents() + determination_documents()
    if argv:
        docs = [d for d in docs if any(d[1].startswith(a) for a in argv)]
    with concurrent.futures.ThreadPoolExecutor(max_workers=int(os.environ.get("JOBS", "2"))) as pool:
        for name, pages, size, note in pool.map(build, docs):
            print(f"{name}: {pages} pages, {size // 1024} KB{note}")
    if not argv:
        manifest = [dict(meta, file=f"{family}/{name}.pdf") for family, name, _, _, meta in docs]
        write_json(os.path.join(ROOT, "manifest.json"), manifest)


if __name__ == "__main__":
    main(sys.argv[1:])
