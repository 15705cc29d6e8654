#!/usr/bin/env python3
"""Generate box-cut (A) and watermark (B) test PDFs + expected JSON for determina."""
import json, os, subprocess, html, copy
import os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "qd-docs"); TMP = os.path.join(HERE, "html")
os.makedirs(OUT, exist_ok=True); os.makedirs(TMP, exist_ok=True)
E = html.escape

# ---------------- data ----------------
CAMP = [
 dict(title="Operatore della lavorazione artigianale del vetro", eqf=3, sep=("11","Vetro, ceramica e materiali da costruzione"),
      ada=("ADA.11.02.05","Lavorazione a mano del vetro cavo e soffiato"), istat=[("6.3.2.1.0","Soffiatori e modellatori del vetro")],
      ateco=[("23.13.00","Fabbricazione di vetro cavo"),("23.19.90","Lavorazione di altro vetro")], isced=("0722","Materials (glass, paper, plastic and wood)"),
      total=450, units=[
        ("Preparare la miscela vetrificabile e il forno di fusione","4471","Miscela preparata e forno portato a regime secondo la scheda tecnica",
         ["Dosare le materie prime secondo la ricetta di produzione","Controllare la temperatura del forno con pirometri ottici","Caricare il crogiolo rispettando i tempi di fusione","Registrare i parametri di cottura sul giornale di forno","Segnalare anomalie del bagno di fusione al capo reparto","Applicare le procedure di spegnimento di emergenza","Pulire e ripristinare le bocche del forno a fine turno","Verificare la taratura delle bilance di dosaggio"],
         ["Chimica di base dei silicati","Caratteristiche delle sabbie silicee e dei fondenti","Curve di fusione e di affinaggio","Tipologie di forni a crogiolo e a bacino","Strumenti di misura della temperatura","Normativa sulla sicurezza nelle lavorazioni a caldo","Dispositivi di protezione individuale per alte temperature","Gestione dei rifiuti di vetreria","Elementi di manutenzione ordinaria dei forni"]),
        ("Modellare manufatti in vetro soffiato","4472","Manufatto modellato conforme al disegno e privo di difetti visibili",
         ["Prelevare la bolla di vetro con la canna da soffio","Modellare la massa con pinze, borselle e tagliole","Applicare decorazioni a caldo con fili e murrine","Controllare spessori e simmetria del pezzo","Trasferire il manufatto sul pontello","Rifinire il bordo con la forbice a caldo","Collocare il pezzo nel forno di ricottura"],
         ["Tecniche di soffiatura libera e in stampo","Attrezzi tradizionali del maestro vetraio","Proprietà del vetro in fase plastica","Difetti tipici: bolle, corde, pietre","Storia della vetraria artistica italiana","Principi di ergonomia nella postura al banco","Cicli di ricottura e tensioni residue","Lettura del disegno tecnico di prodotto"]),
        ("Controllare la qualità e confezionare i manufatti","4473","Manufatti selezionati, etichettati e imballati per la spedizione",
         ["Ispezionare i pezzi con il polariscopio","Classificare i manufatti per categoria di scelta","Compilare le schede di non conformità","Imballare i pezzi con materiali antiurto","Etichettare i colli secondo l'ordine cliente","Archiviare i campioni di riferimento"],
         ["Norme di controllo qualità per il vetro artistico","Uso del polariscopio e delle lampade a luce radente","Classificazione commerciale dei difetti","Materiali e tecniche di imballaggio","Documenti di trasporto e tracciabilità","Elementi di marketing dei prodotti artigianali","Tutela del marchio collettivo territoriale"]),
      ]),
 dict(title="Tecnico della gestione di impianti di acquacoltura", eqf=4, sep=("01","Agricoltura, silvicoltura e pesca"),
      ada=("ADA.01.08.22","Conduzione di impianti di allevamento ittico"), istat=[("6.4.5.1.0","Acquacoltori"),("3.2.2.1.2","Tecnici dell'allevamento")],
      ateco=[("03.21.00","Acquacoltura marina")], isced=("0831","Fisheries"),
      total=600, units=[
        ("Gestire il ciclo di allevamento delle specie ittiche","5102","Ciclo produttivo condotto nel rispetto dei parametri zootecnici",
         ["Programmare le semine in base alla capacità delle vasche","Calcolare la razione alimentare giornaliera","Monitorare ossigeno disciolto, pH e temperatura","Rilevare accrescimento e mortalità del lotto","Gestire le operazioni di selezione per taglia","Coordinare le operazioni di pesca e raccolta","Aggiornare il registro di allevamento","Valutare l'indice di conversione alimentare","Predisporre i piani di trattamento veterinario"],
         ["Biologia delle principali specie allevate","Parametri chimico-fisici dell'acqua","Alimentazione e mangimi estrusi","Patologie ittiche e profilassi","Sistemi a ricircolo e a flusso aperto","Normativa sul benessere animale in acquacoltura","Tracciabilità dei prodotti ittici","Biosicurezza negli impianti"]),
        ("Condurre la manutenzione degli impianti e delle attrezzature","5103","Impianti efficienti e interventi di manutenzione documentati",
         ["Verificare il funzionamento di pompe e aeratori","Sostituire i materiali filtranti","Controllare l'integrità delle reti e delle gabbie","Pianificare la manutenzione preventiva","Gestire le scorte di ricambi","Applicare le procedure di lavoro in quota e in acqua","Redigere i rapporti di intervento"],
         ["Componenti degli impianti idraulici","Filtri meccanici e biologici","Generatori di ossigeno e sistemi di aerazione","Materiali per gabbie off-shore","Sicurezza nelle attività nautiche","Manutenzione programmata e su guasto","Software di gestione della manutenzione"]),
        ("Commercializzare il prodotto ittico allevato","5104","Prodotto collocato sul mercato nel rispetto della normativa igienico-sanitaria",
         ["Stimare la produzione disponibile per la vendita","Definire il listino in base alla pezzatura","Gestire la catena del freddo post-raccolta","Predisporre la documentazione di vendita","Curare i rapporti con la grande distribuzione","Applicare le etichettature obbligatorie"],
         ["Mercato nazionale dei prodotti ittici","Normativa HACCP per i prodotti della pesca","Etichettatura e denominazioni commerciali","Logistica del fresco","Certificazioni di sostenibilità","Tecniche di negoziazione commerciale"]),
      ]),
 dict(title="Addetto alla manutenzione del verde urbano", eqf=2, sep=("01","Agricoltura, silvicoltura e pesca"),
      ada=("ADA.01.04.09","Realizzazione e manutenzione di aree verdi"), istat=[("6.4.1.3.2","Giardinieri")],
      ateco=[("81.30.00","Cura e manutenzione del paesaggio")], isced=("0812","Horticulture"),
      total=350, units=[
        ("Eseguire la potatura di siepi e arbusti ornamentali","6210","Siepi e arbusti potati secondo le indicazioni del capo squadra",
         ["Scegliere l'attrezzo di taglio adeguato alla specie","Eseguire tagli di contenimento e di formazione","Raccogliere e smaltire i residui vegetali","Affilare e disinfettare le lame","Rispettare i periodi di nidificazione dell'avifauna","Delimitare l'area di lavoro sulla pubblica via","Utilizzare tosasiepi a motore in sicurezza","Segnalare piante malate o pericolanti"],
         ["Botanica delle specie ornamentali","Epoche di potatura","Attrezzi manuali e a motore","Regolamenti comunali del verde","Segnaletica temporanea di cantiere","Dispositivi di protezione individuale","Compostaggio dei residui di potatura"]),
        ("Curare tappeti erbosi e aiuole fiorite","6211","Aree verdi mantenute in buono stato vegetativo",
         ["Effettuare il taglio del prato alla giusta altezza","Eseguire arieggiatura e trasemina","Distribuire concimi secondo il piano di nutrizione","Regolare gli impianti di irrigazione automatica","Mettere a dimora piante stagionali","Eliminare le infestanti con metodi a basso impatto","Pacciamare le aiuole"],
         ["Specie da tappeto erboso","Fertilizzanti e ammendanti","Impianti di irrigazione a goccia e a pioggia","Difesa integrata del verde","Calendario delle fioriture","Uso sostenibile dei prodotti fitosanitari","Riconoscimento delle infestanti comuni","Manutenzione delle macchine tosaerba"]),
      ]),
]

LAZ = [
 dict(title="Operatore di sartoria teatrale", eqf=3, total=None, int_min=80, int_pct=30, add=10, att=80, attw=70, cr_att=30, cr_int=100,
      units=[
        (None,"Inquadramento della professione",10,0,"no",["Il settore dello spettacolo dal vivo","Contratti collettivi dei lavoratori dello spettacolo"],[]),
        ("Lettura del bozzetto di scena","Interpretare il bozzetto del costume",40,10,"yes",["Storia del costume dal Medioevo al Novecento","Elementi di disegno del figurino","Terminologia tecnica sartoriale","Rapporto tra costume, luce e scenografia"],["Leggere il figurino individuando materiali e volumi","Stimare i metri di tessuto necessari","Proporre soluzioni alternative al costumista","Archiviare il bozzetto nella scheda personaggio"]),
        ("Realizzazione del cartamodello","Realizzare il cartamodello su misura",60,10,"prior",["Rilevazione delle misure dell'interprete","Tecniche di modellistica piana","Tecniche di moulage su manichino","Sviluppo taglie e vestibilità di scena"],["Prendere le misure secondo la scheda","Tracciare il cartamodello base","Adattare il modello ai movimenti dell'attore","Verificare il modello con una prova in tela"]),
        ("Confezione e adattamento dei costumi","Confezionare e adattare i costumi di scena",90,0,"yes",["Macchine per cucire industriali e tagliacuci","Tecniche di cucitura a mano","Tessuti storici e tessuti tecnici","Tinture e invecchiamento dei tessuti","Chiusure rapide per cambi di scena"],["Tagliare il tessuto ottimizzando il piazzamento","Assemblare il capo secondo la sequenza di lavoro","Inserire chiusure e rinforzi per il cambio rapido","Eseguire l'invecchiamento del capo","Rifinire orli e asole a mano","Registrare le modifiche nella scheda del costume"]),
        (None,"Sicurezza sul luogo di lavoro",8,4,"prior",["Legislazione sulla salute e sicurezza","Rischi del laboratorio sartoriale","Dispositivi di protezione individuale"],["Applicare le procedure di prevenzione dei rischi"]),
      ]),
 dict(title="Tecnico della riparazione di biciclette a pedalata assistita", eqf=4, total=None, int_min=100, int_pct=35, add=10, att=75, attw=None, cr_att=25, cr_int=50,
      units=[
        (None,"Inquadramento della professione e mercato della mobilità dolce",12,6,"no",["Il mercato delle e-bike in Italia","Figure professionali dell'officina ciclo","Cenni di diritto del consumatore"],[]),
        ("Diagnosi dei guasti meccanici","Diagnosticare guasti meccanici della bicicletta",50,10,"yes",["Geometrie del telaio","Trasmissione, cambi e deragliatori","Freni a disco idraulici e meccanici","Ruote, mozzi e raggiatura"],["Eseguire il check-up di accettazione","Individuare giochi e usure dei componenti","Compilare la scheda di diagnosi","Stimare tempi e costi dell'intervento"]),
        ("Manutenzione del sistema elettrico","Manutenere motore, batteria e centralina",70,20,"prior",["Motori al mozzo e centrali","Batterie agli ioni di litio: carica, stoccaggio, smaltimento","Software diagnostici dei costruttori","Normativa EN 15194"],["Collegare il software diagnostico alla centralina","Verificare lo stato di salute della batteria","Aggiornare il firmware del sistema","Sostituire sensori di velocità e di coppia","Applicare le procedure antincendio per batterie danneggiate"]),
        ("Gestione dell'officina","Gestire accettazione, preventivi e magazzino",30,15,"yes",["Tecniche di preventivazione","Gestione del magazzino ricambi","Garanzie legali e commerciali"],["Redigere il preventivo","Ordinare i ricambi ai fornitori","Consegnare il mezzo illustrando gli interventi"]),
        (None,"Sicurezza sul luogo di lavoro",8,4,"prior",["Legislazione sulla salute e sicurezza","Rischio elettrico in officina"],["Applicare i protocolli di prevenzione"]),
      ]),
 dict(title="Operatore di panificazione con lievito madre", eqf=3, total=None, int_min=60, int_pct=40, add=15, att=80, attw=70, cr_att=30, cr_int=100,
      units=[
        (None,"Inquadramento della professione",8,0,"no",["Il comparto della panificazione artigianale","Normativa sul pane fresco"],[]),
        ("Gestione del lievito madre","Gestire i rinfreschi del lievito madre",36,6,"yes",["Microbiologia della fermentazione naturale","Tipologie di lievito madre solido e liquido","Conservazione e rinfresco"],["Eseguire il rinfresco giornaliero","Valutare acidità e forza del lievito","Conservare il lievito in cella"]),
        ("Impasto e formatura","Impastare e formare prodotti da forno",60,0,"yes",["Farine e grani antichi","Impastatrici a spirale e a braccia tuffanti","Idratazione e autolisi","Tecniche di formatura"],["Calcolare la ricetta in percentuale del panettiere","Condurre l'impasto fino alla corretta incordatura","Formare pagnotte, filoni e baguette","Gestire la lievitazione in cella controllata"]),
        ("Cottura e conservazione","Cuocere e conservare il pane",40,10,"prior",["Forni a legna, a platea e ventilati","Reazioni di Maillard e caramellizzazione","Confezionamento e shelf life"],["Regolare vapore e temperatura del forno","Valutare la cottura dal colore della crosta","Confezionare il prodotto in atmosfera protettiva"]),
        (None,"Igiene e sicurezza alimentare",16,8,"prior",["Sistema HACCP","Allergeni nei prodotti da forno","Sicurezza sul lavoro in laboratorio"],["Compilare le schede di autocontrollo","Applicare le procedure di sanificazione"]),
      ]),
]
for L in LAZ:
    L["total"] = sum(u[2] for u in L["units"]); L["fad"] = sum(u[3] for u in L["units"])

CREDIT_TXT = {
 "no": "Non ammesso il riconoscimento di credito formativo di frequenza",
 "yes": "Ammesso il riconoscimento di credito formativo di frequenza, da apprendimenti formali, non formali ed informali.",
 "prior": "Ammesso il riconoscimento di credito formativo di frequenza. Credito di frequenza con valore a priori, in caso di possesso di attestazione conforme all'Accordo Stato-Regioni vigente.",
}
CREDIT_REC = {"no": ("not-allowed", False), "yes": ("allowed", False), "prior": ("allowed-with-prior-value", True)}

def slug(s):
    import re
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

# ---------------- expected JSON ----------------
def camp_expected(C, fname, pages):
    units = []
    for i, (t, code, res, sk, kn) in enumerate(C["units"], 1):
        units.append(dict(number=i, kind="training-unit", title=t, competenceUnit=dict(title=t, code=code),
            minHours=None, distanceMaxHours=None, credit=None, expectedResult=res, knowledge=kn, skills=sk, evaluation=None))
    return [dict(schemaVersion="1.0", id="campania:training-standard:"+slug(C["title"]), kind="training-standard", region="Campania",
        title=C["title"], eqfLevel=C["eqf"], description=None,
        classification=dict(sector=dict(code=C["sep"][0], title=C["sep"][1]),
            ada=[dict(code=C["ada"][0], formerCode=None, title=C["ada"][1])],
            istat=[dict(code=c, title=t) for c, t in C["istat"]], ateco=[dict(code=c, title=t) for c, t in C["ateco"]],
            isced=[dict(code=C["isced"][0], title=C["isced"][1])]),
        duration=dict(totalHours=C["total"], classroomHours=None, labHours=None, keyCompetenceHours=None, internship=None,
            distanceLearning=None, additionalUnitsMaxPercent=None, years=[dict(year=1, hours=C["total"], intermediateExam=False)]),
        attendance=dict(minPercent=80, minPercentWithApproval=None, maxAbsencePercent=None), credits=None,
        entryRequirements=["Possesso di titolo attestante l'assolvimento dell'obbligo di istruzione."],
        units=units, flags=[], source=dict(file=fname, sha256=None, pageStart=1, pageEnd=pages, annex=None, determination=None))]

def laz_expected(L, fname, pages):
    units = []
    for i, (uc, t, h, f, cr, kn, sk) in enumerate(L["units"], 1):
        rec, pv = CREDIT_REC[cr]
        units.append(dict(number=i, kind="learning-outcome-unit", title=t, competenceUnit=(dict(title=uc, code=None) if uc else None),
            minHours=h, distanceMaxHours=f, credit=dict(recognition=rec, priorValue=pv, text=CREDIT_TXT[cr]),
            expectedResult=None, knowledge=kn, skills=sk, evaluation=None))
    return [dict(schemaVersion="1.0", id="lazio:training-standard:"+slug(L["title"]), kind="training-standard", region="Lazio",
        title=L["title"], eqfLevel=L["eqf"], description=None,
        classification=dict(sector=None, ada=[], istat=[], ateco=[], isced=[]),
        duration=dict(totalHours=L["total"], classroomHours=None, labHours=None, keyCompetenceHours=None,
            internship=dict(minHours=L["int_min"], maxHours=None, maxPercentOfTotal=L["int_pct"], withLabMinHours=None),
            distanceLearning=dict(maxHours=L["fad"], syncMaxPercentOfClassroom=None, asyncMaxPercentOfClassroom=None),
            additionalUnitsMaxPercent=L["add"], years=[]),
        attendance=dict(minPercent=L["att"], minPercentWithApproval=L["attw"], maxAbsencePercent=None),
        credits=dict(attendanceMaxPercent=L["cr_att"], internshipMaxPercent=L["cr_int"]),
        entryRequirements=["Maggiore età o assolvimento del diritto-dovere all'istruzione e/o alla formazione professionale."],
        units=units, flags=[], source=dict(file=fname, sha256=None, pageStart=1, pageEnd=pages, annex=None, determination=None))]

# ---------------- HTML ----------------
def page_css(st):
    size = "A4 landscape" if st.get("land") else "A4"
    return f"""@page {{ size: {size}; margin: {st.get('margin','18mm 16mm')}; }}
body {{ font-family: {st['font']}; font-size: {st['size']}; margin:0; }}
.kv td {{ vertical-align: top; padding: 2px 6px; }} .kv td.k {{ width: 34%; }}
ol {{ margin:0; padding-left: 0; list-style: none; }}
ul {{ margin:0; padding-left: 12px; list-style: none; }}
"""

def wm_html(st):
    if not st.get("wm"): return ""
    txt, ang = st["wm"]
    return f"""<div style="position:fixed; top:45%; left:-10%; width:120%; text-align:center; transform: rotate({ang}deg);
      font-size:{st.get('wmsize','80pt')}; color: rgba(150,150,150,0.28); font-family: Arial; font-weight:bold; z-index:10; pointer-events:none; white-space:nowrap;">{E(txt)}</div>"""

def rule_css(st):
    r = st.get("rules", "box")
    b = st.get("border", "1.5px solid #000")
    if r == "box":  # frame only, no inner rules
        return f".sheet {{ border: {b}; padding: 6px; box-decoration-break: {st.get('bdb','slice')}; -webkit-box-decoration-break: {st.get('bdb','slice')}; margin-bottom: 10px; }} table {{ border-collapse: collapse; width:100%; }}"
    if r == "grid":
        return ".sheet { margin-bottom:10px; } table { border-collapse: collapse; width:100%; } td, th { border: 0.8px solid #000; }"
    if r == "hrules":
        return ".sheet { margin-bottom:10px; } table { border-collapse: collapse; width:100%; } tr { border-bottom: 0.6px solid #555; }"
    return ".sheet { margin-bottom:10px; } table { border-collapse: collapse; width:100%; }"

def kvrow(k, v):
    return f"<tr><td class='k'>{E(k)}</td><td>{v}</td></tr>"

def numlist(items):
    return "<br>".join(f"{i}. {E(x)}" for i, x in enumerate(items, 1))

def camp_html(C, st):
    cap_in = st.get("cap_inside", True); rep = st.get("thead_repeat", False)
    std_rows = [kvrow("Denominazione Standard Formativo", E(C["title"])), kvrow("Livello EQF", str(C["eqf"])),
        kvrow("Settore Economico Professionale", f"SEP {C['sep'][0]} - {E(C['sep'][1])}"),
        kvrow("Area di Attività", f"{C['ada'][0]} - {E(C['ada'][1])}"),
        kvrow("Qualificazione regionale di riferimento", E(C["title"])),
        kvrow("Referenziazione ATECO 2007", " ".join(f"{c} - {E(t)}" for c, t in C["ateco"])),
        kvrow("Referenziazione ISTAT CP2011", " ".join(f"{c} - {E(t)}" for c, t in C["istat"])),
        kvrow("Codice ISCED-F 2013", f"{C['isced'][0]} {E(C['isced'][1])}"),
        kvrow("Durata minima complessiva del percorso (ore)", str(C["total"])),
        kvrow("Requisiti minimi di ingresso dei partecipanti", "Possesso di titolo attestante l'assolvimento dell'obbligo di istruzione."),
        kvrow("Requisiti minimi didattici comuni a tutte le UF/segmenti", "Formazione d'aula specifica e formazione tecnica mediante attività pratiche/laboratoriali"),
        kvrow("Requisiti minimi di risorse professionali", "Docenti qualificati in possesso di un titolo di studio adeguato all'attività formativa da realizzare, provenienti per almeno il 50% dal mondo del lavoro. " * 2),
        kvrow("Requisiti minimi di risorse strumentali", "È necessario disporre di aule e/o laboratori congruamente attrezzati"),
        kvrow("Requisiti minimi di valutazione e di attestazione degli apprendimenti", "1. Prevedere verifiche periodiche di apprendimento a conclusione di ogni UF. 2. Condizione minima di ammissione all'esame finale è la frequenza di almeno l'80% delle ore complessive del percorso formativo. 3. Esame finale pubblico in conformità alle disposizioni regionali vigenti."),
        kvrow("Gestione dei crediti formativi", "E' ammesso il riconoscimento dei crediti formativi (di ammissione e di frequenza) in conformità alle disposizioni previste dalla normativa regionale vigente"),
        kvrow("Eventuali ulteriori indicazioni", ""),
        kvrow("ELENCO DELLE UNITA' FORMATIVE", " ".join(f"{i} - {E(u[0])}" for i, u in enumerate(C["units"], 1)))]
    def sheet(caption, rows):
        if rep:
            return (f"<table class='sheet kv' style='border:{st.get('border','1.5px solid #000')}'><thead><tr><th colspan=2 style='text-align:left'>{E(caption)}</th></tr></thead>"
                    f"<tbody>{''.join(rows)}</tbody></table>")
        capline = f"<div style='font-weight:bold'>{E(caption)}</div>"
        if cap_in:
            return f"<div class='sheet'>{capline}<table class='kv'>{''.join(rows)}</table></div>"
        return f"{capline}<div class='sheet'><table class='kv'>{''.join(rows)}</table></div>"
    body = [f"<div style='text-align:center'>REPERTORIO DEI TITOLI E DELLE QUALIFICAZIONI DELLA REGIONE CAMPANIA</div><br>"]
    body.append(sheet("STANDARD FORMATIVO", std_rows))
    body.append("<div class='sheet'><b>CORSI ANNUALITÀ</b><table class='kv'><tr><td>Anno</td><td>Ore</td><td>Esame Intermedio</td></tr>"
                f"<tr><td>1° Anno</td><td>{C['total']}</td><td>No</td></tr></table></div>")
    for i, (t, code, res, sk, kn) in enumerate(C["units"], 1):
        rows = [kvrow("Denominazione unità formativa", E(t)), kvrow("Livello EQF", str(C["eqf"])),
                kvrow("Denominazione unità di competenza", f"{E(t)} ({code})"), kvrow("Risultato atteso", E(res)),
                kvrow("Abilità", numlist(sk)), kvrow("Conoscenze", numlist(kn)), kvrow("Vincoli (eventuali)", "")]
        body.append(sheet(f"DETTAGLIO UNITA' FORMATIVA n.{i}", rows))
    return body

def laz_html(L, st):
    rep = st.get("thead_repeat", False); cap_in = st.get("cap_inside", False)
    out = ["<div style='text-align:center'>REGIONE LAZIO - Direzione Regionale Istruzione, Formazione e Politiche per l'Occupazione</div>",
           f"<h3 style='text-align:center'>STANDARD MINIMO DI PERCORSO FORMATIVO<br>QUALIFICAZIONE DI {E(L['title'].upper())}</h3>",
           "<p><b>1. RAPPORTO FRA UNITÀ DI COMPETENZA E UNITÀ DI RISULTATI DI APPRENDIMENTO:</b></p>",
           "<div class='sheet'><table><tr><th>Unità di Competenza</th><th>Unità di Risultati di Apprendimento</th></tr>" +
           "".join(f"<tr><td>{E(u[0] or '--')}</td><td>{E(u[1])}</td></tr>" for u in L["units"]) + "</table></div>",
           f"<p><b>2. LIVELLO EQF DELLA QUALIFICAZIONE IN USCITA: {L['eqf']}</b></p>",
           "<p><b>3. REQUISITI OBBLIGATORI DI ACCESSO AL PERCORSO:</b><br>- Maggiore età o assolvimento del diritto-dovere all'istruzione e/o alla formazione professionale.</p>",
           ]
    cap = "4. ARTICOLAZIONE, PROPEDEUTICITÀ E DURATE MINIME:"
    head = "<tr><th>N.</th><th>Articolazione dell'Unità di competenza/ Contenuti</th><th>Unità di Risultati di apprendimento</th><th>Durata minima</th><th>di cui in FaD</th><th>Crediti formativi</th></tr>"
    rows = []
    for i, (uc, t, h, f, cr, kn, sk) in enumerate(L["units"], 1):
        art = "Conoscenze<br>" + "<br>".join("- " + E(k) for k in kn)
        if sk: art += "<br>Abilità<br>" + "<br>".join("- " + E(s) for s in sk)
        fad = "0" if f == 0 else f"Max {f}"
        rows.append(f"<tr style='vertical-align:top'><td>{i}.</td><td>{art}</td><td>{E(t)}</td><td>{h}</td><td>{fad}</td><td>{E(CREDIT_TXT[cr])}</td></tr>")
    rows.append(f"<tr><td colspan=3><b>DURATA MINIMA TOTALE</b></td><td>{L['total']}</td><td>Max {L['fad']}</td><td></td></tr>")
    colg = "<colgroup><col style='width:4%'><col style='width:38%'><col style='width:18%'><col style='width:8%'><col style='width:8%'><col style='width:24%'></colgroup>"
    if rep:
        out.append(f"<p><b>{cap}</b></p><table class='sheet' style='border:{st.get('border','1.5px solid #000')}'>{colg}<thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>")
    elif cap_in:
        out.append(f"<div class='sheet'><b>{cap}</b><table>{colg}{head}{''.join(rows)}</table></div>")
    else:
        out.append(f"<p><b>{cap}</b></p><div class='sheet'><table>{colg}{head}{''.join(rows)}</table></div>")
    attw = (f" È consentita l'ammissione all'esame finale, anche a fronte della frequenza di almeno il {L['attw']}% delle ore complessive del percorso formativo, previo parere favorevole del collegio dei docenti." if L["attw"] else "")
    out += [f"<p><b>5. TIROCINIO CURRICULARE:</b><br>Durata minima: {L['int_min']} ore;<br>Durata massima: il {L['int_pct']}% sul totale del percorso.</p>",
            f"<p><b>6. UNITA' DI RISULTATI DI APPRENDIMENTO AGGIUNTIVE:</b><br>A scopo di miglioramento/curvatura della progettazione didattica, nel limite massimo del {L['add']}% delle ore totali di formazione, al netto del tirocinio curriculare.</p>",
            "<p><b>7. METODOLOGIA DIDATTICA:</b><br>Formazione d'aula e laboratori pratici.</p>",
            f"<p><b>9. GESTIONE DEI CREDITI FORMATIVI:</b><br>- Credito di ammissione: --.<br>- Crediti di frequenza: la percentuale massima riconoscibile è il {L['cr_att']}% sulla durata di ore d'aula o laboratorio; il {L['cr_int']}% sul tirocinio curriculare, al netto degli eventuali crediti con valore a priori.</p>",
            f"<p><b>11. ATTESTAZIONE IN ESITO RILASCIATA DAL SOGGETTO ATTUATORE:</b><br>Documento di formalizzazione degli apprendimenti. Condizioni di ammissione all'esame finale: frequenza di almeno l'{L['att']}% delle ore complessive del percorso formativo.{attw}</p>",
            "<p><b>12. ATTESTAZIONE IN ESITO AD ESAME PUBBLICO:</b><br>Certificato di qualificazione professionale, rilasciato ai sensi del D.lgs. 13/2013.</p>"]
    return out

def build(name, fam, data, st):
    body = camp_html(data, st) if fam == "campania" else laz_html(data, st)
    h = f"<!doctype html><html><head><meta charset='utf-8'><style>{page_css(st)}{rule_css(st)}{st.get('extra','')}</style></head><body>{wm_html(st)}{''.join(body)}</body></html>"
    hp = os.path.join(TMP, name + ".html"); open(hp, "w").write(h)
    pdf = os.path.join(OUT, name + ".pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", f"--print-to-pdf={pdf}", hp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pages = int(subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout.split("Pages:")[1].split()[0])
    exp = camp_expected(data, name + ".pdf", pages) if fam == "campania" else laz_expected(data, name + ".pdf", pages)
    json.dump(exp, open(os.path.join(OUT, name + ".expected.json"), "w"), ensure_ascii=False, indent=2)
    print(name, pages, "pages")

DOCS = [
 # (A) box cut by page break
 ("qd_box_campania-capin", "campania", CAMP[0], dict(font="Arial, sans-serif", size="10.5pt", rules="box", cap_inside=True)),
 ("qd_box_campania-repcap-land", "campania", CAMP[1], dict(font="'Times New Roman', serif", size="11pt", land=True, rules="box", thead_repeat=True, border="2px solid #000")),
 ("qd_box_campania-clone-dbl", "campania", CAMP[2], dict(font="'DejaVu Serif', serif", size="12pt", rules="box", cap_inside=False, bdb="clone", border="3px double #000")),
 ("qd_box_lazio-repcap", "lazio", LAZ[0], dict(font="'Liberation Sans', Arial", size="10pt", rules="box", thead_repeat=True)),
 ("qd_box_lazio-land-capin", "lazio", LAZ[1], dict(font="'DejaVu Sans Mono', monospace", size="9pt", land=True, rules="box", cap_inside=True, border="1px dashed #000")),
 ("qd_box_lazio-thick", "lazio", LAZ[2], dict(font="Georgia, serif", size="11.5pt", rules="box", cap_inside=False, bdb="clone", border="2.5px solid #333")),
 # (B) diagonal watermark
 ("qd_wm_campania-bozza45", "campania", CAMP[0], dict(font="Arial, sans-serif", size="10pt", rules="grid", wm=("BOZZA", -45), wmsize="120pt")),
 ("qd_wm_campania-copia30-land", "campania", CAMP[1], dict(font="'Times New Roman', serif", size="10.5pt", land=True, rules="none", wm=("COPIA CONFORME ALL'ORIGINALE", -30), wmsize="48pt")),
 ("qd_wm_campania-fac60", "campania", CAMP[2], dict(font="'DejaVu Sans', sans-serif", size="11pt", rules="hrules", wm=("FAC-SIMILE", 60), wmsize="90pt")),
 ("qd_wm_lazio-bozza-40", "lazio", LAZ[0], dict(font="Arial, sans-serif", size="9.5pt", rules="grid", wm=("BOZZA", 40), wmsize="130pt")),
 ("qd_wm_lazio-copia45-land", "lazio", LAZ[1], dict(font="'Liberation Serif', serif", size="10pt", land=True, rules="hrules", wm=("COPIA CONFORME ALL'ORIGINALE", -45), wmsize="44pt")),
 ("qd_wm_lazio-fac30-box", "lazio", LAZ[2], dict(font="Verdana, sans-serif", size="9pt", rules="box", wm=("FAC-SIMILE", -30), wmsize="100pt")),
]
if __name__ == "__main__":
    import sys
    sel = sys.argv[1:]
    for n, f, d, s in DOCS:
        if not sel or n in sel: build(n, f, d, s)
