# -*- coding: utf-8 -*-
"""Content of the QA documents (new qualifications, not the samples' nor the matrix's)."""

CR_NO = "Non ammesso il riconoscimento di credito formativo di frequenza"
CR_YES = ("Ammesso il riconoscimento di credito formativo di frequenza, da apprendimenti formali, "
          "non formali ed informali, nel limite del 50% della durata dell'unità")
CR_SIC = ("Ammesso credito di frequenza con valore a priori, riconosciuto a chi ha già svolto, con idonea "
          "attestazione in corso di validità, il corso di formazione dei lavoratori previsto dall'Accordo "
          "Stato - Regioni del 21/12/2011")
CR_HACCP = ("Ammesso credito di frequenza con valore a priori per chi possiede l'attestato di formazione "
            "per alimentaristi rilasciato da non oltre due anni")
CR_DOC = ("Ammesso il riconoscimento del credito di frequenza previa verifica della documentazione "
          "presentata e colloquio con il coordinatore del corso")

ENTRY_L = [
    "Assolvimento del diritto-dovere all'istruzione e alla formazione professionale o maggiore età.",
    "Diploma di scuola secondaria di primo grado.",
    "Per i cittadini stranieri, conoscenza della lingua italiana almeno al livello A2 del Quadro Comune Europeo di Riferimento per le Lingue, verificata con apposito test di ingresso.",
]
ENTRY_L4 = [
    "Diploma di istruzione secondaria di secondo grado o qualifica professionale triennale di livello EQF 3 coerente con il percorso.",
    "Coloro che hanno conseguito un titolo di studio all'estero devono presentare una dichiarazione di valore o un documento equipollente che ne attesti il livello.",
    "Per i cittadini stranieri è indispensabile la conoscenza della lingua italiana almeno al livello B1 del Quadro Comune Europeo di Riferimento per le Lingue.",
]

# unit: (uc_title or None, ura_title, hours, fad, credit, knowledge, skills)
LAZIO = {
 "panificio": dict(
  title="Operatore di panificio e pasticceria", eqf=3, intern=(120, 40), add=10, cred=(25, 100), att=(75, 70),
  entry=ENTRY_L, units=[
   (None, "Orientamento al lavoro nei laboratori artigiani", 16, 0, CR_NO,
    ["Il contratto collettivo del settore alimentare artigiano", "Organizzazione del laboratorio di panificazione"], []),
   ("Gestione delle materie prime e delle scorte", "Ricevere e conservare le materie prime", 60, 10, CR_HACCP,
    ["Merceologia delle farine, dei lieviti e degli zuccheri", "Tecniche di conservazione e di stoccaggio",
     "Sistema HACCP e rintracciabilità dei lotti", "Etichettatura degli alimenti e allergeni"],
    ["Controllare la conformità delle merci in ingresso", "Registrare i lotti e le scadenze delle materie prime",
     "Disporre le scorte secondo il criterio first in first out"]),
   ("Produzione di pane e prodotti da forno", "Impastare, formare e cuocere il pane", 70, 8, CR_YES,
    ["Processi di fermentazione diretta e indiretta", "Tecniche di formatura e di lievitazione",
     "Curve di cottura nei forni a platea e rotativi"],
    ["Dosare gli ingredienti secondo la ricetta", "Condurre l'impastatrice e la spezzatrice",
     "Regolare tempi e temperature di cottura", "Valutare la qualità del prodotto finito"]),
   ("Preparazione di dolci e prodotti di pasticceria", "Preparare impasti di base e creme", 64, 0, CR_YES,
    ["Impasti di base della pasticceria", "Creme, glasse e farciture", "Tecniche di decorazione semplice"],
    ["Preparare pasta frolla, pasta sfoglia e pan di Spagna", "Farcire e decorare i prodotti"]),
   ("Vendita al banco dei prodotti", "Esporre e vendere i prodotti al banco", 50, 12, CR_DOC,
    ["Tecniche di esposizione della merce", "Elementi di comunicazione con il cliente", "Strumenti di pagamento elettronico"],
    ["Allestire il banco di vendita", "Confezionare i prodotti richiesti dal cliente", "Gestire la cassa a fine giornata"]),
   (None, "Salute e sicurezza nel laboratorio", 40, 20, CR_SIC,
    ["Rischi specifici del comparto alimentare", "Dispositivi di protezione individuale"],
    ["Applicare le procedure di sicurezza nell'uso delle macchine"]),
  ]),
 "animazione": dict(
  title="Tecnico di animazione socio-educativa", eqf=4, intern=(150, 30), add=15, cred=(40, 100), att=(80, 70),
  entry=ENTRY_L4, units=[
   (None, "Il contesto dei servizi socio-educativi", 20, 10, CR_NO,
    ["Rete dei servizi sociali ed educativi del territorio", "Normativa sui servizi alla persona",
     "Deontologia dell'operatore sociale"], []),
   ("Progettazione di interventi di animazione", "Progettare attività di animazione per gruppi", 90, 30, CR_YES,
    ["Metodologie della progettazione sociale", "Analisi dei bisogni dell'utenza", "Tecniche di gestione dei gruppi",
     "Strumenti di monitoraggio dei progetti"],
    ["Individuare i bisogni e le risorse del gruppo di utenti", "Definire obiettivi, tempi e risorse del progetto",
     "Predisporre schede di osservazione e di verifica"]),
   ("Conduzione di laboratori espressivi e ludici", "Condurre laboratori espressivi, ludici e motori", 110, 20, CR_DOC,
    ["Tecniche di animazione teatrale e musicale", "Giochi cooperativi e attività motorie", "Elementi di psicologia dell'età evolutiva",
     "Tecniche di narrazione e lettura animata", "Laboratori manuali e di riciclo creativo"],
    ["Condurre attività espressive adatte all'età dei partecipanti", "Adattare le attività alle persone con disabilità",
     "Gestire i conflitti all'interno del gruppo", "Documentare le attività svolte con foto e diari di bordo"]),
   ("Relazione con le famiglie e con la rete territoriale", "Curare la relazione con le famiglie e il territorio", 72, 24, CR_YES,
    ["Tecniche di comunicazione interpersonale", "Lavoro di rete e rapporti con le istituzioni"],
    ["Organizzare incontri con le famiglie", "Promuovere le attività presso enti e associazioni del territorio"]),
   (None, "Sicurezza e primo soccorso nelle attività educative", 58, 0, CR_SIC,
    ["Prevenzione degli infortuni in ambienti educativi", "Nozioni di primo soccorso pediatrico"],
    ["Valutare i rischi degli spazi e dei materiali di gioco", "Applicare le procedure di emergenza"]),
  ]),
 "saldatura": dict(
  title="Addetto alle lavorazioni di saldatura", eqf=2, intern=(80, 50), add=10, cred=(30, 100), att=(85, 75),
  entry=ENTRY_L, units=[
   (None, "Igiene e sicurezza nell'officina", 8, 4, CR_SIC,
    ["Rischi da fumi, radiazioni e incendio", "Dispositivi di protezione individuale per la saldatura"],
    ["Indossare e verificare i dispositivi di protezione"]),
   ("Lettura del disegno tecnico", "Interpretare il disegno tecnico e i simboli di saldatura", 40, 0, CR_YES,
    ["Elementi di disegno tecnico meccanico", "Simbologia delle saldature secondo norma UNI EN ISO 2553"],
    ["Leggere quote e tolleranze", "Riconoscere il tipo di giunto richiesto"]),
   ("Esecuzione di saldature ad arco", "Eseguire saldature ad arco e a filo continuo", 96, 0, CR_DOC,
    ["Processi di saldatura ad elettrodo, MIG/MAG e TIG", "Preparazione dei lembi e posizionamento dei pezzi",
     "Difetti delle saldature e loro cause"],
    ["Regolare i parametri della saldatrice", "Eseguire cordoni in piano e in verticale", "Controllare visivamente il giunto"]),
   ("Finitura e controllo dei pezzi", "Rifinire e controllare i pezzi saldati", 56, 16, CR_YES,
    ["Strumenti di misura e di controllo", "Tecniche di molatura e sbavatura"],
    ["Rimuovere scorie e spruzzi", "Compilare la scheda di controllo del pezzo"]),
  ]),
 "marketing": dict(
  title="Tecnico del marketing digitale", eqf=4, intern=(200, 40), add=10, cred=(35, 100), att=(80, 70),
  entry=ENTRY_L4, units=[
   (None, "Il mercato digitale e le professioni del web", 12, 0, CR_NO,
    ["Evoluzione del commercio elettronico", "Figure professionali del marketing digitale"], []),
   ("Analisi del mercato e del target", "Analizzare il mercato e definire il target", 40, 20, CR_YES,
    ["Tecniche di ricerca di mercato online", "Segmentazione della clientela", "Analisi della concorrenza",
     "Strumenti di ascolto della rete"],
    ["Raccogliere dati sui comportamenti di acquisto", "Costruire il profilo del cliente tipo", "Redigere un rapporto di analisi"]),
   ("Pianificazione della strategia digitale", "Pianificare la strategia di comunicazione digitale", 48, 24, CR_YES,
    ["Modelli di pianificazione strategica", "Budget delle campagne pubblicitarie", "Indicatori di prestazione"],
    ["Definire obiettivi misurabili", "Ripartire il budget tra i canali", "Redigere il piano editoriale"]),
   ("Gestione dei contenuti e dei canali social", "Produrre contenuti per i canali social", 56, 28, CR_DOC,
    ["Tecniche di scrittura per il web", "Elementi di fotografia e video per i social", "Regole delle principali piattaforme",
     "Diritto d'autore e licenze d'uso"],
    ["Scrivere testi brevi ed efficaci", "Montare brevi video promozionali", "Programmare le pubblicazioni",
     "Moderare le conversazioni con gli utenti"]),
   ("Posizionamento sui motori di ricerca", "Ottimizzare il posizionamento sui motori di ricerca", 40, 20, CR_YES,
    ["Funzionamento dei motori di ricerca", "Ottimizzazione dei contenuti e delle pagine", "Campagne a pagamento sui motori di ricerca"],
    ["Scegliere le parole chiave", "Misurare il traffico organico"]),
   ("Gestione di campagne di posta elettronica", "Gestire campagne di email marketing", 36, 18, CR_YES,
    ["Piattaforme di invio massivo", "Normativa sul consenso e sulla privacy"],
    ["Segmentare le liste di contatti", "Analizzare tassi di apertura e di clic"]),
   (None, "Lingua inglese per il marketing", 24, 12, CR_DOC,
    ["Lessico del marketing in lingua inglese"], ["Redigere brevi testi promozionali in inglese"]),
   ("Misurazione dei risultati", "Misurare e rendicontare i risultati delle campagne", 44, 22, CR_YES,
    ["Strumenti di analisi del traffico web", "Costruzione di cruscotti di monitoraggio", "Calcolo del ritorno sull'investimento"],
    ["Impostare il tracciamento delle conversioni", "Presentare i risultati al committente"]),
  ]),
}

# ------------------------------------------------------------------ Campania
REQ_C3 = ("Possesso di titolo attestante l'assolvimento dell'obbligo di istruzione. I maggiori di anni 16 "
          "possono accedere al corso previo accertamento del possesso delle competenze connesse all'obbligo "
          "di istruzione. Per i cittadini stranieri è inoltre necessario il possesso di un attestato di conoscenza "
          "della lingua italiana ad un livello non inferiore all'A2 del QCER.")
REQ_C4 = ("Possesso di diploma di istruzione secondaria di secondo grado o di qualifica professionale di livello "
          "EQF 3 coerente con il percorso. Per coloro che hanno conseguito un titolo di studio all'estero occorre "
          "presentare una dichiarazione di valore o un documento equipollente che attesti il livello del titolo medesimo.")

CAMPANIA = {
 "legno": dict(
  title="Operatore del legno e dell'arredamento", eqf=3, sep=("19", "Legno e arredo"),
  ada=[("ADA.19.01.03", "Lavorazione del legno e realizzazione di manufatti")],
  ateco=[("N.16.23.10", "Fabbricazione di porte e finestre in legno"), ("N.31.09.10", "Fabbricazione di mobili per arredo domestico")],
  istat=[("6.5.2.2.1", "Falegnami"), ("6.5.2.2.2", "Attrezzisti di falegnameria")],
  isced=("0722", "Materials (glass, paper, plastic and wood)"),
  desc=("L'Operatore del legno e dell'arredamento interviene nel processo di produzione di manufatti lignei, "
        "eseguendo le lavorazioni di taglio, assemblaggio e finitura sulla base delle istruzioni ricevute e "
        "utilizzando macchine tradizionali e a controllo numerico."),
  total=400, comp=None, years=[(1, 400, False)], att=80, absence=None, req=REQ_C3,
  ufs=[
   ("Preparare e lavorare il legno grezzo", "Lavorazione del legno grezzo", "3101",
    "Pezzi in legno tagliati e sagomati secondo il disegno", None,
    ["Leggere il disegno del manufatto", "Regolare la sega circolare e la pialla", "Misurare e tracciare i pezzi"],
    ["Essenze legnose e loro caratteristiche", "Macchine per la lavorazione del legno", "Strumenti di misura"]),
   ("Assemblare i componenti del mobile", "Assemblaggio di componenti d'arredo", "3102",
    "Componenti assemblati e verificati", None,
    ["Eseguire incastri e giunzioni", "Montare ferramenta e accessori", "Controllare squadratura e stabilità"],
    ["Tecniche di giunzione", "Colle e adesivi", "Ferramenta per mobili"]),
   ("Rifinire le superfici dei manufatti", "Finitura delle superfici lignee", "3103",
    "Superfici levigate e verniciate a regola d'arte", None,
    ["Levigare le superfici", "Applicare vernici e impregnanti a spruzzo"],
    ["Prodotti vernicianti e loro rischi", "Tecniche di levigatura"]),
  ]),
 "tessile": dict(
  title="Tecnico della programmazione della produzione tessile", eqf=4, sep=("13", "Tessile, abbigliamento, calzaturiero e sistema moda"),
  ada=[("ADA.13.02.05", "Programmazione e controllo della produzione tessile")],
  ateco=[("N.13.20.00", "Tessitura"), ("N.13.30.00", "Finissaggio dei tessili")],
  istat=[("3.1.5.3.0", "Tecnici della produzione manifatturiera")],
  isced=("0723", "Textiles (clothes, footwear and leather)"),
  desc=("Il Tecnico della programmazione della produzione tessile pianifica le fasi di lavorazione, assegna "
        "risorse e macchinari, controlla l'avanzamento degli ordini e la qualità dei lotti, coordinandosi con "
        "l'ufficio commerciale e con i reparti produttivi."),
  total=600, comp=dict(classroom=300, lab=100, kc=40, intern=160, withlab=260, sync=20, asyncp=30),
  years=[(1, 600, False)], att=80, absence=20, req=REQ_C4,
  ufs=[
   ("Pianificare la produzione", "Pianificazione della produzione tessile", "4201",
    "Piano di produzione definito in base agli ordini", 100,
    ["Calcolare i fabbisogni di materiali", "Definire la sequenza delle lavorazioni", "Utilizzare software di pianificazione"],
    ["Cicli di lavorazione tessile", "Metodi di programmazione della produzione", "Gestione delle scorte"]),
   ("Controllare l'avanzamento degli ordini", "Controllo dell'avanzamento della produzione", "4202",
    "Avanzamento degli ordini monitorato e documentato", 90,
    ["Rilevare i tempi di lavorazione", "Segnalare ritardi e scostamenti"],
    ["Indicatori di produttività", "Sistemi di rilevazione dei dati di produzione"]),
   ("Verificare la qualità dei lotti", "Controllo qualità dei tessuti", "4203",
    "Lotti verificati secondo gli standard qualitativi", 100,
    ["Eseguire prove di resistenza e di solidità del colore", "Classificare i difetti dei tessuti", "Redigere il rapporto di non conformità"],
    ["Normative tecniche sui tessili", "Metodi di campionamento", "Difettosità dei tessuti"]),
   ("Coordinare il reparto produttivo", "Coordinamento del reparto", "4204",
    "Reparto coordinato e risorse assegnate", 70,
    ["Assegnare compiti agli operatori", "Gestire i turni di lavoro"],
    ["Elementi di organizzazione del lavoro", "Tecniche di comunicazione nei gruppi"]),
  ]),
 "agricolo": dict(
  title="Operatore agricolo delle coltivazioni orticole", eqf=3, sep=("01", "Agricoltura, silvicoltura e pesca"),
  ada=[("ADA.01.01.02", "Coltivazioni di ortaggi in pieno campo e in serra")],
  ateco=[("A.01.13.10", "Coltivazione di ortaggi in piena aria"), ("A.01.13.20", "Coltivazione di ortaggi in serra")],
  istat=[("6.4.1.3.1", "Agricoltori e operai agricoli specializzati di coltivazioni di ortaggi in serra")],
  isced=("0811", "Crop and livestock production"),
  desc=("L'Operatore agricolo delle coltivazioni orticole esegue le operazioni di preparazione del terreno, "
        "semina, trapianto, irrigazione, difesa e raccolta degli ortaggi in pieno campo e in coltura protetta."),
  total=900, comp=None, years=[(1, 450, True), (2, 450, False)], att=75, absence=None, req=REQ_C3,
  ufs=[
   ("Preparare il terreno e seminare", "Preparazione del terreno e semina", "1101",
    "Terreno lavorato e colture seminate o trapiantate", None,
    ["Eseguire lavorazioni del terreno con mezzi meccanici", "Seminare e trapiantare le piantine", "Distribuire i concimi"],
    ["Tipologie di terreno", "Macchine agricole per la lavorazione del suolo", "Calendario delle semine"]),
   ("Curare le colture orticole", "Cura e difesa delle colture", "1102",
    "Colture irrigate e difese dalle avversità", None,
    ["Gestire l'impianto di irrigazione a goccia", "Riconoscere i principali parassiti", "Applicare prodotti fitosanitari in sicurezza"],
    ["Fisiologia delle piante orticole", "Difesa integrata e biologica", "Normativa sui prodotti fitosanitari"]),
   ("Raccogliere e condizionare gli ortaggi", "Raccolta e condizionamento", "1103",
    "Ortaggi raccolti, selezionati e confezionati", None,
    ["Valutare il grado di maturazione", "Selezionare e confezionare il prodotto"],
    ["Standard commerciali degli ortaggi", "Tecniche di conservazione post-raccolta"]),
  ]),
}

# ------------------------------------------------------------------ profiles
PROFILES = {
 "pesca": dict(
  title="Operatore della pesca e dell'acquacoltura", eqf=3, sector="Agricoltura, silvicoltura e pesca",
  desc=("L'operatore della pesca e dell'acquacoltura svolge le attività di cattura, allevamento e prima "
        "lavorazione del pescato, curando la manutenzione delle attrezzature e delle imbarcazioni e "
        "rispettando le norme sulla sicurezza in mare e sulla tutela delle risorse ittiche."),
  ada=[("ADA.01.04.01", "ADA.1.6.18", "Cattura di specie ittiche in mare e in acque interne")],
  istat=[("6.4.5.1.0", "Pescatori della pesca costiera e in acque interne")],
  ateco=[("03.11.00", "Pesca in acque marine"), ("03.21.00", "Acquacoltura in acqua di mare")],
  ucs=[
   ("Preparare le attrezzature da pesca", "Attrezzature da pesca e imbarcazione pronte all'uscita in mare",
    ["Tipologie di reti e attrezzi da pesca", "Nodi marinareschi", "Manutenzione ordinaria del motore marino"],
    ["Riparare le reti danneggiate", "Controllare il funzionamento delle attrezzature di bordo", "Stivare il materiale in sicurezza"],
    "Preparazione simulata di un'uscita in mare con verifica delle attrezzature",
    "Preparazione completa di almeno due tipologie di attrezzi da pesca nel rispetto delle norme di sicurezza"),
   ("Effettuare le operazioni di cattura", "Pescato catturato nel rispetto delle norme e delle quote",
    ["Biologia delle principali specie ittiche", "Normativa sulla pesca e sulle taglie minime", "Sicurezza della navigazione"],
    ["Calare e salpare le reti", "Selezionare il pescato per specie e taglia"],
    "Esecuzione di una battuta di pesca simulata con selezione del pescato",
    "Selezione corretta di almeno cinque specie secondo le taglie minime di legge"),
   ("Allevare specie ittiche in impianto", "Specie ittiche allevate in condizioni di benessere",
    ["Impianti di acquacoltura", "Alimentazione e patologie dei pesci allevati", "Parametri chimico-fisici dell'acqua"],
    ["Misurare ossigeno, temperatura e salinità", "Somministrare il mangime secondo le tabelle", "Riconoscere i segni di malattia"],
    "Gestione simulata di una vasca di allevamento per una giornata lavorativa",
    "Rilevazione corretta dei parametri dell'acqua e registrazione dei dati sul registro di impianto"),
  ]),
 "saldatore": dict(
  title="Saldatore di carpenteria metallica", eqf=2, sector="Meccanica, produzione e manutenzione di macchine, impiantistica",
  desc=("Il saldatore di carpenteria metallica esegue giunzioni saldate su componenti in acciaio e in "
        "leghe leggere, sulla base del disegno tecnico e delle specifiche di procedimento, controllando "
        "la qualità del giunto e rispettando le norme di sicurezza dell'officina."),
  ada=[("ADA.08.01.11", "ADA.7.65.193", "Saldatura di componenti metallici")],
  istat=[("6.2.1.2.0", "Saldatori e tagliatori a fiamma")],
  ateco=[("25.11.00", "Fabbricazione di strutture metalliche e di parti di strutture")],
  ucs=[
   ("Preparare i pezzi da saldare", "Pezzi preparati e posizionati secondo il disegno",
    ["Disegno tecnico e simbologia delle saldature", "Preparazione dei lembi"],
    ["Tagliare e smussare i pezzi", "Puntare i pezzi in posizione"],
    "Preparazione di un giunto a partire da un disegno tecnico",
    "Giunto preparato entro le tolleranze indicate nel disegno"),
   ("Eseguire saldature ad arco", "Giunti saldati privi di difetti visibili",
    ["Processi di saldatura ad arco", "Parametri di saldatura", "Difetti delle saldature"],
    ["Regolare la saldatrice", "Eseguire cordoni in diverse posizioni", "Controllare il giunto"],
    "Esecuzione di saldature in piano e in verticale su lamiera",
    "Almeno due giunti saldati conformi al controllo visivo"),
  ]),
}

ATLANTE = dict(
 title="Tecnico della produzione di birra artigianale", region="Marche", sector=("10", "Produzioni alimentari"),
 ada=[("ADA.10.02.03", "ADA.1.2.35", "Produzione di birra e bevande fermentate"),
      ("ADA.10.01.01", "ADA.1.1.2", "Approvvigionamento e controllo delle materie prime alimentari")],
 istat=[("3.2.2.3.1", "Tecnici dei prodotti alimentari"), ("7.3.2.6.0", "Conduttori di macchinari per la produzione di bevande")],
 ateco=[("11.05.00", "Produzione di birra"), ("46.34.20", "Commercio all'ingrosso di bevande non alcoliche")],
 comps=[
  ("Gestione della cotta e della fermentazione", "mosto prodotto e fermentato secondo la ricetta",
   ["tecniche di ammostamento e bollitura", "microbiologia dei lieviti da birra", "controllo delle temperature di fermentazione",
    "igiene degli impianti di produzione"],
   ["condurre le fasi di ammostamento e filtrazione", "inoculare il lievito e controllare la fermentazione",
    "misurare densità e grado alcolico"]),
  ("Controllo delle materie prime", "materie prime accettate e conformi alle specifiche",
   ["caratteristiche di malti, luppoli e acque", "metodi di campionamento", "normativa sull'etichettatura"],
   ["verificare i certificati dei fornitori", "eseguire analisi sensoriali di base"]),
  ("Confezionamento e conservazione del prodotto", "birra confezionata e conservata in condizioni idonee",
   ["tecniche di imbottigliamento e infustamento", "rifermentazione in bottiglia", "tracciabilità dei lotti"],
   ["condurre la linea di imbottigliamento", "etichettare i lotti", "registrare i dati di produzione"]),
 ])
