# -*- coding: utf-8 -*-
"""Render the qc_ documents: HTML -> PDF with headless chromium.  usage: python3 gen.py [name-filter]"""
import html
import os
import subprocess
import sys

from data import L1B, L1, L2, C1, C2, P1, A1, LAZIO_ENTRY

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
HTMLDIR = os.path.join(ROOT, "html")
DOCS = os.path.join(ROOT, "docs")
e = html.escape


# ------------------------------------------------------------------ styles
def css(font="Liberation Serif", size=10, landscape=False, rules="grid", zebra=False, margin="18mm 16mm"):
    rule = {
        "grid": "td,th{border:0.8pt solid #000}",
        "rows": "td,th{border:none;border-top:0.6pt solid #444;border-bottom:0.6pt solid #444}",
        "none": "td,th{border:none}",
        "frame": "td,th{border:none} table.kv{border:1.4pt solid #000}",
        "cols": "td,th{border:none;border-left:0.7pt solid #000;border-right:0.7pt solid #000} table{border-top:0.7pt solid #000;border-bottom:0.7pt solid #000}",
    }[rules]
    z = "table.main tbody tr:nth-child(even) td{background:#e4e4e4} table.kv tr:nth-child(even) td{background:#eaeaea}" if zebra else ""
    return f"""
@page {{ size: A4 {'landscape' if landscape else 'portrait'}; margin: {margin}; }}
body {{ font-family: '{font}'; font-size: {size}pt; line-height: 1.2; margin:0; }}
table {{ border-collapse: collapse; width: 100%; }}
td,th {{ vertical-align: top; padding: 2pt 4pt; text-align:left; }}
th {{ font-weight: bold; }}
{rule}
{z}
h1 {{ font-size: {size + 2}pt; text-align:center; margin: 6pt 0; }}
h2 {{ font-size: {size}pt; margin: 10pt 0 4pt 0; }}
.hdr {{ text-align:center; font-size:{size - 1}pt; margin-bottom:8pt; }}
.annex {{ text-align:right; font-weight:bold; break-before: page; }}
.first {{ break-before: auto; }}
.num {{ text-align:center; white-space:nowrap; }}
ul.d {{ margin:0; padding-left: 12pt; list-style: none; }}
ul.d li::before {{ content: "- "; margin-left:-10pt; }}
.wm {{ position: fixed; top: 40%; left: 5%; width: 90%; text-align:center; font-size: 72pt; color: rgba(150,150,150,0.35);
      transform: rotate(-40deg); z-index: -1; font-family: 'DejaVu Sans'; font-weight:bold; }}
"""


def page(body, style, title="documento"):
    return f"<!DOCTYPE html><html lang='it'><head><meta charset='utf-8'><title>{e(title)}</title><style>{style}</style></head><body>{body}</body></html>"


# ------------------------------------------------------------------ Lazio percorso
def lazio(L, opt, annex=None):
    o = []
    if annex:
        o.append(f"<div class='annex {'first' if opt.get('firstpage') else ''}'>ALLEGATO {annex}</div>")
    if opt.get("pagehdr", True):
        o.append("<div class='hdr'>REGIONE LAZIO - Direzione Regionale Istruzione, Formazione e Politiche per l'Occupazione</div>")
    o.append("<h1>STANDARD MINIMO DI PERCORSO FORMATIVO<br>QUALIFICAZIONE DI " + e(L["title"].upper()) + "</h1>")
    o.append("<h2>1. RAPPORTO FRA UNITÀ DI COMPETENZA E UNITÀ DI RISULTATI DI APPRENDIMENTO:</h2>")
    t1 = ["<table class='s1'><thead><tr><th>Unità di Competenza</th><th>Unità di Risultati di Apprendimento</th></tr></thead><tbody>"]
    units = L["units"]
    k = 0
    while k < len(units):
        u = units[k]
        span = 1
        if opt.get("rowspan") and u[2]:
            while k + span < len(units) and units[k + span][2] == u[2]:
                span += 1
        t1.append(f"<tr><td rowspan='{span}' style='vertical-align:middle'>{e(u[2] or '--')}</td><td>{e(u[1] or u[0])}</td></tr>")
        for j in range(1, span):
            t1.append(f"<tr><td>{e(units[k + j][1] or units[k + j][0])}</td></tr>")
        k += span
    t1.append("</tbody></table>")
    t1 = "".join(t1)
    if opt.get("sidebyside"):
        side = ("<table class='side'><thead><tr><th colspan='2'>Quadro riepilogativo</th></tr></thead><tbody>"
                f"<tr><td>Ore d'aula</td><td class='num'>{L['total']}</td></tr>"
                f"<tr><td>Tirocinio</td><td class='num'>{L['intern_min']}</td></tr>"
                f"<tr><td>Totale percorso</td><td class='num'>{L['total'] + L['intern_min']}</td></tr></tbody></table>")
        o.append("<div style='display:flex;gap:14pt;align-items:flex-start'><div style='flex:3'>" + t1 +
                 "</div><div style='flex:1'>" + side + "</div></div>")
    else:
        o.append(t1)
    if opt.get("form"):
        o.append("<div style='border:1.2pt solid #000;padding:6pt;margin:8pt 0'>"
                 "<div style='font-weight:bold;margin-bottom:4pt'>SCHEDA SINTETICA (da compilare a cura dell'ente)</div>"
                 f"<h2>2. LIVELLO EQF DELLA QUALIFICAZIONE IN USCITA: {L['eqf']}</h2>"
                 "<div>Ente proponente: ______________________ &nbsp; Codice corso: ________</div>"
                 "<h2>5. TIROCINIO CURRICULARE:</h2>"
                 "<table style='width:60%'><tbody>"
                 f"<tr><td>Durata minima:</td><td>{L['intern_min']} ore;</td></tr>"
                 f"<tr><td>Durata massima:</td><td>il {L['intern_pct']}% sul totale del percorso.</td></tr>"
                 "</tbody></table></div>")
    else:
        o.append(f"<h2>2. LIVELLO EQF DELLA QUALIFICAZIONE IN USCITA: {L['eqf']}</h2>")
    o.append("<h2>3. REQUISITI OBBLIGATORI DI ACCESSO AL PERCORSO:</h2><ul class='d'>" +
             "".join(f"<li>{e(x)}</li>" for x in LAZIO_ENTRY) + "</ul>")
    o.append("<h2>4. ARTICOLAZIONE, PROPEDEUTICITÀ E DURATE MINIME:</h2>")
    head = ("<tr><th style='width:5%'>N.</th><th style='width:38%'>Articolazione dell'Unità di competenza/ Contenuti</th>"
            "<th style='width:17%'>Unità di Risultati di apprendimento</th><th style='width:8%'>Durata minima</th>"
            "<th style='width:8%'>di cui in FaD</th><th style='width:24%'>Crediti formativi</th></tr>")
    rows = []
    for i, u in enumerate(L["units"], 1):
        c = "<div>Conoscenze</div><ul class='d'>" + "".join(f"<li>{e(k)}</li>" for k in u[7]) + "</ul>"
        if u[8]:
            c += "<div>Abilità</div><ul class='d'>" + "".join(f"<li>{e(s)}</li>" for s in u[8]) + "</ul>"
        hcell = f"{u[3]}" + ("<sup>(*)</sup>" if opt.get("footnote") == i else "")
        rows.append(f"<tr><td>{i}.</td><td>{c}</td><td>{e(u[0])}</td><td class='num'>{hcell}</td>"
                    f"<td class='num'>{e(u[4])}</td><td>{e(u[6])}</td></tr>")
    rows.append(f"<tr><td colspan='3'><b>DURATA MINIMA TOTALE</b></td><td class='num'>{L['total']}</td>"
                f"<td class='num'>Max {L['fad_total']}</td><td></td></tr>")
    if opt.get("repeat", True):
        o.append(f"<table class='main'><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>")
    else:
        o.append(f"<table class='main'><tbody>{head}{''.join(rows)}</tbody></table>")
    if opt.get("footnote"):
        o.append("<p style='font-size:80%'>(*) di cui 6 ore di esercitazione pratica in cantiere.</p>")
    o.append("<p>NOTA:<br>Le Unità di Risultati dell'apprendimento n. 1 e 2, vanno realizzate prima delle altre Unità.</p>")
    if not opt.get("form"):
        o.append(f"<h2>5. TIROCINIO CURRICULARE:</h2><div>Durata minima: {L['intern_min']} ore;</div>"
                 f"<div>Durata massima: il {L['intern_pct']}% sul totale del percorso.</div>")
    o.append("<h2>6. UNITA' DI RISULTATI DI APPRENDIMENTO AGGIUNTIVE:</h2>"
             f"<div>A scopo di miglioramento/curvatura della progettazione didattica, nel limite massimo del {L['add_pct']}% "
             "delle ore totali di formazione, al netto del tirocinio curriculare.</div>")
    o.append("<h2>7. METODOLOGIA DIDATTICA:</h2><div>Le Unità di risultati di apprendimento vanno realizzate attraverso "
             "attività di formazione d'aula specifica e metodologia attiva, utilizzando laboratori pratici.</div>")
    o.append("<h2>8. VALUTAZIONE DIDATTICA DEGLI APPRENDIMENTI:</h2><div>Obbligo di tracciabile valutazione didattica degli "
             "apprendimenti, per singola Unità di risultati di apprendimento.</div>")
    o.append("<h2>9. GESTIONE DEI CREDITI FORMATIVI:</h2><ul class='d'><li>Credito di ammissione: --.</li>"
             f"<li>Crediti di frequenza: la percentuale massima riconoscibile è il {L['cred_att']}% sulla durata di ore d'aula o "
             f"laboratorio; il {L['cred_int']}% sul tirocinio curriculare, al netto degli eventuali crediti con valore a priori.</li></ul>")
    o.append("<h2>10. REQUISITI PROFESSIONALI E STRUMENTALI:</h2><div>Qualificazione dei formatori, di cui almeno il 50% esperti "
             "provenienti dal mondo del lavoro; presenza di aule e laboratori adeguatamente attrezzati.</div>")
    o.append("<h2>11. ATTESTAZIONE IN ESITO RILASCIATA DAL SOGGETTO ATTUATORE:</h2><div>Documento di formalizzazione degli "
             "apprendimenti, con indicazione del numero di ore di effettiva frequenza. Condizioni di ammissione all'esame finale: "
             f"frequenza di almeno l'{L['att']}% delle ore complessive del percorso formativo. È consentita l'ammissione all'esame "
             f"finale, anche a fronte della frequenza di almeno il {L['att_appr']}% delle ore complessive del percorso formativo, "
             "previo parere favorevole - documentato - del collegio dei docenti/formatori.</div>")
    o.append("<h2>12. ATTESTAZIONE IN ESITO AD ESAME PUBBLICO:</h2><div>Certificato di qualificazione professionale, rilasciato "
             "ai sensi del D.lgs. 13/2013.</div>")
    return "\n".join(o).replace("l'75%", "il 75%").replace("l'80%", "l'80%")


# ------------------------------------------------------------------ Campania standard formativo
def kvrow(label, value, opt, raw=False):
    v = value if raw else e(str(value))
    if opt.get("labelright"):
        return f"<tr><td class='val'>{v}</td><td class='lab'>{e(label)}</td></tr>"
    return f"<tr><td class='lab'>{e(label)}</td><td class='val'>{v}</td></tr>"


def kvtable(rows, opt):
    cls = "kv"
    return f"<table class='{cls}'><colgroup>" + (
        "<col style='width:66%'><col style='width:34%'>" if opt.get("labelright") else "<col style='width:32%'><col style='width:68%'>") + \
        "</colgroup><tbody>" + "".join(rows) + "</tbody></table>"


def campania(C, opt, annex=None):
    o = []
    if annex:
        o.append(f"<div class='annex {'first' if opt.get('firstpage') else ''}'>ALLEGATO {annex}</div>")
    o.append("<div class='hdr'>REPERTORIO DEI TITOLI E DELLE QUALIFICAZIONI DELLA REGIONE CAMPANIA</div>")
    o.append("<h2>STANDARD FORMATIVO</h2>")
    r = []
    r.append(kvrow("Denominazione Qualificazione", C["qual"], opt))
    r.append(kvrow("Denominazione Standard Formativo", C["title"], opt))
    if C["eqf5"]:
        r.append(kvrow("Durata percorso Formativo", f"{C['years_count']} anni", opt))
    r.append(kvrow("Livello EQF", C["eqf"], opt))
    r.append(kvrow("Settore Economico Professionale", f"SEP {C['sep'][0]} - {C['sep'][1]}", opt))
    r.append(kvrow("Area di Attività", "<br>".join(e(f"{c} - {t}") for c, t in C["ada"]), opt, raw=True))
    r.append(kvrow("Processo", C["processo"], opt))
    r.append(kvrow("Sequenza di processo", C["sequenza"], opt))
    r.append(kvrow("Qualificazione regionale di riferimento", C["qual"], opt))
    r.append(kvrow("Descrizione qualificazione", C["description"], opt))
    r.append(kvrow("Referenziazione ATECO 2007", " ".join(f"{s}.{c} - {t}" for c, s, t in C["ateco"]), opt))
    r.append(kvrow("Referenziazione ISTAT CP2011", " ".join(f"{c} - {t}" for c, t in C["istat"]), opt))
    r.append(kvrow("Codice ISCED-F 2013", " ".join(f"{c} {t}" for c, t in C["isced"]), opt))
    if C["eqf5"]:
        r.append(kvrow("Ulteriori indicazioni per l'e-learning", "Secondo quanto previsto dalle disposizioni regionali in materia.", opt))
    r.append(kvrow("Durata minima complessiva del percorso (ore)", C["total"], opt))
    if C["eqf5"]:
        r.append(kvrow("Durata minima di aula (ore)", C["classroom"], opt))
        r.append(kvrow("Durata minima laboratorio (ore)", C["lab"], opt))
        r.append(kvrow("Durata delle attività formative rivolte alle KC (ore)", C["kc"], opt))
        r.append(kvrow("Percentuale durata massima e-learning sincrona in rapporto alla durata d'aula", C["sync"], opt))
        r.append(kvrow("Percentuale durata massima e-learning asincrona in rapporto alla durata d'aula", C["async_"], opt))
        r.append(kvrow("Durata minima tirocinio curriculare ore", C["intern"], opt))
        r.append(kvrow("Durata minima tirocinio curriculare + Laboratorio (ore)", C["intern_lab"], opt))
    r.append(kvrow("Requisiti minimi di ingresso dei partecipanti", C["entry"] + " " + FILLER, opt))
    r.append(kvrow("Requisiti minimi didattici comuni a tutte le UF/Moduli", "Formazione d'aula specifica e formazione tecnica mediante attività pratiche/laboratoriali", opt))
    r.append(kvrow("Requisiti minimi di risorse professionali", RISORSE, opt))
    r.append(kvrow("Requisiti minimi di risorse strumentali", "È necessario disporre di aule e/o laboratori congruamente attrezzati", opt))
    r.append(kvrow("Requisiti minimi di valutazione degli apprendimenti",
                   "1. Prevedere verifiche periodiche di apprendimento a conclusione di ogni UF. 2. Condizione minima di ammissione "
                   f"all'esame finale è la frequenza di almeno il {C['att']}% delle ore complessive del percorso formativo. 3. Esame "
                   "finale pubblico in conformità alle disposizioni regionali vigenti.", opt))
    if C["eqf5"]:
        r.append(kvrow("Percentuale Assenza massima consentita", C["absence"], opt))
        r.append(kvrow("Percentuale Termine ultimo di inserimento (TUI)", C["tui"], opt))
    r.append(kvrow("Attestazione in esito", "Certificazione di qualifica professionale", opt))
    r.append(kvrow("Gestione dei crediti formativi", "E' ammesso il riconoscimento dei crediti formativi (di ammissione e di frequenza) in "
                   "conformità alle disposizioni previste dalla normativa regionale vigente", opt))
    r.append(kvrow("Eventuali ulteriori indicazioni", "", opt))
    r.append(kvrow("ELENCO DELLE UNITA' FORMATIVE", " ".join(f"{i} - {u['title']}" for i, u in enumerate(C["units"], 1)), opt))
    sheet = kvtable(r, opt)
    if opt.get("box"):
        sheet = f"<div style='border:1.5pt solid #000;padding:5pt'>{sheet}</div>"
    o.append(sheet)
    if opt.get("midtable"):
        o.append("<h2>PERCORSI ATTIVATI NELL'ANNO FORMATIVO 2024/2025</h2>"
                 "<table class='mid'><thead><tr><th>Corsi</th><th>Ore</th><th>Sede</th></tr></thead><tbody>"
                 "<tr><td>Corso base serale</td><td class='num'>420</td><td>Napoli - Centro Direzionale</td></tr>"
                 "<tr><td>Corso intensivo</td><td class='num'>380</td><td>Salerno - Via Roma 12</td></tr>"
                 "<tr><td>Corso in apprendistato</td><td class='num'>250</td><td>Caserta - Zona ASI</td></tr>"
                 "</tbody></table>")
    o.append("<h2>CORSI ANNUALITÀ</h2><table class='yr'><thead><tr><th>Anno</th><th>Ore</th><th>Esame Intermedio</th></tr></thead><tbody>" +
             "".join(f"<tr><td>{y}° Anno</td><td>{h}</td><td>{'Sì' if x else 'No'}</td></tr>" for y, h, x in C["years"]) +
             "</tbody></table>")
    ufstart = len(o)
    for i, u in enumerate(C["units"], 1):
        o.append(f"<h2>DETTAGLIO UNITA' FORMATIVA n.{i}</h2>")
        r = [kvrow("Denominazione unità formativa", u["title"], opt),
             kvrow("Livello EQF", C["eqf"], opt),
             kvrow("Denominazione unità di competenza", f"{u['uc']} ({u['code']})", opt),
             kvrow("Risultato atteso", u["result"], opt),
             kvrow("Abilità", "<br>".join(e(f"{j}. {s}") for j, s in enumerate(u["skills"], 1)), opt, raw=True),
             kvrow("Conoscenze", "<br>".join(e(f"{j}. {k}") for j, k in enumerate(u["knowledge"], 1)), opt, raw=True),
             kvrow("Durata minima di aula (ore)", u["hours"], opt),
             kvrow("Vincoli (eventuali)", "", opt)]
        t = kvtable(r, opt)
        if opt.get("box"):
            t = f"<div style='border:1.5pt solid #000;padding:5pt'>{t}</div>"
        o.append(t)
    if opt.get("ufside"):
        a, b = "".join(o[ufstart:ufstart + 2]), "".join(o[ufstart + 2:ufstart + 4])
        o[ufstart:ufstart + 4] = ["<div style='display:flex;gap:10pt;align-items:flex-start'><div style='flex:1'>" + a +
                                  "</div><div style='flex:1'>" + b + "</div></div>"]
    return "\n".join(o)


FILLER = ("Per quanto riguarda coloro che hanno conseguito un titolo di studio all'estero occorre presentare una dichiarazione "
          "di valore o un documento equipollente/corrispondente che attesti il livello del titolo medesimo. Sono dispensati dalla "
          "presentazione dell'attestato i cittadini stranieri che abbiano conseguito un diploma presso un istituto scolastico "
          "appartenente al sistema italiano di istruzione. Tutti i requisiti devono essere posseduti e documentati dal corsista al "
          "soggetto formatore entro l'inizio delle attività. Non è ammessa alcuna deroga.")
RISORSE = ("Docenti qualificati in possesso di un titolo di studio adeguato all'attività formativa da realizzare, provenienti per "
           "almeno il 50% dal mondo del lavoro. Per i docenti impegnati unicamente in attività formative di natura "
           "pratica/laboratoriale, il requisito del titolo di studio può essere sostituito da una documentata esperienza "
           "professionale e/o di insegnamento almeno triennale strettamente attinente l'attività formativa da realizzare. I tutor "
           "di stage / tirocinio devono possedere titolo di studio adeguato e una documentata esperienza professionale almeno "
           "triennale nel settore di riferimento.")


# ------------------------------------------------------------------ profile
def profile(P, opt, annex=None):
    o = []
    if annex:
        o.append(f"<div class='annex {'first' if opt.get('firstpage') else ''}'>ALLEGATO {annex}</div>")
    first = f"<tr><td class='lab' style='width:28%'>Denominazione del profilo professionale</td><td>{e(P['title'])}</td></tr>"
    r = []
    r.append(f"<tr><td class='lab'>Descrizione del profilo professionale</td><td>{e(P['description'])}</td></tr>")
    r.append(f"<tr><td class='lab'>Settore Economico - Professionale</td><td>{e(P['sector'])}</td></tr>")
    r.append("<tr><td class='lab'>ADA</td><td>" + "<br>".join(e(f"{c} ({f}) - {t}") for c, f, t in P["ada"]) + "</td></tr>")
    r.append("<tr><td class='lab'>Gruppo/i di correlazione</td><td></td></tr>")
    r.append(f"<tr><td class='lab'>Livello EQF</td><td>{P['eqf']}</td></tr>")
    r.append("<tr><td class='lab'>Codice univoco ISTAT CP2011</td><td>" + "<br>".join(e(f"{c} - {t}") for c, t in P["istat"]) + "</td></tr>")
    r.append("<tr><td class='lab'>Referenziazione ATECO</td><td>" + "<br>".join(e(f"{c} - {t}") for c, t in P["ateco"]) + "</td></tr>")
    r.append("<tr><td class='lab'>Unità di Competenza costituenti il profilo</td><td>" +
             "<br>".join(e(f"{i}. {u['title']}") for i, u in enumerate(P["units"], 1)) + "</td></tr>")
    for i, u in enumerate(P["units"], 1):
        if opt.get("uclabel"):
            r.append(f"<tr><td class='lab'><b>Denominazione dell'Unità di Competenza</b></td><td><b>{i}) {e(u['title'])}</b></td></tr>")
        else:
            r.append(f"<tr><td colspan='2'><b>Denominazione dell'Unità di Competenza {i}) {e(u['title'])}</b></td></tr>")
        r.append(f"<tr><td class='lab'>Risultato atteso</td><td>{e(u['result'])}</td></tr>")
        r.append(f"<tr><td class='lab'>EQF</td><td>{P['eqf']}</td></tr>")
        r.append("<tr><td class='lab'>Conoscenze</td><td>" + "<br>".join("• " + e(k) for k in u["knowledge"]) + "</td></tr>")
        r.append("<tr><td class='lab'>Abilità</td><td>" + "<br>".join("• " + e(s) for s in u["skills"]) + "</td></tr>")
        r.append(f"<tr><td class='lab'>Indicatori di valutazione</td><td>{e(u['ind'])}</td></tr>")
        r.append(f"<tr><td class='lab'>Soglia minima di prestazione</td><td>{e(u['soglia'])}</td></tr>")
    if opt.get("repeat", True):
        o.append(f"<table class='kv'><thead>{first}</thead><tbody>{''.join(r)}</tbody></table>")
    else:
        o.append(f"<table class='kv'><tbody>{first}{''.join(r)}</tbody></table>")
    return "\n".join(o)


# ------------------------------------------------------------------ Atlante
def atlante(A, opt):
    o = ["<div style='margin-left:12pt'>",
         "<div>Atlante Lavoro INAPP - Istituto Nazionale per l'Analisi delle Politiche Pubbliche</div>",
         "<div>Home › Atlante › Repertori › Qualificazioni › Dettaglio qualificazione</div>",
         f"<h1 style='text-align:left'>{e(A['title'])}</h1>",
         f"<div>SETTORE {A['sector'][0]}. {e(A['sector'][1])}</div>",
         f"<p>REPERTORIO - {e(A['region'])}</p>",
         "<h2>AdA associate alla Qualificazione</h2>"]
    for c, f, t in A["ada"]:
        o.append(f"<div style='margin-left:8pt'>{e(c)} (ex {e(f)}) - {e(t)}</div>")
        if opt.get("sidebyside"):
            continue
        o.append("<h2>Tabelle di equivalenza AdA</h2><table class='eq' style='margin-left:8pt;width:95%'><tbody>" +
                 "".join(f"<tr><td>{e(q)}</td><td style='text-align:right'>{e(r)}</td></tr>" for q, r in A["equiv"]) +
                 "</tbody></table>")
    o.append("<h2>Competenze</h2>")
    for u in A["units"]:
        o.append(f"<div style='margin-top:10pt'>Titolo: {e(u['title'])}</div><div>Descrizione: {e(u['desc'])}</div>"
                 f"<div>Obiettivo: {e(u['desc'])}</div><div>Attività associate alla Competenza</div>")
        o.append(f"<div style='margin-left:10pt'>Attività dell' AdA {e(A['ada'][0][0])} (ex {e(A['ada'][0][1])}) - {e(A['ada'][0][2])} associate:</div>")
        o.append(f"<div style='margin-left:10pt'>Risultato atteso:RA1: {e(u['desc'][0].upper() + u['desc'][1:])}</div>")
        if opt.get("sidebyside"):
            o.append("<table class='ks' style='width:96%;margin-left:10pt'><tr><th>CONOSCENZE</th><th>ABILITÀ/CAPACITÀ</th></tr><tr><td>" +
                     "".join(f"<div>{e(k)}</div>" for k in u["knowledge"]) + "</td><td>" +
                     "".join(f"<div>{e(s)}</div>" for s in u["skills"]) + "</td></tr></table>")
            continue
        o.append("<h2>CONOSCENZE</h2>" + "".join(f"<div style='margin-left:16pt'>{e(k)}</div>" for k in u["knowledge"]))
        o.append("<h2>ABILITÀ/CAPACITÀ</h2>" + "".join(f"<div style='margin-left:16pt'>{e(s)}</div>" for s in u["skills"]))
    o.append("<h2>Codici ISTAT CP2011 associati</h2><table class='cd' style='margin-left:8pt;width:90%'><tbody><tr><td>Codice</td><td>Titolo</td></tr>" +
             "".join(f"<tr><td>{c}</td><td>{e(t)}</td></tr>" for c, t in A["istat"]) + "</tbody></table>")
    o.append("<h2>Codici ISTAT ATECO associati</h2><table class='cd' style='margin-left:8pt;width:90%'><tbody><tr><td>Codice Ateco</td><td>Titolo Ateco</td></tr>" +
             "".join(f"<tr><td>{c}</td><td>{e(t)}</td></tr>" for c, t in A["ateco"]) + "</tbody></table>")
    o.append("</div>")
    return "\n".join(o)


# ------------------------------------------------------------------ acts
def act_lazio(num, date, annexes):
    items = "".join(f"<li>Allegato {a}: {e(d)};</li>" for a, d in annexes)
    return f"""
<div style='text-align:center'><b>REGIONE LAZIO</b><br>Direzione Regionale Istruzione, Formazione e Politiche per l'Occupazione<br>
Area Programmazione, Organizzazione e Attuazione dell'Offerta di Istruzione e Formazione</div>
<p style='text-align:center'><b>DETERMINAZIONE n. {num} del {date}</b><br>Proposta n. 9912 del 05/09/2024</p>
<p><b>OGGETTO:</b> Aggiornamento del Repertorio regionale delle qualificazioni e degli standard formativi. Approvazione di un
profilo professionale e di uno standard minimo di percorso formativo (allegati {annexes[0][0]} e {annexes[1][0]}).</p>
<p style='text-align:center'>IL DIRETTORE DELLA DIREZIONE REGIONALE ISTRUZIONE, FORMAZIONE E POLITICHE PER L'OCCUPAZIONE</p>
<p style='text-align:center'>VISTI</p>
<ul><li>lo Statuto della Regione Lazio;</li><li>il decreto legislativo 16 gennaio 2013, n. 13;</li>
<li>la deliberazione della Giunta regionale 11 settembre 2012, n. 452;</li></ul>
<p style='text-align:center'>DETERMINA</p>
<p>per le motivazioni espresse in premessa, che si intendono integralmente richiamate, di approvare i seguenti allegati, parte
integrante e sostanziale del presente atto:</p><ul>{items}</ul>
<p>di disporre la pubblicazione del presente atto sul Bollettino Ufficiale della Regione Lazio.</p>
<p style='text-align:right'>Il Direttore<br>Dott. Marco Bellini<br>(firmato digitalmente)</p>"""


def act_campania(num, date, annexes):
    items = "".join(f"<li>Allegato {a}: {e(d)};</li>" for a, d in annexes)
    return f"""
<div style='text-align:center'><b>Giunta Regionale della Campania</b><br>Direzione Generale per l'Istruzione, la Formazione, il Lavoro e le Politiche Giovanili</div>
<p style='text-align:center'><b>DECRETO DIRIGENZIALE N. {num} DEL {date}</b></p>
<p><b>OGGETTO:</b> Repertorio dei titoli e delle qualificazioni. Approvazione di nuovi standard formativi.</p>
<p style='text-align:center'>IL DIRIGENTE</p><p style='text-align:center'>PREMESSO</p>
<p>che con DGR n. 223 del 27/06/2014 è stato approvato il Sistema regionale di certificazione delle competenze;</p>
<p style='text-align:center'>DECRETA</p><p>di approvare gli standard formativi di cui agli allegati, parte integrante del presente atto:</p>
<ul>{items}</ul><p style='text-align:right'>Il Dirigente<br>Dott.ssa Anna Esposito</p>"""


# ------------------------------------------------------------------ documents
KVCSS = "td.lab{font-weight:normal} "
DOCS_SPEC = {
    "qc_boxbreak_campania": lambda: page(campania(C1, {"box": True}),
        css("Liberation Sans", 10.5, rules="none") + KVCSS + "table.yr td,table.yr th{border:0.6pt solid #000}"),
    "qc_labelright_campania": lambda: page(campania(C2, {"labelright": True}),
        css("DejaVu Sans Condensed", 9, rules="none") + "td.val{background:#cfe0f3;border-bottom:2pt solid #fff} td.lab{color:#333;text-align:left}"
        " table.yr td,table.yr th{border:0.6pt solid #777}"),
    "qc_midtable_campania": lambda: page(campania(C1, {"midtable": True}),
        css("Liberation Serif", 10, rules="rows")),
    "qc_split3-repeat_lazio": lambda: page(lazio(L1, {"repeat": True}), css("Liberation Serif", 12, rules="grid")),
    "qc_noheader-rowrules_lazio": lambda: page(lazio(L2, {"repeat": False}), css("DejaVu Sans", 9, rules="rows")),
    "qc_zebra-norules_lazio": lambda: page(lazio(L1, {}), css("Liberation Sans Narrow", 10.5, rules="none", zebra=True)),
    "qc_watermark_lazio": lambda: page("<div class='wm'>BOZZA</div>" + lazio(L2, {}), css("Liberation Serif", 10, rules="grid")),
    "qc_form-sidebyside_lazio": lambda: page(lazio(L1, {"form": True, "sidebyside": True}), css("DejaVu Serif", 9, rules="rows")),
    "qc_landscape8serif_profilo": lambda: page(profile(P1, {}), css("DejaVu Serif", 8, landscape=True, rules="grid")),
    "qc_sans12norules_profilo": lambda: page(profile(P1, {"repeat": True}), css("DejaVu Sans", 12, rules="none")),
    "qc_landscape8serif_atlante": lambda: page(atlante(A1, {}), css("DejaVu Serif", 8, landscape=True, rules="none"), "Atlante Lavoro"),
    "qc_sans12_atlante": lambda: page(atlante(A1, {}), css("DejaVu Sans", 12, rules="none"), "Atlante Lavoro"),
    "qc_det-mixed_lazio": lambda: page(
        act_lazio("G07731", "12/09/2024", [("3", f"profilo professionale di \"{P1['title']}\""),
                                            ("4", f"standard minimo di percorso formativo della qualificazione di \"{L2['title']}\"")]) +
        "<div style='font-family:DejaVu Serif;font-size:9pt'>" + profile(P1, {"repeat": False}, annex="3") + "</div>" +
        "<div class='wm'>COPIA CONFORME</div>"
        "<div style='font-family:Liberation Sans Narrow;font-size:10pt'>" + lazio(L2, {"repeat": True, "pagehdr": False}, annex="4") + "</div>",
        css("Liberation Serif", 11, rules="rows", zebra=True) + " table.kv td{border:none}"),
    "qc_det-campania_campania": lambda: page(
        act_campania("233", "14/10/2024", [("A", C2["title"]), ("B", C1["title"])]) +
        "<div>" + campania(C2, {"labelright": True}, annex="A") + "</div>" +
        "<div style='font-family:Liberation Serif'>" + campania(C1, {"box": True}, annex="B") + "</div>",
        css("DejaVu Sans", 9, rules="grid") + " td.val{background:#fdf0c8}"),
}
DOCS_SPEC.update({
    "qc_vmiddle-narrowlabel_campania": lambda: page(campania(C2, {}),
        css("Liberation Sans", 9.5, rules="none") + " table.kv col:first-child{width:17%!important} table.kv td{vertical-align:middle}"
        " table.kv td.lab{font-size:8.5pt}"),
    "qc_vbottom-norules_lazio": lambda: page(lazio(L1, {"repeat": False}),
        css("DejaVu Sans Condensed", 9.5, rules="none") + " table.main td.num{vertical-align:bottom} table.main td:last-child{vertical-align:middle}"),
    "qc_ks-sidebyside_atlante": lambda: page(atlante(A1, {"sidebyside": True}), css("Liberation Sans Narrow", 10, rules="grid"), "Atlante Lavoro"),
    "qc_uclabel-landscape12_profilo": lambda: page(profile(P1, {"uclabel": True, "repeat": False}),
        css("Liberation Sans", 12, landscape=True, rules="rows")),
})
DOCS_SPEC.update({
    "qc_watermark_profilo": lambda: page("<div class='wm'>COPIA CONFORME</div>" + profile(P1, {}), css("Liberation Serif", 10, rules="grid")),
    "qc_watermark_campania": lambda: page("<div class='wm' style='font-size:110pt'>BOZZA</div>" + campania(C2, {}), css("Liberation Sans", 9.5, rules="grid")),
    "qc_sidebyside-uf_campania": lambda: page(campania(C2, {"ufside": True}), css("DejaVu Sans Condensed", 8.5, rules="grid")),
})
DOCS_SPEC.update({
    "qc_colrules-narrowfad-footnote_lazio": lambda: page(lazio(L2, {"footnote": 3}),
        css("Liberation Sans", 10, rules="cols") + " table.main th:nth-child(5),table.main td:nth-child(5){width:4%!important;max-width:26pt;word-wrap:break-word}"),
    "qc_det-two-lazio_lazio": lambda: page(
        act_lazio("G11802", "03/12/2024", [("1", f"standard minimo di percorso formativo della qualificazione di \"{L1['title']}\""),
                                            ("2", f"standard minimo di percorso formativo della qualificazione di \"{L2['title']}\"")]) +
        lazio(L1, {"repeat": True, "pagehdr": False}, annex="1") +
        "<div style='font-family:DejaVu Sans;font-size:8.5pt'>" + lazio(L2, {"repeat": False, "pagehdr": False}, annex="2") + "</div>",
        css("Liberation Serif", 10, rules="grid")),
})
DOCS_SPEC["qc_rowspan-uc_lazio"] = lambda: page(lazio(L1B, {"rowspan": True}), css("Liberation Serif", 10.5, rules="grid"))
HEADER_FOOTER = {"qc_landscape8serif_atlante", "qc_sans12_atlante", "qc_ks-sidebyside_atlante"}


def render(name):
    os.makedirs(HTMLDIR, exist_ok=True)
    os.makedirs(DOCS, exist_ok=True)
    hp = os.path.join(HTMLDIR, name + ".html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(DOCS_SPEC[name]())
    out = os.path.join(DOCS, name + ".pdf")
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={out}"]
    if name not in HEADER_FOOTER:
        cmd += ["--no-pdf-header-footer"]
    cmd.append("file://" + hp)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    print("wrote", out)


if __name__ == "__main__":
    flt = sys.argv[1] if len(sys.argv) > 1 else ""
    for n in DOCS_SPEC:
        if flt in n:
            render(n)
