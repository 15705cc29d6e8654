# -*- coding: utf-8 -*-
"""Invented standards (tester's own content). gen.py renders them, mkexp.py writes the truth."""

NOT_ALLOWED = "Non ammesso il riconoscimento di credito formativo di frequenza"
ALLOWED = ("Ammesso il riconoscimento di credito formativo di frequenza, da apprendimenti formali, "
           "non formali ed informali.")


def prior(extra):
    return ALLOWED + " Credito di frequenza con valore a priori, " + extra


SAFETY = ("Ammesso credito di frequenza con valore a priori, riconosciuto a chi ha già svolto, con idonea "
          "attestazione, il corso conforme all'Accordo Stato – Regioni del 21/12/2011 – Formazione dei "
          "lavoratori, ai sensi dell'art. 37, comma 2 del D.lgs. 81/2008")

LAZIO_ENTRY = [
    "Maggiore età o assolvimento del diritto-dovere all'istruzione e/o alla formazione professionale.",
    "Diploma di scuola secondaria di primo grado.",
    "I cittadini extracomunitari devono disporre di regolare permesso di soggiorno, valido per l'intera durata del percorso.",
]

# ---------------------------------------------------------------- Lazio percorso
# unit: (title_sec4, title_sec1, uc or None, hours, fad_cell, credit_kind, credit_text, knowledge, skills)
L1 = dict(
    title="Operatore della logistica di magazzino", eqf=3, total=150, fad_total=32,
    intern_min=60, intern_pct=30, add_pct=10, cred_att=25, cred_int=100, att=80, att_appr=70,
    units=[
        ("Inquadramento della professione", None, None, 16, "0", "not-allowed", NOT_ALLOWED,
         ["Il ruolo dell'operatore nella filiera logistica", "Contratti collettivi del settore trasporti e logistica",
          "Organizzazione tipo di un magazzino conto terzi"], []),
        ("Ricevere e controllare le merci in ingresso", None, "Ricevimento e stoccaggio delle merci", 40, "Max 10",
         "allowed-with-prior-value",
         prior("in caso di possesso di qualifica di \"Addetto alla movimentazione merci\"."),
         ["Documenti di trasporto: DDT, CMR, lettera di vettura", "Tecniche di controllo quantitativo e qualitativo della merce",
          "Codifiche e sistemi di etichettatura (barcode, RFID)"],
         ["Verificare la corrispondenza tra merce ricevuta e documenti di accompagnamento",
          "Segnalare non conformità e danni rilevati allo scarico", "Registrare gli ingressi nel sistema gestionale"]),
        ("Gestire lo stoccaggio e l'inventario", None, "Gestione delle scorte e dell'inventario", 36, "Max 8",
         "allowed", ALLOWED,
         ["Criteri di allocazione della merce (FIFO, LIFO, FEFO)", "Tecniche di inventario fisico e rotativo",
          "Indici di rotazione delle scorte", "Layout del magazzino e unità di carico"],
         ["Collocare la merce nelle ubicazioni assegnate rispettando i criteri di sicurezza",
          "Effettuare conte inventariali e riconciliare le differenze"]),
        ("Preparare e spedire gli ordini", None, "Allestimento e spedizione degli ordini", 30, "Max 6",
         "allowed", ALLOWED,
         ["Tecniche di picking e packing", "Imballaggi e normativa sul trasporto di merci pericolose (ADR)",
          "Modalità di consolidamento delle spedizioni"],
         ["Prelevare gli articoli secondo la lista di prelievo", "Predisporre colli e pallet per la spedizione",
          "Compilare la documentazione di uscita"]),
        ("Utilizzare i sistemi informativi di magazzino", None, None, 20, "Max 4", "allowed", ALLOWED,
         ["Funzioni di un Warehouse Management System (WMS)", "Terminali in radiofrequenza e lettori ottici"],
         ["Utilizzare il WMS per movimentazioni e interrogazioni di giacenza", "Gestire le anomalie di sistema segnalandole al responsabile"]),
        ("Sicurezza sul luogo di lavoro", None, None, 8, "Max 4", "allowed-with-prior-value", SAFETY,
         ["Rischi connessi alla movimentazione manuale dei carichi", "Uso in sicurezza dei carrelli elevatori",
          "Dispositivi di protezione individuali"],
         ["Applicare i protocolli di prevenzione e riduzione del rischio professionale"]),
    ])

L2 = dict(
    title="Tecnico della manutenzione del verde urbano", eqf=4, total=210, fad_total=30,
    intern_min=80, intern_pct=35, add_pct=15, cred_att=20, cred_int=100, att=75, att_appr=65,
    units=[
        ("Inquadramento della professione", None, None, 20, "0", "not-allowed", NOT_ALLOWED,
         ["Il verde urbano come servizio pubblico", "Normativa sugli appalti di manutenzione del verde"], []),
        ("Riconoscere specie arboree e arbustive", None, "Analisi botanica del patrimonio verde", 40, "Max 8", "allowed", ALLOWED,
         ["Elementi di botanica sistematica", "Fisiologia delle piante legnose", "Principali specie ornamentali in ambiente urbano"],
         ["Identificare le specie presenti in un'area verde", "Valutare lo stato vegetativo delle piante"]),
        ("Potare alberi e arbusti ornamentali", "Potare alberi e arbusti", "Interventi di potatura e abbattimento", 36, "Max 6",
         "allowed-with-prior-value", prior("in caso di possesso dell'abilitazione \"Operatore forestale\"."),
         ["Tecniche di potatura di formazione e di mantenimento", "Tree climbing e lavori in quota",
          "Attrezzature di taglio: motoseghe e svettatoi"],
         ["Eseguire tagli di ritorno secondo i principi della potatura naturale", "Utilizzare in sicurezza le attrezzature di taglio",
          "Gestire il materiale di risulta"]),
        ("Gestire tappeti erbosi e aiuole", None, "Manutenzione di prati e aiuole", 32, "Max 6", "allowed", ALLOWED,
         ["Specie da tappeto erboso", "Tecniche di concimazione e arieggiamento", "Impianti di irrigazione automatica"],
         ["Programmare tagli, concimazioni e irrigazioni", "Regolare gli impianti di irrigazione"]),
        ("Difesa fitosanitaria integrata", None, "Difesa delle piante dalle avversità", 30, "Max 4", "allowed", ALLOWED,
         ["Principali patogeni e parassiti delle piante ornamentali", "Prodotti fitosanitari e Piano d'Azione Nazionale",
          "Lotta biologica e integrata"],
         ["Riconoscere i sintomi delle principali fitopatie", "Scegliere il metodo di difesa a minore impatto ambientale"]),
        ("Pianificare gli interventi di manutenzione", None, None, 30, "Max 4", "allowed", ALLOWED,
         ["Censimento informatizzato del verde (GIS)", "Cronoprogramma e computo metrico degli interventi"],
         ["Redigere un piano annuale di manutenzione", "Stimare tempi e costi degli interventi"]),
        ("Sicurezza sul luogo di lavoro", None, None, 20, "Max 2", "allowed-with-prior-value", SAFETY,
         ["Rischi specifici dei cantieri stradali e del verde", "Segnaletica temporanea di cantiere"],
         ["Allestire il cantiere nel rispetto del Codice della strada"]),
    ])

# ---------------------------------------------------------------- Campania standard formativo
C1 = dict(
    eqf5=False, title="Installatore e manutentore di impianti fotovoltaici", qual="Installatore e manutentore di impianti fotovoltaici",
    eqf=3, sep=("10", "Meccanica, produzione e manutenzione di macchine, impiantistica"),
    ada=[("ADA.10.01.23", "Installazione e manutenzione di impianti fotovoltaici")],
    processo="Produzione e manutenzione di impianti", sequenza="Installazione e manutenzione di impianti elettrici",
    description=("L'installatore e manutentore di impianti fotovoltaici esegue il montaggio dei moduli, dei quadri e degli "
                 "inverter di impianti fotovoltaici di piccola e media taglia, sulla base del progetto esecutivo e nel rispetto "
                 "delle norme tecniche e di sicurezza. Effettua la manutenzione ordinaria e straordinaria degli impianti, "
                 "individuando guasti e malfunzionamenti e ripristinando la piena funzionalità. Opera come dipendente di imprese "
                 "di installazione o come lavoratore autonomo."),
    ateco=[("43.21.01", "F", "Installazione di impianti elettrici in edifici o in altre opere di costruzione"),
           ("33.14.00", "C", "Riparazione e manutenzione di apparecchiature elettriche")],
    istat=[("6.2.4.1.0", "Elettricisti e installatori di impianti elettrici nelle costruzioni civili")],
    isced=[("0713", "Electricity and energy")],
    total=400, years=[(1, 400, False)], att=80,
    entry=("Possesso di titolo attestante l'assolvimento dell'obbligo di istruzione. Per i cittadini stranieri è inoltre "
           "necessario il possesso di un attestato di conoscenza della lingua italiana ad un livello non inferiore all'A2 del QCER."),
    units=[
        dict(title="Montaggio dei componenti di un impianto fotovoltaico", uc="Montaggio dei componenti di un impianto fotovoltaico",
             code="3105", result="Componenti dell'impianto montati secondo il progetto esecutivo", hours=150,
             skills=["Leggere schemi elettrici e disegni di montaggio", "Posare strutture di sostegno su coperture e a terra",
                     "Collegare moduli, stringhe e inverter", "Utilizzare attrezzature manuali ed elettriche in sicurezza"],
             knowledge=["Principi di funzionamento della cella fotovoltaica", "Tipologie di moduli e strutture di sostegno",
                        "Norme CEI per impianti di produzione", "Sicurezza nei lavori in quota"]),
        dict(title="Collaudo e messa in servizio dell'impianto", uc="Collaudo e messa in servizio dell'impianto", code="3106",
             result="Impianto collaudato e connesso alla rete", hours=120,
             skills=["Eseguire misure di isolamento e continuità", "Verificare il corretto funzionamento dell'inverter",
                     "Compilare la dichiarazione di conformità"],
             knowledge=["Strumenti di misura elettrica", "Procedure di connessione alla rete del distributore",
                        "Documentazione di collaudo"]),
        dict(title="Manutenzione ordinaria e straordinaria di impianti fotovoltaici",
             uc="Manutenzione ordinaria e straordinaria di impianti fotovoltaici", code="3107",
             result="Impianto mantenuto in efficienza", hours=130,
             skills=["Pianificare gli interventi di manutenzione programmata", "Diagnosticare guasti di moduli e inverter",
                     "Sostituire componenti danneggiati", "Registrare gli interventi eseguiti"],
             knowledge=["Tecniche di diagnosi dei guasti", "Termografia applicata ai moduli fotovoltaici",
                        "Sistemi di monitoraggio della produzione", "Smaltimento dei RAEE"]),
    ])

C2 = dict(
    eqf5=True, title="Tecnico della promozione di servizi turistici digitali", qual="Tecnico della promozione di servizi turistici digitali",
    eqf=5, sep=("19", "Servizi turistici"),
    ada=[("ADA.19.21.07", "Promozione e commercializzazione di servizi turistici"),
         ("ADA.19.21.08", "Gestione dei canali digitali di vendita dei servizi turistici")],
    processo="Servizi di agenzia di viaggio e intermediazione turistica", sequenza="Promozione e vendita di servizi turistici",
    description=("Il tecnico della promozione di servizi turistici digitali progetta e realizza campagne di promozione di "
                 "destinazioni e pacchetti turistici sui canali digitali, gestisce i portali di prenotazione e le recensioni "
                 "online e analizza i dati di vendita per orientare l'offerta. Opera presso agenzie di viaggio, tour operator, "
                 "consorzi turistici e strutture ricettive."),
    ateco=[("79.11.00", "N", "Attività delle agenzie di viaggio"), ("79.90.19", "N", "Altri servizi di prenotazione e altre attività di assistenza turistica non svolte dalle agenzie di viaggio")],
    istat=[("3.4.1.1.0", "Tecnici delle attività ricettive ed assimilati"), ("3.3.3.5.0", "Tecnici del marketing")],
    isced=[("1015", "Travel, tourism and leisure")],
    total=600, classroom=300, lab=100, kc=40, sync=30, async_=120, intern=160, intern_lab=260,
    absence=20, tui=20, years_count=2, years=[(1, 300, True), (2, 300, False)], att=75,
    entry=("Possesso di diploma di scuola secondaria di secondo grado o di qualifica professionale di livello EQF 4. "
           "Per i cittadini stranieri è necessario il possesso di un attestato di conoscenza della lingua italiana ad un livello non inferiore al B2 del QCER."),
    units=[
        dict(title="Analisi della domanda turistica e del mercato digitale", uc="Analisi della domanda turistica e del mercato digitale",
             code="4410", result="Domanda turistica analizzata e segmentata", hours=90,
             skills=["Applicare tecniche di analisi dei flussi turistici", "Utilizzare strumenti di web analytics",
                     "Segmentare la clientela per profili di consumo"],
             knowledge=["Statistica del turismo", "Strumenti di web analytics", "Comportamento del consumatore turistico",
                        "Fonti informative del settore"]),
        dict(title="Progettazione di campagne di promozione online", uc="Progettazione di campagne di promozione online",
             code="4411", result="Campagna promozionale progettata e pianificata", hours=110,
             skills=["Definire obiettivi e target della campagna", "Pianificare contenuti per social network e motori di ricerca",
                     "Gestire il budget pubblicitario", "Coordinare fornitori e creativi"],
             knowledge=["Tecniche di digital marketing turistico", "Search engine optimization e advertising",
                        "Copywriting per il turismo", "Normativa sulla pubblicità e sulla privacy"]),
        dict(title="Gestione dei canali di vendita e della reputazione online", uc="Gestione dei canali di vendita e della reputazione online",
             code="4412", result="Canali di vendita e reputazione online gestiti", hours=100,
             skills=["Gestire le disponibilità sui portali di prenotazione", "Rispondere alle recensioni dei clienti",
                     "Monitorare i principali indicatori di vendita"],
             knowledge=["Channel manager e booking engine", "Tecniche di revenue management", "Gestione della reputazione online"]),
    ])

# ---------------------------------------------------------------- profile
P1 = dict(
    title="Operatore delle produzioni orticole", eqf=3,
    description=("L'operatore delle produzioni orticole esegue le operazioni colturali di ortaggi in pieno campo e in serra, "
                 "dalla preparazione del terreno alla raccolta, curando la difesa delle colture e la prima lavorazione del prodotto."),
    sector="Agricoltura, silvicoltura e pesca",
    ada=[("ADA.01.01.03", "ADA.1.2.5", "Coltivazione di ortaggi in pieno campo e in coltura protetta")],
    istat=[("6.4.1.2.0", "Agricoltori e operai agricoli specializzati di coltivazioni di ortaggi in serra")],
    ateco=[("01.13.10", "Coltivazione di ortaggi in piena aria"), ("01.13.20", "Coltivazione di ortaggi in serra")],
    units=[
        dict(title="Preparare il terreno e impiantare le colture orticole",
             result="Terreno preparato e coltura impiantata secondo il piano colturale",
             knowledge=["Caratteristiche fisiche e chimiche del suolo", "Tecniche di lavorazione del terreno",
                        "Semina e trapianto di ortaggi", "Macchine e attrezzature per la preparazione del terreno"],
             skills=["Eseguire le lavorazioni del terreno con le macchine adeguate", "Distribuire concimi organici e minerali",
                     "Effettuare semine e trapianti rispettando sesti e densità"],
             ind="Preparazione di un appezzamento e impianto di una coltura orticola assegnata",
             soglia="Impianto realizzato nel rispetto dei sesti e delle densità indicate dal piano colturale"),
        dict(title="Curare le colture orticole in campo e in serra",
             result="Colture irrigate, concimate e difese dalle avversità",
             knowledge=["Fabbisogni idrici e nutritivi degli ortaggi", "Impianti di irrigazione a goccia e fertirrigazione",
                        "Principali avversità delle colture orticole", "Gestione del clima in serra", "Norme sull'uso dei prodotti fitosanitari"],
             skills=["Regolare turni e volumi di irrigazione", "Riconoscere i sintomi di attacchi parassitari",
                     "Applicare trattamenti fitosanitari nel rispetto delle dosi", "Controllare temperatura e umidità della serra"],
             ind="Gestione simulata di un ciclo colturale con evento avverso",
             soglia="Intervento scelto e dosato correttamente in almeno due casi su tre"),
        dict(title="Raccogliere e condizionare i prodotti orticoli",
             result="Prodotti raccolti, selezionati e confezionati secondo gli standard commerciali",
             knowledge=["Indici di maturazione degli ortaggi", "Tecniche di raccolta manuale e meccanica",
                        "Norme di commercializzazione dei prodotti ortofrutticoli"],
             skills=["Stabilire il momento ottimale di raccolta", "Selezionare e calibrare il prodotto",
                     "Confezionare il prodotto per la vendita"],
             ind="Raccolta e confezionamento di un lotto di prodotto",
             soglia="Lotto conforme alle norme di commercializzazione"),
    ])

# ---------------------------------------------------------------- Atlante
A1 = dict(
    title="Operatore della ristorazione collettiva", region="Umbria", sector=("19", "Servizi turistici"),
    ada=[("ADA.19.20.04", "ADA.20.187.612", "Preparazione di pasti nella ristorazione collettiva"),
         ("ADA.19.20.05", "ADA.20.187.613", "Distribuzione dei pasti e riassetto dei locali")],
    istat=[("5.2.2.1.0", "Cuochi in alberghi e ristoranti"), ("8.1.4.1.0", "Personale non qualificato addetto alla pulizia nei servizi di alloggio e nelle navi")],
    ateco=[("56.29.10", "Mense"), ("56.29.20", "Catering continuativo su base contrattuale")],
    equiv=[("Operatore della ristorazione collettiva", "Umbria"), ("Addetto mensa", "Marche"), ("Aiuto cuoco di mensa", "Toscana")],
    units=[
        dict(title="Preparazione dei pasti secondo il menù programmato", desc="pasti preparati secondo il menù e le grammature previste",
             knowledge=["tecniche di cottura di base", "grammature e tabelle dietetiche", "diete speciali e allergeni",
                        "principi di igiene degli alimenti (HACCP)"],
             skills=["preparare le materie prime secondo le ricette standard", "applicare le grammature previste dal menù",
                     "gestire le preparazioni per diete speciali"]),
        dict(title="Distribuzione dei pasti agli utenti", desc="pasti distribuiti nel rispetto dei tempi e delle temperature",
             knowledge=["legame fresco-caldo e refrigerato", "attrezzature per il mantenimento delle temperature",
                        "tecniche di porzionatura"],
             skills=["porzionare e distribuire i pasti", "controllare le temperature di distribuzione",
                     "comunicare con gli utenti in modo cortese"]),
        dict(title="Riassetto e sanificazione dei locali e delle attrezzature", desc="locali e attrezzature puliti e sanificati",
             knowledge=["prodotti detergenti e sanificanti", "piani di pulizia e registrazioni HACCP", "raccolta differenziata dei rifiuti"],
             skills=["applicare il piano di pulizia e sanificazione", "registrare gli interventi effettuati",
                     "smaltire i rifiuti secondo le regole del servizio", "segnalare guasti alle attrezzature"]),
    ])

# L1 variant: one UC covers units 2 and 3 (rowspan in section 1)
import copy as _copy
L1B = _copy.deepcopy(L1)
_u = list(L1B["units"][2]); _u[2] = L1B["units"][1][2]; L1B["units"][2] = tuple(_u)
