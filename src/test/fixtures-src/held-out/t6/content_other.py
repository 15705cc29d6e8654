# -*- coding: utf-8 -*-
"""Invented content of the Campania "standard formativo" and Atlante del Lavoro test documents (tester6)."""

VALUT = ("1. Prevedere verifiche periodiche di apprendimento a conclusione di ogni UF. 2. Condizione minima di "
         "ammissione all'esame finale è la frequenza di almeno l'80% delle ore complessive del percorso "
         "formativo. 3. Esame finale pubblico in conformità alle disposizioni regionali vigenti. 4. "
         "Certificazione rilasciata al termine del percorso: \"Certificazione di qualifica professionale\" per \"%s\"")
RISORSE_PROF = ("Docenti qualificati, provenienti per almeno il 50% dal mondo del lavoro, in possesso di un titolo "
                "di studio adeguato all'attività formativa da realizzare e di una documentata esperienza "
                "professionale e/o di insegnamento almeno triennale nel settore di riferimento.")
RISORSE_STRUM = "È necessario disporre di aule e laboratori congruamente attrezzati"
CREDITI = ("E' ammesso il riconoscimento dei crediti formativi (di ammissione e di frequenza) in conformità alle "
           "disposizioni previste dalla normativa regionale vigente")
INGRESSO5 = ("Possesso di titolo di studio / qualifica professionale attestante il raggiungimento di un livello di "
             "apprendimento pari almeno a EQF 4, acquisito nell'ambito degli ordinamenti di istruzione o nella "
             "formazione professionale. Per i cittadini stranieri è inoltre necessario il possesso di un "
             "attestato di conoscenza della lingua italiana ad un livello non inferiore al B1 del QCER.")
INGRESSO3 = ("Possesso di titolo attestante l'assolvimento dell'obbligo di istruzione. Per i cittadini stranieri "
             "è inoltre necessario il possesso di un attestato di conoscenza della lingua italiana ad un livello "
             "non inferiore all'A2 del QCER.")


def UF(n, title, uc, code, result, skills, knowledge, hours=None, hcell=None):
    return dict(n=n, title=title, uc=uc, code=code, result=result, s=skills, k=knowledge, hv=hours,
                h=hcell if hcell is not None else ("" if hours is None else str(hours)))


# ---------------------------------------------------------------- 7. fotovoltaico (EQF 5, narrow labels)
FOTOVOLTAICO = dict(
    title="Tecnico della gestione e manutenzione di impianti fotovoltaici", eqf=5,
    sep=("13", "Servizi di public utilities"),
    ada=[("ADA.13.02.04", "Installazione e manutenzione di impianti di produzione di energia da fonti rinnovabili")],
    processo="Produzione e distribuzione di energia", sequenza="Gestione di impianti di produzione di energia",
    descr=("Il tecnico della gestione e manutenzione di impianti fotovoltaici pianifica e coordina gli interventi "
           "di installazione, collaudo e manutenzione ordinaria e straordinaria di impianti fotovoltaici "
           "residenziali e industriali, verificandone le prestazioni e la conformità alle norme tecniche e di "
           "sicurezza. Opera come dipendente di imprese di installazione o come lavoratore autonomo."),
    ateco=[("F", "43.21.01", "Installazione di impianti elettrici in edifici o in altre opere di costruzione"),
           ("D", "35.11.00", "Produzione di energia elettrica")],
    istat=[("3.1.3.1.0", "Tecnici elettronici"), ("6.2.4.1.0", "Installatori e riparatori di apparati elettrici")],
    isced=("0713", "Electricity and energy"),
    total="400", totalv=400, aula="200", aulav=200, lab="60", labv=60, kc="40", kcv=40,
    sync="30", syncv=30, asyn="20", asynv=20, tir="100", tirv=100, tirlab="160", tirlabv=160,
    absence="20", absencev=20, tui="20", years=[(1, "400", 400, "No", False)], anni="1",
    grado="Diploma di scuola secondaria di secondo grado", eta="18 anni",
    ingresso=INGRESSO5,
    units=[
        UF(1, "Progettazione esecutiva di impianti fotovoltaici", "Progettazione esecutiva di impianti fotovoltaici",
           "4021", "Progetto esecutivo dell'impianto redatto nel rispetto delle norme tecniche",
           ["Analizzare il sito di installazione valutando orientamento, inclinazione e ombreggiamenti",
            "Dimensionare generatore, inverter e sistemi di accumulo",
            "Redigere schemi elettrici e computi metrici"],
           ["Principi di conversione fotovoltaica", "Norme CEI per impianti di produzione",
            "Software di simulazione della producibilità", "Elementi di disegno tecnico"], 50),
        UF(2, "Installazione e collaudo di impianti fotovoltaici", "Installazione e collaudo di impianti fotovoltaici",
           "4022", "Impianto installato e collaudato secondo il progetto",
           ["Coordinare la posa delle strutture di sostegno e dei moduli",
            "Eseguire i collegamenti elettrici lato corrente continua e alternata",
            "Effettuare le prove di collaudo e compilare la documentazione"],
           ["Componenti degli impianti fotovoltaici", "Tecniche di cablaggio e connessione",
            "Procedure di connessione alla rete", "Strumenti di misura elettrica"], 60),
        UF(3, "Manutenzione e monitoraggio delle prestazioni", "Manutenzione e monitoraggio degli impianti fotovoltaici",
           "4023", "Impianto mantenuto efficiente e prestazioni monitorate",
           ["Pianificare la manutenzione preventiva", "Analizzare i dati di produzione e individuare anomalie",
            "Sostituire componenti guasti"],
           ["Sistemi di monitoraggio remoto", "Diagnostica dei guasti di moduli e inverter",
            "Piani di manutenzione"], 60),
        UF(4, "Sicurezza nei lavori elettrici e in quota", "Gestione della sicurezza nei cantieri di installazione",
           "4024", "Lavori svolti in condizioni di sicurezza",
           ["Applicare le procedure per i lavori elettrici sotto tensione e fuori tensione",
            "Utilizzare i dispositivi di protezione contro le cadute dall'alto"],
           ["Norma CEI 11-27", "Rischi dei lavori in quota", "Dispositivi di protezione individuale"], 50),
    ],
)

# ---------------------------------------------------------------- 8. marketing digitale (EQF 5, marks, 2 ADA)
MARKETING = dict(
    title="Tecnico del marketing digitale e della comunicazione social", eqf=5,
    sep=("24", "Area comune"),
    ada=[("ADA.24.03.07", "Pianificazione e realizzazione di campagne di comunicazione digitale"),
         ("ADA.24.03.09", "Gestione della presenza aziendale sui social media")],
    processo="Marketing, sviluppo commerciale e pubbliche relazioni", sequenza="Promozione e comunicazione",
    descr=("Il tecnico del marketing digitale progetta, realizza e misura campagne di comunicazione sui canali "
           "digitali dell'impresa, cura i contenuti dei social media e analizza i risultati in termini di "
           "visibilità, contatti e vendite."),
    ateco=[("M", "73.11.02", "Conduzione di campagne di marketing e altri servizi pubblicitari"),
           ("M", "70.21.00", "Pubbliche relazioni e comunicazione")],
    istat=[("3.3.3.6.2", "Tecnici del marketing"), ("2.5.1.6.0", "Specialisti nella commercializzazione")],
    isced=("0414", "Marketing and advertising"),
    # 150 + 60 + 30 + 90 = 330 > 300: COMPONENT_HOURS_EXCEED_TOTAL
    total="300", totalv=300, aula="150", aulav=150, lab="60", labv=60, kc="30", kcv=30,
    sync="40¹", syncv=40, asyn="20¹", asynv=20, tir="90", tirv=90, tirlab="150", tirlabv=150,
    absence="20 (*)", absencev=20, tui="15", years=[(1, "300", 300, "No", False)], anni="1",
    grado="Diploma di scuola secondaria di secondo grado", eta="18 anni",
    ingresso=INGRESSO5,
    notes=["¹ Le percentuali di e-learning si calcolano sulla sola durata d'aula.",
           "(*) Le assenze sono calcolate sul monte ore complessivo, tirocinio incluso."],
    units=[
        UF(1, "Strategia di marketing digitale", "Definizione della strategia di marketing digitale", "5101",
           "Piano di marketing digitale definito",
           ["Analizzare il mercato e i concorrenti sui canali digitali", "Definire obiettivi, target e indicatori",
            "Stimare il budget delle campagne"],
           ["Marketing strategico e operativo", "Customer journey e funnel di conversione",
            "Indicatori di prestazione (KPI)"], 40, "40²"),
        UF(2, "Gestione dei contenuti e dei social media", "Gestione dei canali social", "5102",
           "Contenuti pubblicati e comunità gestite",
           ["Redigere un piano editoriale", "Produrre testi, immagini e brevi video",
            "Moderare le conversazioni con gli utenti"],
           ["Piattaforme social e loro algoritmi", "Copywriting per il web", "Diritto d'autore e privacy"], 60),
        UF(3, "Campagne a pagamento e analisi dei risultati", "Gestione delle campagne digitali", "5103",
           "Campagne realizzate e risultati misurati",
           ["Configurare campagne sui motori di ricerca e sui social", "Leggere i rapporti di analisi del traffico",
            "Proporre azioni correttive"],
           ["Pubblicità sui motori di ricerca", "Strumenti di web analytics", "Test A/B"], 50),
    ],
)

# ---------------------------------------------------------------- 9. ristorazione (EQF 3, labels on the right)
SALA = dict(
    title="Operatore della ristorazione - servizi di sala e bar", eqf=3,
    sep=("23", "Servizi turistici"),
    ada=[("ADA.23.01.03", "Servizio di sala e di bar")],
    processo="Servizi di ristorazione", sequenza="Servizio di sala e bar",
    descr=("L'Operatore della ristorazione - servizi di sala e bar accoglie i clienti, presenta il menu, prende "
           "le ordinazioni e serve cibi e bevande, prepara caffetteria e semplici cocktail e cura il riordino "
           "della sala e del banco bar."),
    ateco=[("I", "56.10.11", "Ristorazione con somministrazione"), ("I", "56.30.00", "Bar e altri esercizi simili senza cucina")],
    istat=[("5.2.2.3.0", "Camerieri e professioni assimilate"), ("5.2.2.4.0", "Baristi e professioni assimilate")],
    isced=("1013", "Hotel, restaurants and catering"),
    total="600", totalv=600, years=[(1, "300", 300, "No", False), (2, "300", 300, "Sì", True)],
    ingresso=INGRESSO3,
    units=[
        UF(1, "Accoglienza del cliente e servizio di sala", "Accoglienza e servizio di sala", "3110",
           "Clienti accolti e serviti secondo gli standard del locale",
           ["Accogliere il cliente e assegnare il tavolo", "Presentare il menu e raccogliere le comande",
            "Servire le portate secondo le diverse tecniche di servizio"],
           ["Tecniche di servizio all'italiana, alla francese e all'inglese", "Mise en place",
            "Comunicazione con il cliente"]),
        UF(2, "Preparazione di bevande e servizio al banco bar", "Servizio di bar", "3111",
           "Bevande preparate e servite correttamente",
           ["Preparare caffè, cappuccini e bevande calde", "Preparare cocktail e aperitivi semplici",
            "Curare pulizia e riordino del banco"],
           ["Merceologia delle bevande", "Attrezzature del bar", "Norme igieniche nella somministrazione"]),
    ],
)

# ---------------------------------------------------------------- 10. Atlante: operatore agricolo, 3 ADA
AGRICOLO = dict(
    title="Operatore agricolo - coltivazioni arboree, erbacee e ortofloricole", region="Lombardia",
    sector=("1", "Agricoltura, silvicoltura e pesca"),
    ada=[("ADA.01.01.02", "ADA.1.1.2", "Coltivazione di piante erbacee, orticole e aromatiche"),
         ("ADA.01.01.05", "ADA.1.2.5", "Coltivazione di colture arboree da frutto e vite"),
         ("ADA.01.04.10", "ADA.1.248.821", "Conduzione e manutenzione ordinaria di macchine e impianti agricoli")],
    equiv=[("Operatore agricolo", "Lombardia"), ("Addetto alle coltivazioni", "Piemonte"),
           ("Operatore delle produzioni vegetali", "Veneto")],
    quals=[("OPERATORE AGRICOLO", "Lombardia"), ("Operatore agricolo - coltivazioni", "Emilia-Romagna"),
           ("Addetto alle colture orticole", "Toscana")],
    competences=[
        dict(title="Coltivazione di ortaggi e piante aromatiche in pieno campo e in serra",
             obj="colture orticole impiantate e condotte secondo il piano colturale",
             ada=[0], ra=[("RA1", "Preparare il terreno e mettere a dimora le colture",
                           ["Lavorazione del terreno", "Semina e trapianto"])],
             k=["tecniche di lavorazione del terreno", "calendario delle semine e dei trapianti",
                "tecniche di irrigazione e fertirrigazione", "difesa integrata delle colture orticole"],
             s=["preparare il letto di semina", "eseguire semine e trapianti",
                "regolare gli impianti di irrigazione", "riconoscere parassiti e malattie delle colture"]),
        dict(title="Gestione del frutteto e del vigneto",
             obj="piante da frutto e vite allevate e potate correttamente",
             ada=[1], ra=[("RA1", "Eseguire le operazioni di potatura e di gestione della chioma",
                           ["Potatura di produzione", "Diradamento dei frutti"]),
                          ("RA2", "Eseguire la raccolta dei frutti e delle uve", ["Raccolta manuale"])],
             k=["forme di allevamento delle piante da frutto", "fisiologia della vite",
                "tecniche di potatura invernale e verde", "indici di maturazione dei frutti"],
             s=["eseguire la potatura secondo la forma di allevamento", "diradare i frutti",
                "valutare il grado di maturazione", "raccogliere e conferire il prodotto"]),
        dict(title="Conduzione delle macchine agricole",
             obj="macchine agricole condotte e mantenute in sicurezza",
             ada=[2, 0], ra=[("RA1", "Condurre trattrici e macchine operatrici", ["Guida della trattrice"])],
             k=["struttura e funzionamento della trattrice", "macchine operatrici per la lavorazione del terreno",
                "norme del codice della strada per le macchine agricole"],
             s=["condurre la trattrice con attrezzi portati e trainati", "eseguire la manutenzione ordinaria",
                "verificare i dispositivi di sicurezza"]),
        dict(title="Cura degli aspetti relativi alla sicurezza sul lavoro",
             obj="prescrizioni in materia di sicurezza costantemente rispettate",
             ada=[], ra=[],
             k=["legislazione sulla salute e sicurezza sui luoghi di lavoro", "rischi specifici del settore agricolo",
                "uso dei dispositivi di protezione individuale"],
             s=["applicare le misure di prevenzione", "riconoscere le situazioni di rischio"]),
    ],
    istat=[("6.4.1.1.0", "Agricoltori e operai agricoli specializzati di colture in pieno campo"),
           ("6.4.1.2.0", "Agricoltori e operai agricoli specializzati di coltivazioni legnose agrarie"),
           ("8.3.1.1.0", "Braccianti agricoli")],
    ateco=[("01.13.10", "Coltivazione di ortaggi in piena aria"), ("01.21.00", "Coltivazione di uva"),
           ("01.61.00", "Attività di supporto alla produzione vegetale")],
)

# ---------------------------------------------------------------- 11. Atlante: addetto vendite, 2 ADA
VENDITE = dict(
    title="Addetto alle vendite nella distribuzione organizzata", region="Marche",
    sector=("12", "Servizi di distribuzione commerciale"),
    ada=[("ADA.12.01.03", "ADA.12.192.601", "Vendita assistita al cliente"),
         ("ADA.12.01.05", "ADA.12.193.604", "Allestimento e riordino degli spazi espositivi")],
    equiv=[("Addetto vendite", "Marche"), ("Commesso di negozio", "Umbria")],
    quals=[("Addetto alle vendite", "Marche"), ("ADDETTO ALLE VENDITE", "Abruzzo")],
    competences=[
        dict(title="Assistenza al cliente nella scelta dei prodotti",
             obj="cliente assistito e informato sulle caratteristiche dei prodotti",
             ada=[0], ra=[("RA1", "Accogliere il cliente e individuarne le esigenze",
                           ["Accoglienza del cliente", "Presentazione dei prodotti"])],
             k=["tecniche di vendita assistita", "merceologia dei prodotti trattati", "tecniche di comunicazione"],
             s=["accogliere il cliente", "illustrare caratteristiche e prezzi dei prodotti",
                "gestire obiezioni e reclami"]),
        dict(title="Allestimento degli scaffali e delle vetrine",
             obj="spazi espositivi allestiti secondo le direttive di visual merchandising",
             ada=[1], ra=[("RA1", "Allestire gli spazi espositivi", ["Rifornimento degli scaffali", "Prezzatura"])],
             k=["principi di visual merchandising", "rotazione delle merci e date di scadenza",
                "sistemi di prezzatura"],
             s=["rifornire gli scaffali rispettando il planogramma", "esporre i prezzi in modo corretto"]),
        dict(title="Gestione delle operazioni di cassa",
             obj="operazioni di cassa svolte correttamente",
             ada=[0], ra=[("RA2", "Eseguire le operazioni di pagamento", ["Incasso", "Chiusura di cassa"])],
             k=["registratori telematici", "mezzi di pagamento elettronici", "normativa sullo scontrino"],
             s=["registrare le vendite", "gestire pagamenti in contanti ed elettronici", "eseguire la chiusura di cassa"]),
    ],
    istat=[("5.1.2.2.0", "Commessi delle vendite al minuto"), ("5.1.2.4.0", "Cassieri di esercizi commerciali")],
    ateco=[("47.11.10", "Ipermercati"), ("47.11.20", "Supermercati")],
)
