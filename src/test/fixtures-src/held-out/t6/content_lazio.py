# -*- coding: utf-8 -*-
"""Invented content of the Lazio "standard minimo di percorso formativo" test documents (tester6).

Each unit: n, title (section 4 title, the truth's), t1 (title as printed in section 1, when it differs),
uc (competence unit title or None), h (hours cell as printed), hv (hours value or None), f (FaD cell as
printed), fv (FaD value or None), c (credit text), k (knowledge), s (skills).
"""

NO = "Non ammesso il riconoscimento di credito formativo di frequenza"
YES = ("Ammesso il riconoscimento di credito formativo di frequenza, da apprendimenti formali, "
       "non formali ed informali.")


def prior(q):
    return YES + (" Credito di frequenza con valore a priori, in caso di possesso della qualifica di "
                  "\"%s\", conseguita nel sistema regionale di formazione professionale." % q)


SAFETY = ("Ammesso credito di frequenza con valore a priori, riconosciuto a chi ha già svolto, con idonea "
          "attestazione (conformità settore di riferimento e validità temporale), il corso conforme "
          "all'Accordo Stato – Regioni del 21/12/2011 – Formazione dei lavoratori, ai sensi dell'art. 37, "
          "comma 2 del D.lgs. 81/2008")

SAFETY_K = ["Legislazione sulla salute e sicurezza sui luoghi di lavoro",
            "Obblighi del datore di lavoro e del lavoratore",
            "Dispositivi di protezione individuale e collettiva"]
SAFETY_S = ["Applicare i protocolli di prevenzione e riduzione del rischio professionale"]

ENTRY_STD = [
    ("", ["Maggiore età o assolvimento del diritto-dovere all'istruzione e/o alla formazione professionale.",
          "Diploma di scuola secondaria di primo grado.",
          "Coloro che hanno conseguito un titolo di studio all'estero, devono presentare una dichiarazione di "
          "valore o un documento equipollente/corrispondente, che ne attesti l'equipollenza/corrispondenza di "
          "valore, con i titoli rilasciati nello Stato di provenienza."]),
    ("Conoscenza linguistica:",
     ["Per i cittadini stranieri è indispensabile la conoscenza della lingua italiana, almeno al livello A2 "
      "del Quadro Comune Europeo di Riferimento per le Lingue, da verificare con apposito test in ingresso."]),
    ("Permesso di soggiorno per cittadini extracomunitari:",
     ["I cittadini extracomunitari devono disporre di regolare permesso di soggiorno, valido per l'intera "
      "durata del percorso."]),
]


def U(n, title, uc, h, hv, f, fv, c, k, s, t1=None):
    return dict(n=n, title=title, uc=uc, h=h, hv=hv, f=f, fv=fv, c=c, k=k, s=s, t1=t1)


# ---------------------------------------------------------------- 1. manutenzione del verde
VERDE = dict(
    title="Operatore della manutenzione del verde", eqf=3,
    units=[
        U(1, "Inquadramento della professione", None, "10", 10, "0", 0, NO,
          ["Il ruolo dell'operatore del verde nel settore florovivaistico",
           "Elementi di contrattualistica del lavoro agricolo"], []),
        U(2, "Riconoscere le principali specie vegetali ornamentali",
          "Riconoscimento e classificazione delle specie vegetali", "40", 40, "Max 10", 10, YES,
          ["Elementi di botanica generale e sistematica",
           "Principali specie arboree, arbustive ed erbacee ornamentali",
           "Cicli vegetativi e stagionalità delle piante",
           "Principali avversità delle piante ornamentali"],
          ["Riconoscere le specie vegetali a partire da foglie, fiori e portamento",
           "Individuare i sintomi delle principali malattie e fisiopatie",
           "Classificare le piante secondo le esigenze di luce, acqua e terreno"]),
        U(3, "Eseguire la manutenzione ordinaria di prati, aiuole e bordure",
          "Manutenzione di aree verdi", "80", 80, "Max 10", 10, prior("Operatore agricolo"),
          ["Tecniche di taglio e arieggiatura dei tappeti erbosi",
           "Tecniche di concimazione e irrigazione",
           "Preparazione del terreno e messa a dimora di piante annuali e perenni",
           "Tecniche di pacciamatura",
           "Gestione dei residui vegetali e compostaggio"],
          ["Eseguire il taglio del prato con macchine adeguate alla superficie",
           "Programmare interventi di concimazione e irrigazione secondo la stagione",
           "Mettere a dimora piantine e bulbi rispettando sesti e profondità",
           "Separare e conferire correttamente i residui delle lavorazioni"]),
        U(4, "Potare alberi di piccole dimensioni, arbusti e siepi",
          "Potatura e cura di alberi e arbusti", "60", 60, "0", 0, YES,
          ["Fisiologia della pianta e risposta al taglio",
           "Tipologie di potatura: di formazione, di produzione, di contenimento",
           "Attrezzi manuali e meccanici per la potatura"],
          ["Scegliere il periodo e il tipo di potatura adatto alla specie",
           "Eseguire tagli corretti salvaguardando la salute della pianta",
           "Sagomare siepi e arbusti secondo il progetto"]),
        U(5, "Utilizzare e manutenere macchine e attrezzature per il verde",
          "Utilizzo di macchine e attrezzature", "50", 50, "Max 10", 10, YES,
          ["Tipologie di macchine: tosaerba, decespugliatori, tagliasiepi, motoseghe",
           "Principi di funzionamento dei motori a scoppio ed elettrici",
           "Manutenzione ordinaria delle macchine",
           "Norme di sicurezza nell'uso delle macchine da giardino"],
          ["Utilizzare le macchine secondo le istruzioni del costruttore",
           "Eseguire la pulizia, l'affilatura e i controlli periodici",
           "Segnalare guasti e anomalie di funzionamento"]),
        U(6, "Lingua inglese tecnica di base", None, "20", 20, "Max 10", 10, YES,
          ["Lessico tecnico inglese del settore del verde (ascolto e lettura), al livello A2 del CEFR"], []),
        U(7, "Elementi di informatica", None, "24", 24, "Max 10", 10, YES,
          ["Uso di base del computer e dei dispositivi mobili",
           "Applicazioni per la consultazione di schede tecniche e cataloghi"], []),
        U(8, "Sicurezza sul luogo di lavoro", None, "16", 16, "0", 0, SAFETY, SAFETY_K, SAFETY_S),
    ],
    total="300", totalv=300, ftotal="Max 50", ftotalv=50,
    intern_min=100, intern_pct=50, add_pct=10, cred_att=30, cred_int=100, att=80, att2=70,
    order_note="Le Unità di Risultati dell'apprendimento n. 1 e 8 vanno realizzate prima delle altre Unità.",
)

# ---------------------------------------------------------------- 2. logistica di magazzino
MAGAZZINO = dict(
    title="Addetto alla logistica di magazzino", eqf=3,
    units=[
        U(1, "Inquadramento della professione", None, "8", 8, "Max 4", 4, NO,
          ["Ruolo dell'addetto alla logistica nella filiera distributiva",
           "Contratti collettivi del settore trasporti e logistica"], []),
        U(2, "Ricevere e controllare le merci in ingresso",
          "Ricevimento merci", "40", 40, "Max 8", 8, YES,
          ["Documenti di trasporto e bolle di accompagnamento",
           "Tecniche di controllo quantitativo e qualitativo delle merci",
           "Procedure di gestione delle non conformità"],
          ["Verificare la corrispondenza tra merce ricevuta e documenti",
           "Registrare gli arrivi nel sistema gestionale",
           "Segnalare danni, ammanchi ed eccedenze"]),
        U(3, "Stoccare e movimentare le merci in sicurezza",
          "Stoccaggio e movimentazione", "60", 60, "0", 0, prior("Conduttore di carrelli elevatori"),
          ["Criteri di allocazione delle merci: FIFO, LIFO, classi ABC",
           "Mezzi di movimentazione: transpallet, carrelli elevatori, nastri",
           "Segnaletica e percorsi interni di magazzino",
           "Movimentazione manuale dei carichi"],
          ["Allocare le merci nelle ubicazioni assegnate",
           "Condurre i mezzi di movimentazione rispettando i percorsi",
           "Mantenere in ordine le aree di stoccaggio"]),
        U(4, "Preparare gli ordini e le spedizioni",
          "Allestimento ordini", "50", 50, "Max 10", 10, YES,
          ["Tecniche di prelievo: picking a lotti e per ordine",
           "Imballaggi e unità di carico",
           "Etichettatura e tracciabilità delle spedizioni"],
          ["Prelevare gli articoli secondo la lista di prelievo",
           "Confezionare i colli scegliendo l'imballo adeguato",
           "Predisporre i documenti di spedizione"]),
        U(5, "Gestire le scorte con strumenti informatici",
          "Gestione informatizzata delle scorte", "40", 40, "Max 20", 20, YES,
          ["Sistemi WMS e codici a barre",
           "Inventario fisico e inventario contabile",
           "Indici di rotazione e scorta minima"],
          ["Utilizzare terminali a radiofrequenza e lettori ottici",
           "Eseguire inventari periodici e rettifiche",
           "Segnalare le necessità di riordino"]),
        U(6, "Sicurezza sul luogo di lavoro", None, "12", 12, "Max 4", 4, SAFETY, SAFETY_K, SAFETY_S),
    ],
    total="210", totalv=210, ftotal="Max 46", ftotalv=46,
    intern_min=60, intern_pct=40, add_pct=10, cred_att=30, cred_int=100, att=80, att2=70,
    order_note="L'Unità di Risultati dell'apprendimento n. 6 va realizzata prima dell'Unità n. 3.",
)

# ---------------------------------------------------------------- 3. panificatore (totals 600, long titles first)
PANE = dict(
    title="Operatore della panificazione e della produzione di pasta fresca", eqf=3,
    units=[
        U(1, "Inquadramento della professione e del contesto produttivo artigianale", None,
          "20", 20, "Max 10", 10, NO,
          ["Il comparto della panificazione artigianale e industriale",
           "Figure professionali del laboratorio e loro responsabilità"], []),
        U(2, "Applicare le norme di igiene e sicurezza alimentare nelle lavorazioni di laboratorio",
          "Igiene e sicurezza degli alimenti", "40", 40, "Max 20", 20, prior("Addetto alla preparazione pasti"),
          ["Sistema HACCP e autocontrollo",
           "Contaminazioni fisiche, chimiche e biologiche degli alimenti",
           "Allergeni e loro gestione in laboratorio"],
          ["Applicare le procedure di pulizia e sanificazione",
           "Compilare le schede di autocontrollo"]),
        U(3, "Selezionare e conservare le materie prime e i semilavorati per la panificazione",
          "Approvvigionamento e conservazione delle materie prime", "80", 80, "Max 10", 10, YES,
          ["Farine, semole e loro caratteristiche tecnologiche",
           "Lieviti, lievito madre e agenti lievitanti",
           "Tecniche di conservazione delle materie prime"],
          ["Scegliere le farine in base al prodotto da realizzare",
           "Rinfrescare e conservare il lievito madre",
           "Controllare scadenze e condizioni di stoccaggio"]),
        U(4, "Realizzare impasti, formature e cotture di pane e prodotti da forno salati",
          "Produzione di pane e prodotti da forno", "200", 200, "0", 0, YES,
          ["Tecniche di impastamento diretto e indiretto",
           "Fasi di lievitazione e controllo delle temperature",
           "Formatura manuale e meccanica",
           "Forni e curve di cottura"],
          ["Dosare gli ingredienti secondo la ricetta",
           "Condurre l'impastatrice e la spezzatrice",
           "Gestire la cottura controllando colore e umidità del prodotto",
           "Raffreddare e confezionare il prodotto finito"]),
        U(5, "Produrre pasta fresca, ripiena e gnocchi secondo le ricette della tradizione regionale",
          "Produzione di pasta fresca", "160", 160, "0", 0, YES,
          ["Tipologie di pasta fresca e ripiena",
           "Macchine per la sfogliatura e la trafilatura",
           "Tecniche di essiccazione e pastorizzazione"],
          ["Preparare sfoglie di spessore uniforme",
           "Realizzare ripieni bilanciati nel gusto e nella consistenza",
           "Confezionare la pasta in atmosfera protettiva"]),
        U(6, "Lingua inglese tecnica", None, "40", 40, "Max 20", 20, YES,
          ["Lessico professionale del settore alimentare, al livello A2 del CEFR"], []),
        U(7, "Elementi di informatica e di gestione del punto vendita", None, "44", 44, "Max 20", 20, YES,
          ["Strumenti informatici di base",
           "Registratori telematici e sistemi di pagamento"], []),
        U(8, "Sicurezza sul luogo di lavoro", None, "12", 12, "Max 4", 4, SAFETY, SAFETY_K, SAFETY_S),
    ],
    # units add up to 596: the declared total is 600 (UNIT_HOURS_SUM_MISMATCH on purpose)
    total="600", totalv=600, ftotal="Max 84", ftotalv=84,
    intern_min=200, intern_pct=40, add_pct=10, cred_att=30, cred_int=100, att=80, att2=70,
    order_note="L'Unità di Risultati dell'apprendimento n. 2 va realizzata prima delle Unità n. 3, 4 e 5.",
)

# ---------------------------------------------------------------- 4. web (monospaced, landscape, no rules)
WEB = dict(
    title="Tecnico della programmazione e dello sviluppo di siti web", eqf=4,
    units=[
        U(1, "Inquadramento della professione", None, "12", 12, "Max 12", 12, NO,
          ["Il mercato dei servizi digitali e le figure professionali del web",
           "Forme contrattuali e lavoro autonomo nel settore ICT"], []),
        U(2, "Progettare l'architettura dell'informazione di un sito",
          "Progettazione di siti web", "60", 60, "Max 30", 30, YES,
          ["Principi di usabilità e accessibilità (WCAG)",
           "Wireframe, mappe del sito e prototipi",
           "Analisi dei requisiti del committente"],
          ["Raccogliere e documentare i requisiti funzionali",
           "Disegnare wireframe e prototipi navigabili",
           "Verificare l'accessibilità del progetto"]),
        U(3, "Sviluppare interfacce con HTML, CSS e JavaScript",
          "Sviluppo front-end", "120", 120, "Max 40", 40, prior("Operatore grafico multimediale"),
          ["Linguaggi HTML5 e CSS3",
           "JavaScript e manipolazione del DOM",
           "Progettazione responsive e mobile first",
           "Framework e librerie front-end"],
          ["Realizzare pagine conformi agli standard W3C",
           "Adattare il layout ai diversi dispositivi",
           "Gestire eventi e chiamate asincrone"]),
        U(4, "Sviluppare funzioni lato server e gestire basi di dati",
          "Sviluppo back-end", "120", 120, "Max 40", 40, YES,
          ["Linguaggi di programmazione lato server",
           "Basi di dati relazionali e linguaggio SQL",
           "Sicurezza delle applicazioni web"],
          ["Progettare tabelle e relazioni di una base di dati",
           "Scrivere interrogazioni SQL efficienti",
           "Proteggere i moduli dagli attacchi più comuni"]),
        U(5, "Pubblicare e mantenere un sito web",
          "Pubblicazione e manutenzione", "48", 48, "Max 20", 20, YES,
          ["Servizi di hosting e nomi a dominio",
           "Sistemi di controllo di versione",
           "Strumenti di analisi del traffico"],
          ["Trasferire il sito sul server di produzione",
           "Gestire aggiornamenti e copie di sicurezza"]),
        U(6, "Lingua inglese tecnica, al livello CEFR B1", None, "30", 30, "Max 15", 15, YES,
          ["Documentazione tecnica in lingua inglese, al livello B1 del CEFR"], []),
        U(7, "Sicurezza sul luogo di lavoro", None, "8", 8, "Max 4", 4, SAFETY, SAFETY_K, SAFETY_S),
    ],
    total="398", totalv=398, ftotal="Max 161", ftotalv=161,
    intern_min=120, intern_pct=30, add_pct=10, cred_att=30, cred_int=100, att=80, att2=70,
    order_note="L'Unità di Risultati dell'apprendimento n. 2 va realizzata prima delle Unità n. 3 e 4.",
)

# ---------------------------------------------------------------- 5. segreteria (narrow font, footnote marks)
SEGRETERIA = dict(
    title="Addetto alla segreteria amministrativa", eqf=3,
    units=[
        U(1, "Inquadramento della professione", None, "10", 10, "0", 0, NO,
          ["Organizzazione degli uffici amministrativi",
           "Il contratto del commercio e dei servizi"], []),
        U(2, "Gestire la corrispondenza e il protocollo",
          "Gestione dei flussi documentali", "40", 40, "Max 10", 10, YES,
          ["Tecniche di redazione di lettere e comunicazioni",
           "Posta elettronica certificata e firma digitale",
           "Protocollo informatico e archiviazione"],
          ["Redigere comunicazioni formali chiare e corrette",
           "Protocollare e archiviare i documenti in entrata e in uscita"]),
        U(3, "Organizzare agende, riunioni e trasferte",
          "Supporto organizzativo", "30", 30, "Max 10", 10, YES,
          ["Strumenti di pianificazione e agende condivise",
           "Organizzazione di riunioni in presenza e a distanza"],
          ["Pianificare appuntamenti tenendo conto delle priorità",
           "Prenotare viaggi e servizi per le trasferte",
           "Redigere verbali di riunione"]),
        U(4, "Registrare operazioni contabili di base",
          "Contabilità di base", "60", 60, "Max 20", 20, prior("Operatore amministrativo segretariale"),
          ["Principi di contabilità generale",
           "Documenti contabili: fatture, ricevute, note di credito",
           "Fatturazione elettronica",
           "Adempimenti IVA di base"],
          ["Registrare fatture attive e passive",
           "Controllare scadenziari di incassi e pagamenti",
           "Emettere fatture elettroniche"]),
        U(5, "Utilizzare gli strumenti di office automation",
          None, "40", 40, "Max 20", 20, YES,
          ["Elaboratore di testi e foglio elettronico",
           "Presentazioni e gestione di archivi"],
          ["Produrre documenti e tabelle formattate",
           "Elaborare dati con formule e grafici"]),
        U(6, "Lingua inglese commerciale", None, "30", 30, "Max 10", 10, YES,
          ["Corrispondenza commerciale in lingua inglese, al livello A2 del CEFR"], []),
        U(7, "Sicurezza sul luogo di lavoro", None, "8", 8, "Max 4", 4, SAFETY, SAFETY_K, SAFETY_S),
    ],
    total="218", totalv=218, ftotal="Max 74", ftotalv=74,
    intern_min=80, intern_pct=40, add_pct=10, cred_att=30, cred_int=100, att=80, att2=70,
    order_note="L'Unità di Risultati dell'apprendimento n. 1 va realizzata prima delle altre Unità.",
)

# ---------------------------------------------------------------- 6. sartoria (Courier-like, footnotes, title mismatch)
SARTORIA = dict(
    title="Operatore di sartoria", eqf=3,
    units=[
        U(1, "Inquadramento della professione", None, "10", 10, "Max 5", 5, NO,
          ["Il sistema moda e la filiera tessile",
           "Lavoro dipendente e autonomo nell'artigianato"], []),
        U(2, "Rilevare misure e realizzare cartamodelli",
          "Modellistica", "70", 70, "Max 10", 10, YES,
          ["Tabelle taglie e rilievo delle misure",
           "Costruzione del cartamodello base",
           "Trasformazione e sviluppo taglie"],
          ["Rilevare le misure sul cliente",
           "Disegnare il cartamodello di gonne, pantaloni e corpetti",
           "Sviluppare il modello nelle diverse taglie"],
          t1="Rilevare le misure e realizzare i cartamodelli"),
        U(3, "Tagliare e confezionare capi di abbigliamento",
          "Confezione", "120", 120, "0", 0, prior("Operatore dell'abbigliamento"),
          ["Tessuti, fibre e loro comportamento al taglio",
           "Macchine per cucire lineari e tagliacuci",
           "Sequenze di confezione dei capi"],
          ["Piazzare e tagliare il tessuto riducendo gli scarti",
           "Assemblare il capo seguendo la sequenza di confezione",
           "Eseguire rifiniture a mano e a macchina"]),
        U(4, "Eseguire riparazioni e adattamenti di capi",
          "Riparazioni sartoriali", "50", 50, "0", 0, YES,
          ["Tipologie di riparazione e modifica",
           "Tecniche di stiro e rifinitura"],
          ["Accorciare, stringere e allargare capi finiti",
           "Sostituire cerniere, fodere e bottoni"]),
        U(5, "Lingua inglese tecnica", None, "20", 20, "Max 10", 10, YES,
          ["Terminologia inglese della moda, al livello A2 del CEFR"], []),
        U(6, "Sicurezza sul luogo di lavoro", None, "8", 8, "Max 4", 4, SAFETY, SAFETY_K, SAFETY_S),
    ],
    total="278", totalv=278, ftotal="Max 29", ftotalv=29,
    intern_min=90, intern_pct=40, add_pct=10, cred_att=30, cred_int=100, att=80, att2=70,
    order_note="L'Unità di Risultati dell'apprendimento n. 2 va realizzata prima dell'Unità n. 3.",
)

# ---------------------------------------------------------------- 12. restauro (condensed landscape, box)
RESTAURO = dict(
    title="Operatore del restauro di mobili e manufatti lignei", eqf=3,
    units=[
        U(1, "Inquadramento della professione", None, "10", 10, "Max 5", 5, NO,
          ["Il restauro ligneo tra artigianato e tutela dei beni culturali",
           "Deontologia e limiti di intervento dell'operatore"], []),
        U(2, "Riconoscere essenze, stili e tecniche costruttive del mobile",
          "Analisi del manufatto", "40", 40, "Max 20", 20, YES,
          ["Essenze legnose e loro caratteristiche",
           "Storia degli stili del mobile italiano",
           "Tecniche costruttive e incastri tradizionali"],
          ["Riconoscere l'essenza e l'epoca di un manufatto",
           "Documentare lo stato di conservazione con schede e fotografie"]),
        U(3, "Eseguire il consolidamento e la pulitura delle superfici",
          "Interventi conservativi", "80", 80, "Max 10", 10, prior("Operatore del legno"),
          ["Agenti di degrado del legno: insetti, funghi, umidità",
           "Prodotti consolidanti e disinfestanti",
           "Tecniche di pulitura meccanica e chimica"],
          ["Eseguire trattamenti antitarlo in sicurezza",
           "Consolidare parti degradate",
           "Pulire le superfici senza alterare la patina"]),
        U(4, "Eseguire integrazioni, lucidature e finiture",
          "Finitura del manufatto", "90", 90, "Max 100", 100, YES,
          ["Stuccature e integrazioni lignee",
           "Gommalacca, cere e vernici",
           "Tecniche di lucidatura a tampone"],
          ["Integrare le parti mancanti rispettando il disegno originale",
           "Lucidare a tampone con gommalacca",
           "Applicare cere e finiture protettive"]),
        U(5, "Sicurezza sul luogo di lavoro", None, "12", 12, "0", 0, SAFETY, SAFETY_K, SAFETY_S),
    ],
    # unit 4: FaD 100 > 90 h (UNIT_DISTANCE_EXCEEDS_HOURS); FaD 5+20+10+100+0 = 135, declared 45
    # (DISTANCE_HOURS_SUM_MISMATCH); hours 232 = total 232.
    total="232", totalv=232, ftotal="Max 45", ftotalv=45,
    intern_min=120, intern_pct=30, add_pct=10, cred_att=30, cred_int=100, att=80, att2=70,
    # internship 120 > 30 % of (232+120)=105.6 -> INTERNSHIP_OVER_LIMIT
    order_note="L'Unità di Risultati dell'apprendimento n. 2 va realizzata prima delle altre Unità.",
)
