#!/usr/bin/env python3
"""QA documents for determina: HTML -> PDF with headless Chromium + expected canonical JSON.
usage: python3 src/test/fixtures-src/held-out/make_qa.py [OUTDIR=src/test/resources/held-out]"""
import html, json, os, re, subprocess, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qa_content import LAZIO, CAMPANIA, PROFILES, ATLANTE

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "resources", "held-out")
os.makedirs(OUT, exist_ok=True)
E = html.escape


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def sentence(s):
    return s[0].upper() + s[1:]


def credit(text):
    if text.startswith("Non ammesso"):
        return {"recognition": "not-allowed", "priorValue": False, "text": text}
    if "valore a priori" in text:
        return {"recognition": "allowed-with-prior-value", "priorValue": True, "text": text}
    return {"recognition": "allowed", "priorValue": False, "text": text}


def std(region, kind, title, eqf, desc, cls, dur, att, cred, entry, units, fname):
    return {"schemaVersion": "1.0", "id": f"{slug(region) if region else 'unknown'}:{kind}:{slug(title)}",
            "kind": kind, "region": region, "title": title, "eqfLevel": eqf, "description": desc,
            "classification": cls, "duration": dur, "attendance": att, "credits": cred,
            "entryRequirements": entry, "units": units, "flags": [],
            "source": {"file": fname, "sha256": None, "pageStart": 1, "pageEnd": None, "annex": None, "determination": None}}


def unit(n, kind, title, cu=None, h=None, fad=None, cr=None, er=None, kn=(), sk=(), ev=None):
    return {"number": n, "kind": kind, "title": title, "competenceUnit": cu, "minHours": h, "distanceMaxHours": fad,
            "credit": cr, "expectedResult": er, "knowledge": list(kn), "skills": list(sk), "evaluation": ev}


def page(css, body, size="A4", margin="16mm 14mm"):
    return f"""<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><style>
@page {{ size: {size}; margin: {margin}; }}
body {{ margin:0; }}
table {{ border-collapse: collapse; width: 100%; }}
td, th {{ vertical-align: top; text-align: left; }}
h1,h2,h3 {{ font-size: 1.05em; margin: 0.6em 0 0.3em; }}
p {{ margin: 0.25em 0; }}
ul {{ margin: 0.1em 0; padding-left: 1.4em; }}
{css}
</style></head><body>{body}</body></html>"""


# ---------------------------------------------------------------- table styles
STYLES = {
    "booktabs": """.t th { border-top: 1.6px solid #000; border-bottom: 0.8px solid #000; padding: 3pt 4pt; }
        .t td { padding: 3pt 4pt; } .t tr.last td { border-bottom: 1.6px solid #000; }""",
    "dashed": """.t th { border-bottom: 1px dashed #000; padding: 3pt 4pt; } .t td { border-bottom: 1px dashed #000; padding: 3pt 4pt; }""",
    "dotted": """.t th { border-bottom: 1px dotted #333; padding: 2pt 4pt; } .t td { border-bottom: 1px dotted #333; padding: 2pt 4pt; }""",
    "zebra": """.t th { background: #c9d3de; padding: 3pt 4pt; } .t td { padding: 3pt 4pt; }
        .t tr:nth-child(even) td { background: #eeeeee; }""",
    "spaced": """.t th { padding: 9pt 8pt; font-weight: bold; } .t td { padding: 9pt 8pt; }""",
    "frame": """.t { border: 1.2px solid #000; } .t th { padding: 3pt 5pt; border-bottom: 1px solid #000; } .t td { padding: 3pt 5pt; }""",
    "hairgrey": """.t th, .t td { border-bottom: 0.5px solid #999; padding: 2pt 3pt; }""",
    "vonly": """.t th, .t td { border-left: 0.8px solid #000; padding: 3pt 5pt; } .t th:first-child, .t td:first-child { border-left: none; }""",
    "hrules": """.t th, .t td { border-bottom: 0.8px solid #000; padding: 3pt 4pt; } .t { border-top: 0.8px solid #000; }""",
    "none": """.t th, .t td { padding: 2pt 6pt; }""",
    "band": """.t td { padding: 3pt 5pt; } .t td.lab { background: #f4dcc2; font-weight: bold; } .t th { padding: 3pt 5pt; }""",
}


# ---------------------------------------------------------------- LAZIO
def lazio_sections(key, style, order="std", rep=True, hdr_wrap=False, fname="", annex=None):
    d = LAZIO[key]
    ttl = d["title"]
    b = []
    if annex is None:
        b.append('<p style="text-align:center;font-size:0.9em">REGIONE LAZIO - Direzione Regionale Istruzione, '
                 'Formazione e Politiche per l\'Occupazione</p>')
    b.append(f'<h2 style="text-align:center">STANDARD MINIMO DI PERCORSO FORMATIVO<br>QUALIFICAZIONE DI {E(ttl.upper())}</h2>')
    b.append('<h3>1. RAPPORTO FRA UNITÀ DI COMPETENZA E UNITÀ DI RISULTATI DI APPRENDIMENTO:</h3>')
    b.append('<table class="t"><thead><tr><th style="width:50%">Unità di Competenza</th><th>Unità di Risultati di Apprendimento</th></tr></thead><tbody>')
    for i, u in enumerate(d["units"]):
        last = ' class="last"' if i == len(d["units"]) - 1 else ""
        b.append(f'<tr{last}><td>{E(u[0] or "--")}</td><td>{E(u[1])}</td></tr>')
    b.append('</tbody></table>')
    b.append(f'<h3>2. LIVELLO EQF DELLA QUALIFICAZIONE IN USCITA: {d["eqf"]}</h3>')
    b.append('<h3>3. REQUISITI OBBLIGATORI DI ACCESSO AL PERCORSO:</h3><ul style="list-style:none">')
    for r in d["entry"]:
        b.append(f'<li>- {E(r)}</li>')
    b.append('</ul><h3>4. ARTICOLAZIONE, PROPEDEUTICITÀ E DURATE MINIME:</h3>')
    hH = "Durata<br>minima<br>(ore)" if hdr_wrap else "Durata minima"
    hF = "di cui<br>in<br>FaD" if hdr_wrap else "di cui in FaD"
    hU = "Unità di<br>Risultati di<br>apprendimento" if hdr_wrap else "Unità di Risultati di apprendimento"
    cols = [("N.", "5%"), ("Articolazione dell'Unità di competenza/ Contenuti", "38%"), (hU, "17%")]
    num = [(hH, "8%"), (hF, "8%")] if order == "std" else [(hF, "8%"), (hH, "8%")]
    cols += num + [("Crediti formativi", "24%")]
    head = "<tr>" + "".join(f'<th style="width:{w}">{c if "<br>" in c else E(c)}</th>' for c, w in cols) + "</tr>"
    b.append('<table class="t">' + (f"<thead>{head}</thead><tbody>" if rep else f"<tbody>{head}"))
    tot_h = tot_f = 0
    for i, u in enumerate(d["units"]):
        uc, ura, h, f, cr, kn, sk = u
        tot_h += h; tot_f += f
        cont = "Conoscenze<br>" + "<br>".join("- " + E(k) for k in kn)
        if sk:
            cont += "<br>Abilità<br>" + "<br>".join("- " + E(s) for s in sk)
        hc, fc = str(h), ("0" if f == 0 else f"Max {f}")
        nums = [hc, fc] if order == "std" else [fc, hc]
        b.append(f'<tr><td>{i+1}.</td><td>{cont}</td><td>{E(ura)}</td>' + "".join(f"<td>{x}</td>" for x in nums)
                 + f'<td>{E(cr)}</td></tr>')
    tn = [str(tot_h), f"Max {tot_f}"] if order == "std" else [f"Max {tot_f}", str(tot_h)]
    b.append(f'<tr class="last"><td colspan="3"><b>DURATA MINIMA TOTALE</b></td>' + "".join(f"<td><b>{x}</b></td>" for x in tn)
             + '<td></td></tr></tbody></table>')
    im, ip = d["intern"]
    b.append('<h3>5. TIROCINIO CURRICULARE:</h3>'
             f'<p>Durata minima: {im} ore;<br>Durata massima: il {ip}% sul totale del percorso.</p>')
    b.append('<h3>6. UNITA\' DI RISULTATI DI APPRENDIMENTO AGGIUNTIVE:</h3>'
             f'<p>A scopo di miglioramento/curvatura della progettazione didattica, nel limite massimo del {d["add"]}% delle ore '
             'totali di formazione, al netto del tirocinio curriculare.</p>')
    b.append('<h3>7. METODOLOGIA DIDATTICA:</h3><p>Le Unità di risultati di apprendimento vanno realizzate attraverso '
             'attività di formazione d\'aula e di laboratorio, con metodologie attive.</p>')
    b.append('<h3>8. VALUTAZIONE DIDATTICA DEGLI APPRENDIMENTI:</h3><p>Obbligo di tracciabile valutazione didattica '
             'degli apprendimenti, per singola Unità di risultati di apprendimento.</p>')
    ca, ci = d["cred"]
    b.append('<h3>9. GESTIONE DEI CREDITI FORMATIVI:</h3><ul style="list-style:none"><li>- Credito di ammissione: --.</li>'
             f'<li>- Crediti di frequenza: la percentuale massima riconoscibile è il {ca}% sulla durata di ore d\'aula o '
             f'laboratorio; il {ci}% sul tirocinio curriculare, al netto degli eventuali crediti con valore a priori.</li></ul>')
    b.append('<h3>10. REQUISITI PROFESSIONALI E STRUMENTALI:</h3><p>Qualificazione dei formatori, di cui almeno il 50% '
             'esperti provenienti dal mondo del lavoro; presenza di aule e laboratori adeguatamente attrezzati.</p>')
    a1, a2 = d["att"]
    b.append('<h3>11. ATTESTAZIONE IN ESITO RILASCIATA DAL SOGGETTO ATTUATORE:</h3><p>Documento di formalizzazione degli '
             'apprendimenti, con indicazione del numero di ore di effettiva frequenza. Condizioni di ammissione all\'esame '
             f'finale: frequenza di almeno l\'{a1}% delle ore complessive del percorso formativo. È consentita l\'ammissione '
             f'all\'esame finale, anche a fronte della frequenza di almeno il {a2}% delle ore complessive del percorso '
             'formativo, previo parere favorevole - documentato - del collegio dei docenti/formatori.</p>'
             if a1 not in (80, 85) or True else "")
    b.append('<h3>12. ATTESTAZIONE IN ESITO AD ESAME PUBBLICO:</h3><p>Certificato di qualificazione professionale, '
             'rilasciato ai sensi del D.lgs. 13/2013.</p>')
    # truth
    units = [unit(i + 1, "learning-outcome-unit", u[1], {"title": u[0], "code": None} if u[0] else None, u[2], u[3],
                  credit(u[4]), None, u[5], u[6]) for i, u in enumerate(d["units"])]
    dur = {"totalHours": tot_h, "classroomHours": None, "labHours": None, "keyCompetenceHours": None,
           "internship": {"minHours": im, "maxHours": None, "maxPercentOfTotal": ip, "withLabMinHours": None},
           "distanceLearning": {"maxHours": tot_f, "syncMaxPercentOfClassroom": None, "asyncMaxPercentOfClassroom": None},
           "additionalUnitsMaxPercent": d["add"], "years": []}
    cls = {"sector": None, "ada": [], "istat": [], "ateco": [], "isced": []}
    s = std("Lazio", "training-standard", sentence(ttl.lower()), d["eqf"], None, cls, dur,
            {"minPercent": a1, "minPercentWithApproval": a2, "maxAbsencePercent": None},
            {"attendanceMaxPercent": ca, "internshipMaxPercent": ci}, list(d["entry"]), units, fname)
    return "\n".join(b), s


# ---------------------------------------------------------------- CAMPANIA
def kv(label, value, right=False, cls_lab=""):
    lab = f'<td class="lab{cls_lab}">{label}</td>'
    val = f'<td class="val">{value}</td>'
    return f"<tr>{val}{lab}</tr>" if right else f"<tr>{lab}{val}</tr>"


SL = {"Denominazione Qualificazione regionale": "Denominazione Qualificazione",
      "Descrizione sintetica della qualificazione": "Descrizione qualificazione",
      "Durata minima complessiva del percorso formativo (ore)": "Durata minima complessiva del percorso (ore)",
      "Durata minima delle attività di aula (ore)": "Durata minima di aula (ore)",
      "Durata minima delle attività di laboratorio (ore)": "Durata minima laboratorio (ore)",
      "Requisiti minimi di ingresso dei partecipanti al percorso": "Requisiti minimi di ingresso dei partecipanti",
      "Denominazione unità di competenza di riferimento": "Denominazione unità di competenza"}


def campania_sections(key, style, labw="17%", right=False, fname=""):
    d = CAMPANIA[key]
    t = d["title"]
    R = right
    b = ['<p style="text-align:center">REPERTORIO DEI TITOLI E DELLE QUALIFICAZIONI DELLA REGIONE CAMPANIA</p>']
    cg = (f'<colgroup><col><col style="width:{labw}"></colgroup>' if R else f'<colgroup><col style="width:{labw}"><col></colgroup>')
    b.append('<p><b>STANDARD FORMATIVO</b></p>')
    b.append(f'<table class="t">{cg}<tbody>')
    rows = [("Denominazione Qualificazione regionale", E(t)), ("Denominazione Standard Formativo", E(t)),
            ("Livello EQF", str(d["eqf"])), ("Settore Economico Professionale", f'SEP {d["sep"][0]} - {E(d["sep"][1])}'),
            ("Area di Attività", "<br>".join(f"{c} - {E(x)}" for c, x in d["ada"])),
            ("Descrizione sintetica della qualificazione", E(d["desc"])),
            ("Referenziazione ATECO 2007", " ".join(f"{c} - {E(x)}" for c, x in d["ateco"])),
            ("Referenziazione ISTAT CP2011", " ".join(f"{c} - {E(x)}" for c, x in d["istat"])),
            ("Codice ISCED-F 2013", f'{d["isced"][0]} {E(d["isced"][1])}'),
            ("Durata minima complessiva del percorso formativo (ore)", str(d["total"]))]
    if os.environ.get("QA_SAMPLE_LABELS"):
        rows = [(SL.get(l, l), v) for l, v in rows]
    c = d["comp"]
    if c:
        rows += [("Durata minima delle attività di aula (ore)", str(c["classroom"])),
                 ("Durata minima delle attività di laboratorio (ore)", str(c["lab"])),
                 ("Durata delle attività formative rivolte alle KC (ore)", str(c["kc"])),
                 ("Percentuale durata massima e-learning sincrona in rapporto alla durata d'aula", str(c["sync"])),
                 ("Percentuale durata massima e-learning asincrona in rapporto alla durata d'aula", str(c["asyncp"])),
                 ("Durata minima tirocinio curriculare ore", str(c["intern"])),
                 ("Durata minima tirocinio curriculare + Laboratorio (ore)", str(c["withlab"]))]
    if os.environ.get("QA_SAMPLE_LABELS"):
        rows = [(SL.get(l, l), v) for l, v in rows]
    rows += [("Requisiti minimi di ingresso dei partecipanti al percorso", E(d["req"])),
             ("Requisiti minimi didattici comuni a tutte le UF/segmenti", "Formazione d'aula specifica e formazione tecnica mediante attività pratiche/laboratoriali"),
             ("Requisiti minimi di valutazione e di attestazione degli apprendimenti",
              f"1. Prevedere verifiche periodiche di apprendimento a conclusione di ogni UF. 2. Condizione minima di ammissione "
              f"all'esame finale è la frequenza di almeno l'{d['att']}% delle ore complessive del percorso formativo. "
              f"3. Esame finale pubblico in conformità alle disposizioni regionali vigenti.")]
    if d["absence"] is not None:
        rows.append(("Percentuale Assenza massima consentita", str(d["absence"])))
    rows += [("Attestazione in esito", "Certificazione di qualifica professionale"),
             ("Gestione dei crediti formativi", "E' ammesso il riconoscimento dei crediti formativi (di ammissione e di frequenza) in conformità alle disposizioni previste dalla normativa regionale vigente"),
             ("Eventuali ulteriori indicazioni", "")]
    if os.environ.get("QA_SAMPLE_LABELS"):
        rows = [(SL.get(l, l), v) for l, v in rows]
    for l, v in rows:
        b.append(kv(E(l), v, R))
    b.append('</tbody></table>')
    b.append("<p><b>ELENCO DELLE UNITA' FORMATIVE</b></p><p>" +
             " ".join(f"{i+1} - {E(u[0])}" for i, u in enumerate(d["ufs"])) + "</p>")
    b.append('<p><b>CORSI ANNUALITÀ</b></p><table class="t" style="width:60%"><thead><tr><th>Anno</th><th>Ore</th><th>Esame Intermedio</th></tr></thead><tbody>')
    for y, h, ex in d["years"]:
        b.append(f'<tr><td>{y}° Anno</td><td>{h}</td><td>{"Sì" if ex else "No"}</td></tr>')
    b.append('</tbody></table>')
    units = []
    for i, (ut, ct, code, er, h, sk, kn) in enumerate(d["ufs"]):
        b.append(f"<p><b>DETTAGLIO UNITA' FORMATIVA n.{i+1}</b></p><table class=\"t\">{cg}<tbody>")
        r = [("Denominazione unità formativa", E(ut)), ("Livello EQF", str(d["eqf"])),
             ("Denominazione unità di competenza di riferimento", f"{E(ct)} ({code})"),
             ("Risultato atteso", E(er)),
             ("Abilità", "<br>".join(f"{j+1}. {E(s)}" for j, s in enumerate(sk))),
             ("Conoscenze", "<br>".join(f"{j+1}. {E(s)}" for j, s in enumerate(kn)))]
        if h is not None:
            r.append(("Durata minima di aula (ore)", str(h)))
        r.append(("Vincoli (eventuali)", ""))
        for l, v in r:
            b.append(kv(E(SL.get(l, l) if os.environ.get("QA_SAMPLE_LABELS") else l), v, R))
        b.append('</tbody></table>')
        units.append(unit(i + 1, "training-unit", ut, {"title": ct, "code": code}, h, None, None, er, kn, sk))
    cls = {"sector": {"code": d["sep"][0], "title": d["sep"][1]},
           "ada": [{"code": c_, "formerCode": None, "title": x} for c_, x in d["ada"]],
           "istat": [{"code": c_, "title": x} for c_, x in d["istat"]],
           "ateco": [{"code": c_.split(".", 1)[1], "title": x} for c_, x in d["ateco"]],
           "isced": [{"code": d["isced"][0], "title": d["isced"][1]}]}
    dur = {"totalHours": d["total"], "classroomHours": c and c["classroom"], "labHours": c and c["lab"],
           "keyCompetenceHours": c and c["kc"],
           "internship": {"minHours": c["intern"], "maxHours": None, "maxPercentOfTotal": None, "withLabMinHours": c["withlab"]} if c else None,
           "distanceLearning": {"maxHours": None, "syncMaxPercentOfClassroom": c["sync"], "asyncMaxPercentOfClassroom": c["asyncp"]} if c else None,
           "additionalUnitsMaxPercent": None,
           "years": [{"year": y, "hours": h, "intermediateExam": ex} for y, h, ex in d["years"]]}
    s = std("Campania", "training-standard", t, d["eqf"], d["desc"], cls, dur,
            {"minPercent": d["att"], "minPercentWithApproval": None, "maxAbsencePercent": d["absence"]}, None,
            [d["req"]], units, fname)
    return "\n".join(b), s


# ---------------------------------------------------------------- PROFILE
def profile_sections(key, region, fname, bullet="•"):
    d = PROFILES[key]
    b = ['<table class="t"><colgroup><col style="width:26%"><col></colgroup><tbody>']
    rows = [("Denominazione del profilo professionale", E(d["title"])), ("Descrizione del profilo professionale", E(d["desc"])),
            ("Settore Economico - Professionale", E(d["sector"])),
            ("ADA", "<br>".join(f"{c} ({fc}) - {E(x)}" for c, fc, x in d["ada"])),
            ("Gruppo/i di correlazione", ""), ("Livello EQF", str(d["eqf"])),
            ("Codice univoco ISTAT CP2011", "<br>".join(f"{c} - {E(x)}" for c, x in d["istat"])),
            ("Referenziazione ATECO", "<br>".join(f"{c} - {E(x)}" for c, x in d["ateco"])),
            ("Unità di Competenza costituenti il profilo", "<br>".join(f"{i+1}. {E(u[0])}" for i, u in enumerate(d["ucs"])))]
    for l, v in rows:
        b.append(kv(E(l), v))
    units = []
    for i, (t, er, kn, sk, ind, soglia) in enumerate(d["ucs"]):
        b.append(f'<tr><td colspan="2"><b>Denominazione dell\'Unità di Competenza {i+1}) {E(t)}</b></td></tr>')
        for l, v in [("Risultato atteso", E(er)), ("EQF", str(d["eqf"])),
                     ("Conoscenze", "<br>".join(f"{bullet} {E(x)}" for x in kn)),
                     ("Abilità", "<br>".join(f"{bullet} {E(x)}" for x in sk)),
                     ("Indicatori di valutazione", E(ind)), ("Soglia minima di prestazione", E(soglia))]:
            b.append(kv(E(l), v))
        units.append(unit(i + 1, "competence-unit", t, None, None, None, None, er, kn, sk,
                          {"indicators": ind, "minimumPerformance": soglia}))
    b.append('</tbody></table>')
    cls = {"sector": {"code": None, "title": d["sector"]},
           "ada": [{"code": c, "formerCode": fc, "title": x} for c, fc, x in d["ada"]],
           "istat": [{"code": c, "title": x} for c, x in d["istat"]],
           "ateco": [{"code": c, "title": x} for c, x in d["ateco"]], "isced": []}
    s = std(region, "professional-profile", d["title"], d["eqf"], d["desc"], cls, None, None, None, [], units, fname)
    return "\n".join(b), s


# ---------------------------------------------------------------- ATLANTE
def atlante_sections(fname):
    d = ATLANTE
    b = ['<p style="font-size:0.8em">Atlante Lavoro INAPP - Istituto Nazionale per l\'Analisi delle Politiche Pubbliche<br>'
         'Home › Atlante › Repertori › Qualificazioni › Dettaglio qualificazione</p>',
         f'<h1 style="font-size:1.5em">{E(d["title"])}</h1><p><b>SETTORE {d["sector"][0]}. {E(d["sector"][1])}</b></p>',
         f'<p><b>REPERTORIO - {d["region"]}</b></p><h3>AdA associate alla Qualificazione</h3>']
    for c, fc, x in d["ada"]:
        b.append(f'<p>{c} (ex {fc}) - {E(x)}</p>')
    b.append('<h3>Tabelle di equivalenza AdA</h3><table class="t"><tbody>'
             '<tr><td>Birraio artigiano</td><td>Piemonte</td></tr><tr><td>Addetto alla produzione di bevande fermentate</td><td>Toscana</td></tr>'
             f'<tr><td>{E(d["title"])}</td><td>{d["region"]}</td></tr></tbody></table>')
    b.append('<h2>Competenze</h2>')
    units = []
    for i, (t, ob, kn, sk) in enumerate(d["comps"]):
        b.append(f'<p><b>Titolo:</b> {E(t)}</p><p><b>Descrizione:</b> {E(ob)}</p><p><b>Obiettivo:</b> {E(ob)}</p>'
                 '<p><b>Attività associate alla Competenza</b></p>'
                 f'<p style="margin-left:1em">Attività dell\' AdA {d["ada"][0][0]} (ex {d["ada"][0][1]}) - {E(d["ada"][0][2])} associate:<br>'
                 'Risultato atteso:RA1: Condurre le fasi di produzione secondo le procedure aziendali<br>Conduzione degli impianti</p>'
                 '<p><b>CONOSCENZE</b></p><ul>' + "".join(f"<li>{E(k)}</li>" for k in kn) + '</ul>'
                 '<p><b>ABILITÀ/CAPACITÀ</b></p><ul>' + "".join(f"<li>{E(k)}</li>" for k in sk) + '</ul>')
        units.append(unit(i + 1, "competence", t, None, None, None, None, ob, kn, sk))
    b.append('<h3>Codici ISTAT CP2011 associati</h3><table class="t"><thead><tr><th style="width:25%">Codice</th><th>Titolo</th></tr></thead><tbody>'
             + "".join(f"<tr><td>{c}</td><td>{E(x)}</td></tr>" for c, x in d["istat"]) + '</tbody></table>')
    b.append('<h3>Codici ISTAT ATECO associati</h3><table class="t"><thead><tr><th style="width:25%">Codice Ateco</th><th>Titolo Ateco</th></tr></thead><tbody>'
             + "".join(f"<tr><td>{c}</td><td>{E(x)}</td></tr>" for c, x in d["ateco"]) + '</tbody></table>')
    cls = {"sector": {"code": d["sector"][0], "title": d["sector"][1]},
           "ada": [{"code": c, "formerCode": fc, "title": x} for c, fc, x in d["ada"]],
           "istat": [{"code": c, "title": x} for c, x in d["istat"]],
           "ateco": [{"code": c, "title": x} for c, x in d["ateco"]], "isced": []}
    s = std(d["region"], "qualification-record", d["title"], None, None, cls, None, None, None, [], units, fname)
    return "\n".join(b), s


# ---------------------------------------------------------------- render
def render(name, html_text, stds):
    hp = os.path.join(OUT, name + ".html")
    pp = os.path.join(OUT, name + ".pdf")
    open(hp, "w", encoding="utf-8").write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pp}", "file://" + hp], check=True, capture_output=True)
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pp], capture_output=True, text=True).stdout).group(1))
    for s in stds:
        if s["source"]["pageEnd"] is None:
            s["source"]["pageEnd"] = n
    json.dump(stds, open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    print(f"{name}: {n} pages")
    return n


def font(fam, pt, extra=""):
    return f"body {{ font-family: '{fam}'; font-size: {pt}pt; line-height: 1.25; }} {extra}"


def lazio_doc(name, key, style, fam, pt, **kw):
    size = kw.pop("size", "A4")
    margin = kw.pop("margin", "16mm 14mm")
    body, s = lazio_sections(key, style, fname=name + ".pdf", **kw)
    render(name, page(font(fam, pt) + STYLES[style], body, size, margin), [s])


def campania_doc(name, key, style, fam, pt, **kw):
    size = kw.pop("size", "A4")
    body, s = campania_sections(key, style, fname=name + ".pdf", **kw)
    render(name, page(font(fam, pt) + STYLES[style], body, size), [s])


def main():
    only = sys.argv[2:] 
    docs = [
     ("qa_lazio_booktabs_panificio", lambda n: lazio_doc(n, "panificio", "booktabs", "DejaVu Serif", 9)),
     ("qa_lazio_dashed_animazione", lambda n: lazio_doc(n, "animazione", "dashed", "Liberation Sans", 9.5)),
     ("qa_lazio_zebra_saldatura", lambda n: lazio_doc(n, "saldatura", "zebra", "FreeSerif", 11)),
     ("qa_lazio_spaced-norules_marketing", lambda n: lazio_doc(n, "marketing", "spaced", "Liberation Sans Narrow", 10)),
     ("qa_lazio_narrow-landscape_saldatura", lambda n: lazio_doc(n, "saldatura", "frame", "DejaVu Sans Condensed", 8,
                                                                  size="210mm 130mm", margin="8mm 10mm", hdr_wrap=True)),
     ("qa_lazio_fad-first_panificio", lambda n: lazio_doc(n, "panificio", "hairgrey", "Carlito", 10.5, order="fad")),
     ("qa_lazio_split-rep_marketing", lambda n: lazio_doc(n, "marketing", "dotted", "DejaVu Serif", 12, rep=True)),
     ("qa_lazio_split-norep_animazione", lambda n: lazio_doc(n, "animazione", "vonly", "FreeSans", 12, rep=False)),
     ("qa_campania_hrules-wrap_legno", lambda n: campania_doc(n, "legno", "hrules", "Liberation Serif", 10, labw="15%")),
     ("qa_campania_frame-wrap_tessile", lambda n: campania_doc(n, "tessile", "frame", "DejaVu Sans", 8.5, labw="16%")),
     ("qa_campania_none-wrap_agricolo", lambda n: campania_doc(n, "agricolo", "none", "FreeSerif", 11, labw="18%")),
     ("qa_campania_band-right_legno", lambda n: campania_doc(n, "legno", "band", "Carlito", 11, labw="20%", right=True)),
     ("qa_campania_dotted-landscape_tessile", lambda n: campania_doc(n, "tessile", "dotted", "Liberation Sans Narrow", 9,
                                                                     labw="14%", size="A4 landscape")),
    ]
    for name, fn in docs:
        if not only or any(name.startswith(o) for o in only):
            fn(name)
    # profile 8 pt serif, frame-less hrules
    n = "qa_profilo_serif8_pesca"
    if not only or any(n.startswith(o) for o in only):
        body, s = profile_sections("pesca", None, n + ".pdf")
        render(n, page(font("DejaVu Serif", 8) + STYLES["hrules"], body), [s])
    n = "qa_atlante_sans12_birra"
    if not only or any(n.startswith(o) for o in only):
        body, s = atlante_sections(n + ".pdf")
        render(n, page(font("Liberation Sans", 12) + STYLES["none"], body), [s])
    n = "qa_det_lazio_G09137_allegati-1-2"
    if not only or any(n.startswith(o) for o in only):
        det_doc(n)


def det_doc(name):
    act = ('<div class="act"><p style="text-align:center"><b>REGIONE LAZIO</b><br>Direzione Regionale Istruzione, Formazione e '
           'Politiche per l\'Occupazione</p><p style="text-align:center"><b>DETERMINAZIONE n. G09137 del 07/07/2025</b></p>'
           '<p><b>OGGETTO:</b> Aggiornamento del Repertorio regionale delle qualificazioni e degli standard formativi. '
           'Approvazione del profilo professionale di "Saldatore di carpenteria metallica" e dello standard minimo di percorso '
           'formativo della qualificazione di "Addetto alle lavorazioni di saldatura" (allegati 1 e 2).</p>'
           '<p style="text-align:center"><b>IL DIRETTORE</b></p><p style="text-align:center"><b>VISTI</b></p>'
           '<p>- lo Statuto della Regione Lazio;<br>- il decreto legislativo 16 gennaio 2013, n. 13;<br>- la deliberazione '
           'della Giunta regionale 11 settembre 2012, n. 452;</p><p style="text-align:center"><b>DETERMINA</b></p>'
           '<p>1. di approvare i seguenti allegati, parte integrante e sostanziale del presente atto:<br>- Allegato 1: profilo '
           'professionale di "Saldatore di carpenteria metallica";<br>- Allegato 2: standard minimo di percorso formativo della '
           'qualificazione di "Addetto alle lavorazioni di saldatura".</p><p>2. di disporre la pubblicazione del presente atto '
           'sul Bollettino Ufficiale della Regione Lazio.</p><p style="text-align:right">Il Direttore<br>Dott. Marco Bellini</p></div>')
    p_body, ps = profile_sections("saldatore", "Lazio", name + ".pdf", bullet="–")
    l_body, ls = lazio_sections("saldatura", "dashed", fname=name + ".pdf", annex="2")
    css = (font("Liberation Serif", 11) +
           ".a1 { font-family: 'Liberation Sans'; font-size: 9pt; } .a1 .t td { padding: 2pt 4pt; } "
           ".a1 .t tr:nth-child(odd) td { background: #e8eef4; } "
           ".a2 { font-family: 'Carlito'; font-size: 10pt; } .a2 .t th, .a2 .t td { border-bottom: 1px dashed #000; padding: 3pt 4pt; } "
           ".brk { page-break-before: always; }")
    body = (act + '<div class="brk a1"><p style="text-align:right"><b>ALLEGATO 1</b></p>' + p_body + '</div>'
            '<div class="brk a2"><p style="text-align:right"><b>ALLEGATO 2</b></p>' + l_body + '</div>')
    stds = [ps, ls]
    render(name, page(css, body), stds)
    # annex pages from the PDF
    pp = os.path.join(OUT, name + ".pdf")
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pp], capture_output=True, text=True).stdout).group(1))
    starts = {}
    for pg in range(1, n + 1):
        t = subprocess.run(["pdftotext", "-f", str(pg), "-l", str(pg), pp, "-"], capture_output=True, text=True).stdout
        for a in ("1", "2"):
            if re.search(rf"ALLEGATO {a}\b", t) and a not in starts:
                starts[a] = pg
    det = {"number": "G09137", "date": "2025-07-07", "issuer": "Regione Lazio"}
    ps["source"].update(pageStart=starts["1"], pageEnd=starts["2"] - 1, annex="1", determination=det)
    ls["source"].update(pageStart=starts["2"], pageEnd=n, annex="2", determination=det)
    json.dump(stds, open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    print(name, starts, n)


if __name__ == "__main__":
    main()
