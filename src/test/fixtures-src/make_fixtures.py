#!/usr/bin/env python3
"""Builds the hand-written golden fixtures under src/test/resources/fixtures/ with headless Chromium.

Each fixture is a standard we wrote (other titles, units, fonts, page sizes, ruled or unruled tables,
faults injected on purpose) rendered from HTML, beside the canonical JSON it must give. The expected
JSON is written here from the same data, with the flags the catalogue prescribes, never by running
determina. Run: python3 src/test/fixtures-src/make_fixtures.py (needs chromium; not part of the build).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fixturelib import esc, first_page_with, flag, page, pages_of, render, source, standard, unit, write_json  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "resources", "fixtures"))


def write(name, family, html_text, expected_of):
    target = os.path.join(ROOT, family, name + ".pdf")
    render(html_text, target)
    expected = expected_of(target)
    write_json(os.path.join(ROOT, family, name + ".expected.json"), expected)
    print("wrote", target)


# ---------------------------------------------------------------- Lazio percorso, faults injected
LAZIO_UNITS = [
    # number, section-1 UC, section-1 URA title, section-4 title, hours, fad, credit, knowledge, skills
    (1, "--", "Inquadramento professionale e normativo", "Inquadramento professionale e normativo", 16, "0",
     "Non ammesso il riconoscimento di credito formativo di frequenza",
     ["Il ruolo del tecnico nel contesto aziendale", "Contratti collettivi e inquadramento"], []),
    (2, "Pianificazione delle campagne di comunicazione", "Pianificare le campagne",
     "Pianificare le campagne di comunicazione", 60, "Max 70",
     "Ammesso il riconoscimento di credito formativo di frequenza, da apprendimenti formali, non formali ed informali",
     ["Elementi di marketing strategico", "Strumenti di analisi del pubblico di riferimento",
      "Budget e cronoprogramma di una campagna"],
     ["Definire obiettivi e destinatari della campagna", "Predisporre il piano dei mezzi e il calendario delle uscite"]),
    (4, "Gestione dei canali digitali", "Gestire i canali digitali", "Gestire i canali digitali", 80, "Max 20",
     "Ammesso credito di frequenza con valore a priori, riconosciuto a chi è in possesso della qualifica di \"Addetto alla comunicazione\"",
     ["Piattaforme social e loro metriche", "Principi di scrittura per il web", "Normativa sulla privacy (GDPR)"],
     ["Pubblicare contenuti coerenti con il piano editoriale", "Monitorare le metriche e redigere un report periodico"]),
    (5, "--", "Sicurezza sul luogo di lavoro", "Sicurezza sul luogo di lavoro", 8, "Max 4",
     "Ammesso credito di frequenza con valore a priori, riconosciuto a chi ha già svolto il corso conforme all'Accordo Stato - Regioni del 21/12/2011",
     ["Legislazione sulla salute e sicurezza sui luoghi di lavoro", "Dispositivi di protezione individuali"],
     ["Applicare i protocolli di prevenzione e riduzione del rischio professionale"]),
]
LAZIO_TOTAL, LAZIO_FAD = 170, 94


def lazio_html(repeat_header):
    rows1 = "".join(f"<tr><td>{esc(uc)}</td><td>{esc(ura)}</td></tr>" for _, uc, ura, *_ in LAZIO_UNITS)
    head = ("<tr class=h><th style='width:4%'>N.</th><th style='width:36%'>Articolazione dell'Unità di competenza/ Contenuti</th>"
            "<th style='width:18%'>Unità di Risultati di apprendimento</th><th style='width:9%'>Durata minima</th>"
            "<th style='width:9%'>di cui in FaD</th><th style='width:24%'>Crediti formativi</th></tr>")
    rows4 = ""
    for n, _, _, title, hours, fad, credit, know, skills in LAZIO_UNITS:
        content = "Conoscenze<br>" + "<br>".join("- " + esc(k) for k in know)
        if skills:
            content += "<br>Abilità<br>" + "<br>".join("- " + esc(s) for s in skills)
        rows4 += (f"<tr><td>{n}.</td><td>{content}</td><td>{esc(title)}</td><td class=c>{hours}</td>"
                  f"<td class=c>{esc(fad)}</td><td>{esc(credit)}</td></tr>")
    rows4 += f"<tr><td colspan=3>DURATA MINIMA TOTALE</td><td class=c>{LAZIO_TOTAL}</td><td class=c>Max {LAZIO_FAD}</td><td></td></tr>"
    table4 = (f"<table class=grid><thead>{head}</thead><tbody>{rows4}</tbody></table>" if repeat_header
              else f"<table class=grid><tbody>{head}{rows4}</tbody></table>")
    filler = "".join(f"<p>Paragrafo introduttivo {i}: le unità di risultati di apprendimento vanno realizzate "
                     f"secondo la programmazione didattica approvata dall'ente.</p>" for i in range(1, 13))
    return f"""
<p class=hdr>REGIONE LAZIO - Direzione Regionale Istruzione e Formazione</p>
<p class=t>STANDARD MINIMO DI PERCORSO FORMATIVO</p>
<p class=t>QUALIFICAZIONE DI TECNICO DELLA COMUNICAZIONE DIGITALE</p>
<p><b>1. RAPPORTO FRA UNITÀ DI COMPETENZA E UNITÀ DI RISULTATI DI APPRENDIMENTO:</b></p>
<table class=grid><tr class=h><th>Unità di Competenza</th><th>Unità di Risultati di Apprendimento</th></tr>{rows1}</table>
<p><b>2. LIVELLO EQF DELLA QUALIFICAZIONE IN USCITA: 4</b></p>
<p><b>3. REQUISITI OBBLIGATORI DI ACCESSO AL PERCORSO:</b></p>
<p class=li>- Diploma di scuola secondaria di secondo grado.</p>
<p class=li>- Per i cittadini stranieri, conoscenza della lingua italiana almeno al livello B2.</p>
{filler}
<p><b>4. ARTICOLAZIONE, PROPEDEUTICITÀ E DURATE MINIME:</b></p>
{table4}
<p><b>5. TIROCINIO CURRICULARE:</b></p>
<p>Durata minima: 100 ore;</p><p>Durata massima: il 30% sul totale del percorso.</p>
<p><b>6. UNITA' DI RISULTATI DI APPRENDIMENTO AGGIUNTIVE:</b></p>
<p>Nel limite massimo del 15% delle ore totali di formazione, al netto del tirocinio curriculare.</p>
<p><b>9. GESTIONE DEI CREDITI FORMATIVI:</b></p>
<p>- Crediti di frequenza: la percentuale massima riconoscibile è il 40% sulla durata di ore d'aula o laboratorio; il 50% sul tirocinio curriculare.</p>
<p><b>11. ATTESTAZIONE IN ESITO RILASCIATA DAL SOGGETTO ATTUATORE:</b></p>
<p>Condizioni di ammissione all'esame finale: frequenza di almeno il 75% delle ore complessive del percorso formativo.
È consentita l'ammissione anche a fronte della frequenza di almeno il 60% delle ore, previo parere favorevole del collegio dei docenti.</p>
"""


def lazio_expected(file, pages, annex=None, determination=None):
    units = []
    for n, uc, _, title, hours, fad, credit, know, skills in LAZIO_UNITS:
        prior = "valore a priori" in credit
        rec = "not-allowed" if credit.startswith("Non") else ("allowed-with-prior-value" if prior else "allowed")
        units.append(unit(n, "learning-outcome-unit", title,
                          competenceUnit=None if uc == "--" else {"title": uc, "code": None},
                          minHours=hours, distanceMaxHours=int(fad.replace("Max", "").strip()),
                          credit={"recognition": rec, "priorValue": prior, "text": credit},
                          knowledge=know, skills=skills))
    return standard("training-standard", "Lazio", "Tecnico della comunicazione digitale", eqfLevel=4,
                    duration={"totalHours": LAZIO_TOTAL, "classroomHours": None, "labHours": None,
                              "keyCompetenceHours": None,
                              "internship": {"minHours": 100, "maxHours": None, "maxPercentOfTotal": 30, "withLabMinHours": None},
                              "distanceLearning": {"maxHours": LAZIO_FAD, "syncMaxPercentOfClassroom": None, "asyncMaxPercentOfClassroom": None},
                              "additionalUnitsMaxPercent": 15, "years": []},
                    attendance={"minPercent": 75, "minPercentWithApproval": 60, "maxAbsencePercent": None},
                    credits={"attendanceMaxPercent": 40, "internshipMaxPercent": 50},
                    entryRequirements=["Diploma di scuola secondaria di secondo grado.",
                                       "Per i cittadini stranieri, conoscenza della lingua italiana almeno al livello B2."],
                    units=units,
                    flags=[
                        # 16+60+80+8 = 164, the total row says 170
                        flag("UNIT_HOURS_SUM_MISMATCH", "/duration/totalHours"),
                        # unit 2: Max 70 of FaD on 60 hours
                        flag("UNIT_DISTANCE_EXCEEDS_HOURS", "/units/1/distanceMaxHours"),
                        # 100 h of internship > 30 % of 170 + 100 = 81 h
                        flag("INTERNSHIP_OVER_LIMIT", "/duration/internship/minHours"),
                        # section 1 says "Pianificare le campagne"
                        flag("UNIT_TITLE_MISMATCH", "/units/1/title"),
                        # numbered 1, 2, 4, 5
                        flag("UNIT_NUMBERING_GAP", "/units"),
                    ],
                    source=source(file, 1, pages, annex, determination))


LAZIO_CSS = """@page { size: letter; margin: 18mm 16mm; }
body { font-family: 'Carlito', sans-serif; font-size: 10.5pt; }
.hdr { text-align: center; font-size: 8pt; } .t { text-align: center; font-weight: bold; font-size: 12pt; }
p { margin: 3pt 0; } .li { margin-left: 14pt; }
table.grid { border-collapse: collapse; width: 100%; margin: 4pt 0; }
table.grid td, table.grid th { border: 0.8pt solid #000; padding: 2pt 4pt; vertical-align: top; font-weight: normal; text-align: left; }
td.c { text-align: center; }"""

# ---------------------------------------------------------------- Campania, unruled, landscape, faults
CAMPANIA = {
    "title": "Tecnico delle vendite e del marketing operativo",
    "description": "Il tecnico delle vendite e del marketing operativo pianifica le azioni commerciali, analizza il mercato di riferimento e coordina le attività promozionali dell'impresa.",
    "units": [
        ("Analisi del mercato e della clientela", "2401", "Mercato analizzato e segmenti di clientela individuati", 150,
         ["Raccogliere dati sulle vendite e sulla concorrenza", "Segmentare la clientela secondo criteri definiti",
          "Elaborare report di sintesi per la direzione commerciale dell'impresa e per i responsabili di area"],
         ["Tecniche di ricerca di mercato", "Elementi di statistica descrittiva", "Strumenti di customer analytics"]),
        ("Pianificazione delle azioni promozionali", "2402", "Piano promozionale definito e monitorato", 200,
         ["Definire il calendario delle promozioni", "Stimare i costi e i ritorni attesi delle azioni",
          "Monitorare l'andamento delle vendite durante le promozioni"],
         ["Tecniche di promozione delle vendite", "Budget di marketing", "Normativa sulle pratiche commerciali"]),
    ],
}


def campania_html():
    c = CAMPANIA
    kv = lambda k, v: f"<tr><td class=k>{k}</td><td>{v}</td></tr>"
    rows = [
        kv("Denominazione Qualificazione", esc(c["title"])),
        kv("Denominazione Standard Formativo", esc(c["title"])),
        kv("Durata percorso Formativo", "2 anni"),
        kv("Livello EQF", "4"),
        kv("Settore Economico Professionale", "SEP 23 - Servizi di distribuzione commerciale"),
        kv("Area di Attività", "ADA.23.01.05 - Gestione delle vendite ADA.23.01.07 - Promozione commerciale"),
        kv("Descrizione qualificazione", esc(c["description"])),
        kv("Referenziazione ATECO 2007", "G.46.19.01 - Agenti e rappresentanti di vari prodotti"),
        kv("Referenziazione ISTAT CP2011", "3.3.3.5.0 - Tecnici del marketing"),
        kv("Codice ISCED-F 2013", "0414 Marketing and advertising"),
        kv("Durata minima complessiva del percorso (ore)", "600"),
        kv("Durata minima di aula (ore)", "300"),
        kv("Durata minima laboratorio (ore)", "100"),
        kv("Durata delle attività formative rivolte alle KC (ore)", "50"),
        kv("Percentuale durata massima e-learning sincrona in rapporto alla durata d'aula", "30"),
        kv("Percentuale durata massima e-learning asincrona in rapporto alla durata d'aula", "150"),
        kv("Durata minima tirocinio curriculare ore", "200"),
        kv("Durata minima tirocinio curriculare + Laboratorio (ore)", "300"),
        kv("Requisiti minimi di ingresso dei partecipanti", "Possesso di diploma di istruzione secondaria di secondo grado o di qualifica professionale di livello EQF 3."),
        kv("Requisiti minimi di valutazione degli apprendimenti", "Condizione minima di ammissione all'esame finale è la frequenza di almeno il 75% delle ore complessive del percorso formativo."),
        kv("Percentuale Assenza massima consentita", "25"),
    ]
    units = ""
    for i, (title, code, result, hours, skills, know) in enumerate(c["units"], 1):
        units += f"<p class=cap>DETTAGLIO UNITA' FORMATIVA n.{i}</p><table class=kv>"
        units += kv("Denominazione unità formativa", esc(title)) + kv("Livello EQF", "4")
        units += kv("Denominazione unità di competenza", f"{esc(title)} ({code})")
        units += kv("Risultato atteso", esc(result))
        units += kv("Abilità", "<br>".join(esc(s) for s in skills))
        units += kv("Conoscenze", " ".join(f"{k}. {esc(t)}" for k, t in enumerate(know, 1)))
        units += kv("Durata minima di aula (ore)", str(hours)) + "</table>"
    listed = " ".join(f"{i} {esc(u[0])}" for i, u in enumerate(c["units"], 1))
    return f"""
<p class=t>REPERTORIO DEI TITOLI E DELLE QUALIFICAZIONI DELLA REGIONE CAMPANIA</p>
<p class=cap>STANDARD FORMATIVO</p>
<table class=kv>{''.join(rows)}</table>
<p class=cap>ELENCO DELLE UNITA' FORMATIVE</p><p>{listed}</p>
<p class=cap>CORSI ANNUALITÀ</p>
<table class=years><tr><td>Anno</td><td>Ore</td><td>Esame Intermedio</td></tr>
<tr><td>1° Anno</td><td>300</td><td>Sì</td></tr><tr><td>2° Anno</td><td>280</td><td>No</td></tr></table>
{units}"""


def campania_expected(file, pages, annex=None, determination=None):
    c = CAMPANIA
    units = [unit(i, "training-unit", t, competenceUnit={"title": t, "code": code}, minHours=h, expectedResult=r,
                  knowledge=k, skills=s) for i, (t, code, r, h, s, k) in enumerate(c["units"], 1)]
    return standard("training-standard", "Campania", c["title"], eqfLevel=4, description=c["description"],
                    classification={"sector": {"code": "23", "title": "Servizi di distribuzione commerciale"},
                                    "ada": [{"code": "ADA.23.01.05", "formerCode": None, "title": "Gestione delle vendite"},
                                            {"code": "ADA.23.01.07", "formerCode": None, "title": "Promozione commerciale"}],
                                    "istat": [{"code": "3.3.3.5.0", "title": "Tecnici del marketing"}],
                                    "ateco": [{"code": "46.19.01", "title": "Agenti e rappresentanti di vari prodotti"}],
                                    "isced": [{"code": "0414", "title": "Marketing and advertising"}]},
                    duration={"totalHours": 600, "classroomHours": 300, "labHours": 100, "keyCompetenceHours": 50,
                              "internship": {"minHours": 200, "maxHours": None, "maxPercentOfTotal": None, "withLabMinHours": 300},
                              "distanceLearning": {"maxHours": None, "syncMaxPercentOfClassroom": 30, "asyncMaxPercentOfClassroom": 150},
                              "additionalUnitsMaxPercent": None,
                              "years": [{"year": 1, "hours": 300, "intermediateExam": True},
                                        {"year": 2, "hours": 280, "intermediateExam": False}]},
                    attendance={"minPercent": 75, "minPercentWithApproval": None, "maxAbsencePercent": 25},
                    entryRequirements=["Possesso di diploma di istruzione secondaria di secondo grado o di qualifica professionale di livello EQF 3."],
                    units=units,
                    flags=[
                        # 300 + 280 = 580, total 600
                        flag("YEAR_HOURS_SUM_MISMATCH", "/duration/totalHours"),
                        # 300 aula + 100 lab + 50 KC + 200 tirocinio = 650 > 600
                        flag("COMPONENT_HOURS_EXCEED_TOTAL", "/duration/totalHours"),
                        flag("PERCENT_OUT_OF_RANGE", "/duration/distanceLearning/asyncMaxPercentOfClassroom"),
                    ],
                    source=source(file, 1, pages, annex, determination))


CAMPANIA_CSS = """@page { size: A4 landscape; margin: 14mm; }
body { font-family: 'DejaVu Serif', serif; font-size: 9pt; }
.t { text-align: center; font-weight: bold; } .cap { font-weight: bold; margin: 8pt 0 2pt 0; }
table.kv { border-collapse: separate; border-spacing: 0 3pt; width: 100%; }
table.kv td { padding: 1pt 4pt; vertical-align: top; } td.k { width: 28%; }
table.years td { padding: 1pt 6pt 1pt 0; width: 90pt; }"""

# ---------------------------------------------------------------- profile, unruled, EQF missing, title mismatch
PROFILE_UCS = [
    ("Accogliere il cliente in negozio", "Accogliere il cliente in negozio",
     "Cliente accolto e orientato verso i prodotti di interesse",
     ["Tecniche di comunicazione interpersonale", "Caratteristiche merceologiche dei prodotti"],
     ["Salutare e ascoltare il cliente", "Illustrare le caratteristiche dei prodotti esposti"]),
    ("Allestire gli spazi espositivi", "Allestire gli spazi espositivi",
     "Spazi espositivi allestiti secondo le linee guida aziendali",
     ["Principi di visual merchandising", "Norme di sicurezza per l'esposizione delle merci"],
     ["Disporre le merci secondo il planogramma", "Curare l'ordine e la pulizia degli scaffali"]),
    ("Gestire la cassa", "Gestire le operazioni di cassa",
     "Operazioni di cassa eseguite con correttezza",
     ["Strumenti di pagamento elettronico", "Normativa fiscale sullo scontrino"],
     ["Registrare le vendite", "Effettuare la chiusura giornaliera di cassa"]),
]


def profile_html():
    kv = lambda k, v: f"<tr><td class=k>{k}</td><td>{v}</td></tr>"
    rows = [kv("Denominazione del profilo professionale", "Addetto alle vendite al dettaglio"),
            kv("Descrizione del profilo professionale", "L'addetto alle vendite al dettaglio accoglie i clienti, cura l'esposizione delle merci e gestisce le operazioni di cassa."),
            kv("Settore Economico - Professionale", "Servizi di distribuzione commerciale"),
            kv("ADA", "ADA.23.01.02 (ADA.12.36.109) - Vendita assistita al cliente"),
            kv("Livello EQF", ""),
            kv("Codice univoco ISTAT CP2011", "5.1.2.2.0 - Commessi delle vendite al minuto"),
            kv("Referenziazione ATECO", "47.19.10 - Grandi magazzini"),
            kv("Unità di Competenza costituenti il profilo", "<br>".join(f"{i}. {esc(u[0])}" for i, u in enumerate(PROFILE_UCS, 1)))]
    for i, (_, title, result, know, skills) in enumerate(PROFILE_UCS, 1):
        rows.append(f"<tr><td colspan=2 class=uc>Denominazione dell'Unità di Competenza {i}) {esc(title)}</td></tr>")
        rows += [kv("Risultato atteso", esc(result)), kv("EQF", "2"),
                 kv("Conoscenze", "<br>".join("• " + esc(k) for k in know)),
                 kv("Abilità", "<br>".join("• " + esc(s) for s in skills)),
                 kv("Indicatori di valutazione", "Simulazione di una situazione di lavoro tipica."),
                 kv("Soglia minima di prestazione", "Svolgimento corretto di almeno due attività su tre.")]
    return f"<table class=kv>{''.join(rows)}</table>"


def profile_expected(file, pages, region=None, annex=None, determination=None):
    units = [unit(i, "competence-unit", title, expectedResult=result, knowledge=know, skills=skills,
                  evaluation={"indicators": "Simulazione di una situazione di lavoro tipica.",
                              "minimumPerformance": "Svolgimento corretto di almeno due attività su tre."})
             for i, (_, title, result, know, skills) in enumerate(PROFILE_UCS, 1)]
    return standard("professional-profile", region, "Addetto alle vendite al dettaglio",
                    description="L'addetto alle vendite al dettaglio accoglie i clienti, cura l'esposizione delle merci e gestisce le operazioni di cassa.",
                    classification={"sector": {"code": None, "title": "Servizi di distribuzione commerciale"},
                                    "ada": [{"code": "ADA.23.01.02", "formerCode": "ADA.12.36.109", "title": "Vendita assistita al cliente"}],
                                    "istat": [{"code": "5.1.2.2.0", "title": "Commessi delle vendite al minuto"}],
                                    "ateco": [{"code": "47.19.10", "title": "Grandi magazzini"}], "isced": []},
                    units=units,
                    flags=[flag("MISSING_VALUE", "/eqfLevel"),
                           # the UC list says "Gestire la cassa"
                           flag("UNIT_TITLE_MISMATCH", "/units/2/title")],
                    source=source(file, 1, pages, annex, determination))


PROFILE_CSS = """@page { size: A4; margin: 20mm; }
body { font-family: 'Liberation Serif', serif; font-size: 11pt; }
table.kv { border-collapse: separate; border-spacing: 0 4pt; width: 100%; }
table.kv td { padding: 1pt 5pt; vertical-align: top; } td.k { width: 30%; } td.uc { font-weight: bold; }"""


def main():
    write("lazio-letter-faults-header-not-repeated", "lazio",
          page(LAZIO_CSS, lazio_html(repeat_header=False)),
          lambda pdf: [lazio_expected(os.path.basename(pdf), len(pages_of(pdf)))])
    write("campania-unruled-landscape-faults", "campania",
          page(CAMPANIA_CSS, campania_html()),
          lambda pdf: [campania_expected(os.path.basename(pdf), len(pages_of(pdf)))])
    write("profile-unruled-missing-eqf", "profile",
          page(PROFILE_CSS, profile_html()),
          lambda pdf: [profile_expected(os.path.basename(pdf), len(pages_of(pdf)))])

    act = f"""<div style="page-break-after: always">
<p class=t>REGIONE LAZIO</p><p class=t>DETERMINAZIONE n. G15001 del 03/12/2024</p>
<p>OGGETTO: Approvazione degli allegati A e B del Repertorio regionale.</p>
<p>IL DIRETTORE</p><p>DETERMINA di approvare l'Allegato A e l'Allegato B, parte integrante del presente atto.</p></div>"""
    det = (act + f"<div style='page-break-after: always'><p style='text-align:right'>ALLEGATO A</p>{profile_html()}</div>"
           + f"<p style='text-align:right'>ALLEGATO B</p>{lazio_html(repeat_header=True)}")
    determination = {"number": "G15001", "date": "2024-12-03", "issuer": "Regione Lazio"}

    def det_expected(pdf):
        name = os.path.basename(pdf)
        a, b, end = first_page_with(pdf, "ALLEGATO A"), first_page_with(pdf, "ALLEGATO B"), len(pages_of(pdf))
        prof = profile_expected(name, b - 1, "Lazio", "A", determination)
        prof["source"]["pageStart"] = a
        prof["id"] = prof["id"].replace("unknown:", "lazio:")
        laz = lazio_expected(name, end, "B", determination)
        laz["source"]["pageStart"] = b
        return [prof, laz]

    write("det_lazio_G15001_allegati-A-B", "determination",
          page(PROFILE_CSS + LAZIO_CSS.split("}", 1)[1], det), det_expected)



if __name__ == "__main__":
    main()
