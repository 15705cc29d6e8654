#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generates the qe_ test PDFs and their expected JSON from the same data (below).

usage: python3 gen.py [NAME-substring ...]
Writes NAME.html (in build/), NAME.pdf and NAME.expected.json in this folder. The expected JSON is
built from the data and the contract rules only; page numbers of annexes are read back from the
rendered PDF with pdftotext (the generator's own output, not determina's).
"""
import html
import json
import os
import re
import subprocess
import sys
import unicodedata

# ====================================================================== data (invented content)

NOT_ALLOWED = "Non ammesso il riconoscimento di credito formativo di frequenza"
ALLOWED = ("Ammesso il riconoscimento di credito formativo di frequenza, da apprendimenti formali, "
           "non formali ed informali.")
SAFETY_PRIOR = ("Ammesso credito di frequenza con valore a priori, riconosciuto a chi ha già svolto, con idonea "
                "attestazione (conformità settore di riferimento e validità temporale), il corso conforme "
                "all'Accordo Stato - Regioni del 21/12/2011 - Formazione dei lavoratori, ai sensi dell'art. 37, "
                "comma 2 del D.lgs. 81/2008")


def prior(q):
    return (ALLOWED + " Credito di frequenza con valore a priori, in caso di possesso della qualificazione di \""
            + q + "\".")


def U(uc, title, hours, fad, credit, knowledge, skills):
    return dict(uc=uc, title=title, hours=hours, fad=fad, credit=credit, knowledge=knowledge, skills=skills)


ENTRY = [
    "Maggiore età o assolvimento del diritto-dovere all'istruzione e/o alla formazione professionale.",
    "Diploma di scuola secondaria di primo grado.",
    "Per i cittadini stranieri è indispensabile la conoscenza della lingua italiana, almeno al livello A2 del "
    "Quadro Comune Europeo di Riferimento per le Lingue.",
]

# ---------------------------------------------------------------- Lazio standards
RISTORAZIONE = dict(
    title="Operatore della ristorazione", eqf=3, internship_min=80, internship_pct=40, add_pct=10,
    credit_att=30, credit_int=100, att_min=80, att_appr=70, entry=ENTRY,
    units=[
        U(None, "Inquadramento della professione e igiene alimentare", 16, 4, NOT_ALLOWED,
          ["Il settore della ristorazione: tipologie di esercizi e figure professionali",
           "Contratti collettivi del settore turismo e pubblici esercizi",
           "Principi di igiene degli alimenti e sistema HACCP"],
          ["Applicare le procedure di autocontrollo igienico previste dal piano HACCP"]),
        U("Preparazione dei prodotti di cucina", "Preparare piatti semplici della tradizione", 60, 6, ALLOWED,
          ["Tecniche di cottura di base: bollitura, frittura, brasatura, cottura al vapore",
           "Caratteristiche merceologiche di carni, pesci, ortaggi e cereali",
           "Grammature e porzionature standard",
           "Ricette della cucina regionale laziale"],
          ["Eseguire le operazioni di mondatura, taglio e porzionatura delle materie prime",
           "Applicare le tecniche di cottura in relazione al tipo di alimento",
           "Comporre il piatto secondo le indicazioni dello chef"]),
        U("Servizio di sala e bar", "Servire in sala e al banco bar", 50, 10, prior("Addetto al servizio di sala"),
          ["Tecniche di servizio all'italiana, alla francese e all'inglese",
           "Mise en place del tavolo e della sala",
           "Preparazione di bevande calde e fredde al banco bar"],
          ["Accogliere il cliente e illustrare il menu",
           "Eseguire la mise en place secondo lo stile del locale",
           "Servire le portate e le bevande nel rispetto delle sequenze di servizio"]),
        U("Gestione delle merci e della dispensa", "Conservare e stoccare le materie prime", 24, 8, ALLOWED,
          ["Catena del freddo e temperature di conservazione",
           "Sistemi di rotazione delle scorte (FIFO, FEFO)",
           "Etichettatura e tracciabilità dei prodotti alimentari"],
          ["Controllare le merci in arrivo rispetto al documento di trasporto",
           "Stoccare i prodotti nel rispetto delle temperature prescritte"]),
        U(None, "Sicurezza sul luogo di lavoro", 8, 4, SAFETY_PRIOR,
          ["Legislazione sulla salute e sicurezza sui luoghi di lavoro",
           "Rischi specifici della cucina: tagli, ustioni, scivolamenti"],
          ["Applicare i protocolli di prevenzione e riduzione del rischio professionale"]),
    ])

VERDE = dict(
    title="Addetto alla manutenzione del verde", eqf=2, internship_min=50, internship_pct=30, add_pct=10,
    credit_att=30, credit_int=100, att_min=75, att_appr=65, entry=ENTRY[:2],
    units=[
        U(None, "Orientamento al ruolo", 8, 0, NOT_ALLOWED,
          ["Il mercato del lavoro nel settore florovivaistico",
           "Diritti e doveri del lavoratore"],
          []),
        U("Realizzazione di aree verdi", "Preparare il terreno e mettere a dimora le piante", 44, 4, ALLOWED,
          ["Tipologie di suolo e lavorazioni superficiali",
           "Concimi organici e minerali",
           "Tecniche di trapianto di alberi, arbusti ed erbacee perenni",
           "Impianti di irrigazione a goccia e a pioggia"],
          ["Eseguire le lavorazioni del terreno con attrezzi manuali e motocoltivatori",
           "Mettere a dimora le piante secondo il progetto di impianto",
           "Posare e collaudare linee di irrigazione a goccia"]),
        U("Cura e manutenzione del verde", "Eseguire potature e sfalci", 56, 6, ALLOWED,
          ["Fisiologia della pianta e periodi di potatura",
           "Tecniche di potatura di formazione e di contenimento",
           "Macchine per lo sfalcio: tosaerba, decespugliatori, trattorini"],
          ["Eseguire potature di siepi e arbusti ornamentali",
           "Regolare l'altezza di taglio in funzione della specie del tappeto erboso",
           "Eseguire la manutenzione ordinaria delle macchine da giardino"]),
        U("Difesa fitosanitaria", "Riconoscere e trattare le principali avversità", 24, 8,
          prior("Operatore agricolo"),
          ["Principali parassiti e malattie delle piante ornamentali",
           "Lotta integrata e prodotti fitosanitari ammessi",
           "Dispositivi di protezione individuale per i trattamenti"],
          ["Riconoscere i sintomi delle avversità più diffuse",
           "Preparare e distribuire i prodotti fitosanitari secondo l'etichetta"]),
        U(None, "Sicurezza sul luogo di lavoro", 12, 4, SAFETY_PRIOR,
          ["Rischi nell'uso di motoseghe e decespugliatori",
           "Movimentazione manuale dei carichi"],
          ["Utilizzare correttamente i dispositivi di protezione individuale"]),
    ])

LOGISTICA = dict(
    title="Tecnico della logistica integrata", eqf=4, internship_min=100, internship_pct=40, add_pct=10,
    credit_att=40, credit_int=100, att_min=80, att_appr=70, entry=[
        "Diploma di istruzione secondaria di secondo grado o qualifica professionale triennale.",
        "Conoscenza della lingua italiana almeno al livello B1 per i cittadini stranieri."],
    units=[
        U("Pianificazione dei flussi logistici", "Pianificare i flussi delle merci in entrata e in uscita", 60, 20,
          ALLOWED,
          ["Modelli di supply chain management e logistica distributiva",
           "Tecniche di previsione della domanda e di pianificazione dei fabbisogni (MRP)",
           "Indicatori di prestazione logistica: lead time, livello di servizio, rotazione",
           "Normativa sul trasporto nazionale e internazionale delle merci (Incoterms)",
           "Sistemi informativi di magazzino (WMS) ed ERP"],
          ["Elaborare piani di approvvigionamento coerenti con i livelli di scorta",
           "Definire il calendario delle consegne in accordo con fornitori e vettori",
           "Calcolare e monitorare gli indicatori di prestazione del servizio",
           "Individuare le modalità di trasporto più convenienti per tipo di merce e destinazione"]),
        U("Gestione del magazzino", "Organizzare gli spazi e le attività di magazzino", 48, 12,
          prior("Addetto alla logistica di magazzino"),
          ["Layout di magazzino e sistemi di stoccaggio",
           "Tecniche di picking e di allestimento degli ordini",
           "Codifica degli articoli e tecnologie di identificazione (barcode, RFID)",
           "Inventario fisico e contabile"],
          ["Progettare la disposizione delle merci in funzione degli indici di rotazione",
           "Coordinare le squadre di movimentazione e di picking",
           "Gestire le differenze inventariali"]),
        U("Gestione dei trasporti", "Coordinare i trasporti e la documentazione di viaggio", 40, 10, ALLOWED,
          ["Documenti di trasporto: DDT, CMR, lettera di vettura aerea e polizza di carico",
           "Procedure doganali di base",
           "Ottimizzazione dei percorsi e dei carichi"],
          ["Compilare e verificare la documentazione di viaggio",
           "Pianificare i giri di consegna ottimizzando carichi e percorsi"]),
        U(None, "Inglese tecnico per la logistica", 24, 12, ALLOWED,
          ["Lessico tecnico della logistica e dei trasporti in lingua inglese"],
          ["Redigere comunicazioni di servizio in lingua inglese",
           "Comprendere documenti di trasporto redatti in lingua inglese"]),
        U(None, "Sicurezza sul luogo di lavoro", 8, 4, SAFETY_PRIOR,
          ["Rischi connessi all'uso di carrelli elevatori e transpallet",
           "Segnaletica di sicurezza nei magazzini"],
          ["Applicare le procedure di sicurezza nella movimentazione delle merci"]),
    ])

PANIFICAZIONE = dict(
    title="Operatore della panificazione e della pasticceria", eqf=3, internship_min=80, internship_pct=40,
    add_pct=10, credit_att=30, credit_int=100, att_min=80, att_appr=70, entry=ENTRY,
    units=[
        U(None, "Inquadramento della professione", 8, 2, NOT_ALLOWED,
          ["Il comparto della panificazione artigianale e industriale",
           "Contratti di lavoro del settore alimentare artigiano"],
          []),
        U("Produzione di pane e prodotti da forno", "Produrre pane e prodotti da forno salati", 64, 8, ALLOWED,
          ["Tipologie di farine e loro caratteristiche tecnologiche",
           "Lieviti, lievito madre e processi di fermentazione",
           "Impastatrici, spezzatrici, formatrici e forni",
           "Difetti del pane e loro cause"],
          ["Dosare gli ingredienti secondo la ricetta",
           "Condurre l'impasto e controllare la lievitazione",
           "Formare le pezzature e gestire la cottura in forno",
           "Riconoscere e correggere i difetti del prodotto finito"]),
        U("Produzione di pasticceria", "Realizzare prodotti di pasticceria secca e fresca", 56, 6, ALLOWED,
          ["Creme, impasti base e glasse",
           "Temperaggio del cioccolato",
           "Tecniche di decorazione"],
          ["Preparare gli impasti base della pasticceria",
           "Farcire, glassare e decorare i prodotti"]),
        U(None, "Igiene e sicurezza alimentare", 16, 4, prior("Alimentarista HACCP"),
          ["Regolamento CE 852/2004 e sistema HACCP",
           "Allergeni e loro gestione in laboratorio"],
          ["Applicare il piano di autocontrollo del laboratorio"]),
    ])

SARTORIA = dict(
    title="Operatore della sartoria", eqf=3, internship_min=90, internship_pct=40, add_pct=10,
    credit_att=30, credit_int=100, att_min=80, att_appr=70, entry=ENTRY[:2],
    units=[
        U(None, "Orientamento al ruolo e alla professione sartoriale", 10, 2, NOT_ALLOWED,
          ["Il sistema moda: filiera e figure", "Le botteghe sartoriali del territorio",
           "Diritti e doveri del lavoratore", "Contratti del settore tessile"],
          []),
        U("Realizzazione del modello", "Disegnare e sviluppare il cartamodello del capo", 40, 8, ALLOWED,
          ["Rilevazione delle misure", "Costruzione del cartamodello base", "Sviluppo delle taglie"],
          ["Rilevare le misure anatomiche", "Tracciare il cartamodello su carta",
           "Adattare il modello alla vestibilità"]),
        U("Confezione del capo", "Tagliare e confezionare capi di abbigliamento su misura", 60, 6, ALLOWED,
          ["Tessuti e fibre tessili", "Macchine per cucire e tagliacuci", "Tecniche di assemblaggio",
           "Finiture e stiro"],
          ["Piazzare e tagliare il tessuto", "Assemblare le parti del capo", "Eseguire prove e ritocchi",
           "Stirare il capo finito"]),
        U("Riparazioni e modifiche sartoriali", "Eseguire riparazioni e modifiche su capi finiti", 30, 4,
          prior("Addetto alle riparazioni sartoriali"),
          ["Tipologie di modifiche e riparazioni", "Preventivazione degli interventi"],
          ["Valutare il capo e proporre la modifica", "Eseguire orli, cerniere e rammendi"]),
        U(None, "Sicurezza sul luogo di lavoro", 8, 4, SAFETY_PRIOR,
          ["Rischi nell'uso di macchine da cucire e ferri da stiro", "Postura e ergonomia"],
          ["Applicare i protocolli di prevenzione", "Regolare la postazione di lavoro"]),
    ])

MAGAZZINO = dict(
    title="Addetto al magazzino e alla movimentazione merci", eqf=2, internship_min=40, internship_pct=30,
    add_pct=10, credit_att=30, credit_int=100, att_min=75, att_appr=65, entry=ENTRY[:2],
    units=[
        U(None, "Inquadramento della professione", 6, 0, NOT_ALLOWED,
          ["Il magazzino nell'organizzazione aziendale", "Tipologie di contratto di lavoro nel settore"],
          []),
        U("Ricevimento e stoccaggio delle merci", "Ricevere e stoccare le merci", 36, 6, ALLOWED,
          ["Controllo quantitativo e qualitativo delle merci in entrata",
           "Documenti di accompagnamento delle merci",
           "Criteri di allocazione a scaffale e a catasta"],
          ["Verificare la corrispondenza tra merce e documento di trasporto",
           "Allocare le merci nelle ubicazioni assegnate",
           "Registrare i movimenti sul terminale di magazzino"]),
        U("Preparazione e spedizione degli ordini", "Preparare gli ordini per la spedizione", 30, 4, ALLOWED,
          ["Liste di prelievo e sequenze di picking", "Imballaggi e unità di carico",
           "Etichette di spedizione"],
          ["Prelevare gli articoli secondo la lista di picking", "Confezionare ed etichettare i colli"]),
        U("Movimentazione delle merci", "Condurre carrelli elevatori e transpallet", 20, 0,
          "Ammesso credito di frequenza con valore a priori per i possessori dell'abilitazione alla conduzione "
          "di carrelli elevatori semoventi con conducente a bordo, ai sensi dell'Accordo Stato - Regioni del "
          "22/02/2012",
          ["Caratteristiche tecniche dei carrelli elevatori", "Diagramma di carico e stabilità"],
          ["Eseguire le manovre di sollevamento e deposito del carico",
           "Effettuare i controlli giornalieri sul mezzo"]),
        U(None, "Sicurezza sul luogo di lavoro", 8, 4, SAFETY_PRIOR,
          ["Legislazione sulla salute e sicurezza sui luoghi di lavoro", "Rischi nella movimentazione dei carichi"],
          ["Utilizzare i dispositivi di protezione individuale"]),
    ])

TURISMO = dict(
    title="Operatore dei servizi di accoglienza turistica", eqf=3, internship_min=80, internship_pct=40,
    add_pct=15, credit_att=30, credit_int=100, att_min=80, att_appr=70, entry=ENTRY,
    units=[
        U(None, "Inquadramento della professione", 10, 4, NOT_ALLOWED,
          ["Il sistema turistico regionale e nazionale", "Le strutture ricettive: classificazione e normativa"],
          []),
        U("Accoglienza del cliente", "Gestire l'accoglienza e il check-in degli ospiti", 46, 10, ALLOWED,
          ["Procedure di check-in e check-out", "Software gestionali alberghieri (PMS)",
           "Comunicazione di alloggiati alla Questura", "Tecniche di comunicazione con il cliente"],
          ["Accogliere l'ospite e registrarne i dati", "Assegnare le camere in base alle prenotazioni",
           "Gestire il conto e i pagamenti in uscita"]),
        U("Promozione dei servizi turistici", "Informare sull'offerta turistica del territorio", 34, 12,
          prior("Addetto all'informazione turistica"),
          ["Risorse culturali e ambientali del territorio", "Canali di promozione digitale",
           "Eventi e calendari locali"],
          ["Fornire informazioni su itinerari, eventi e servizi", "Predisporre materiale informativo"]),
        U(None, "Lingua inglese per l'accoglienza", 40, 20, ALLOWED,
          ["Lessico dell'accoglienza alberghiera in lingua inglese", "Formule di cortesia e di reclamo"],
          ["Sostenere una conversazione di accoglienza in lingua inglese",
           "Redigere brevi comunicazioni scritte agli ospiti"]),
        U(None, "Sicurezza sul luogo di lavoro", 8, 4, SAFETY_PRIOR,
          ["Piano di emergenza della struttura ricettiva"],
          ["Applicare le procedure di evacuazione"]),
    ])

ELETTRICISTA = dict(
    title="Installatore di impianti elettrici civili", eqf=3, internship_min=120, internship_pct=40, add_pct=10,
    credit_att=30, credit_int=100, att_min=80, att_appr=70, entry=ENTRY,
    units=[
        U(None, "Inquadramento della professione", 8, 2, NOT_ALLOWED,
          ["Il settore dell'impiantistica civile", "Contratto collettivo metalmeccanico artigiano"],
          []),
        U("Lettura del progetto elettrico",
          "Interpretare schemi e progetti di impianti elettrici", 40, 10, ALLOWED,
          ["Grandezze elettriche fondamentali e legge di Ohm",
           "Simbologia elettrica unificata CEI",
           "Schemi funzionali, topografici e unifilari",
           "Norma CEI 64-8 per gli impianti utilizzatori in bassa tensione",
           "Dimensionamento delle condutture e delle protezioni",
           "Classificazione dei locali e gradi di protezione IP",
           "Calcolo della caduta di tensione nelle linee"],
          ["Leggere uno schema unifilare e individuare i circuiti",
           "Ricavare dal progetto l'elenco dei materiali necessari",
           "Verificare la coerenza tra progetto e stato dei luoghi",
           "Scegliere sezioni dei conduttori e interruttori in base ai carichi",
           "Interpretare le prescrizioni della norma per i locali da bagno e doccia",
           "Predisporre il computo dei materiali per il preventivo"]),
        U("Installazione di impianti elettrici civili",
          "Installare impianti elettrici in edifici residenziali", 100, 10, prior("Operatore elettrico"),
          ["Tubazioni, canaline e scatole di derivazione",
           "Tecniche di posa delle condutture incassate e a vista",
           "Quadri elettrici di appartamento: componenti e cablaggio",
           "Impianti di terra ed equipotenziali",
           "Interruttori differenziali e magnetotermici",
           "Impianti di illuminazione e comandi (deviatori, invertitori, relè passo-passo)",
           "Impianti citofonici e videocitofonici",
           "Impianti TV terrestri e satellitari",
           "Sistemi domotici di base per l'abitazione"],
          ["Tracciare e realizzare le tracce per le tubazioni",
           "Posare tubazioni e scatole secondo il progetto",
           "Infilare e collegare i conduttori rispettando i colori normalizzati",
           "Cablare il quadro elettrico di appartamento",
           "Realizzare l'impianto di terra e i collegamenti equipotenziali",
           "Installare e collegare punti luce, prese e comandi",
           "Installare impianti citofonici e videocitofonici",
           "Configurare semplici dispositivi domotici"]),
        U("Verifica e manutenzione degli impianti",
          "Collaudare e manutenere impianti elettrici civili", 44, 6, ALLOWED,
          ["Strumenti di misura: multimetro, pinza amperometrica, misuratore di isolamento",
           "Prove strumentali previste dalla norma CEI 64-8 parte 6",
           "Dichiarazione di conformità ai sensi del DM 37/2008",
           "Ricerca guasti negli impianti elettrici civili"],
          ["Eseguire le misure di isolamento e di continuità",
           "Verificare l'intervento dei dispositivi differenziali",
           "Compilare la documentazione di collaudo",
           "Individuare e riparare i guasti più comuni"]),
        U(None, "Sicurezza sul luogo di lavoro", 12, 4, SAFETY_PRIOR,
          ["Rischio elettrico e norma CEI 11-27", "Lavori in quota e uso di scale portatili",
           "Dispositivi di protezione individuale per lavori elettrici"],
          ["Applicare le procedure di lavoro fuori tensione",
           "Utilizzare correttamente i dispositivi di protezione individuale"]),
    ])

CARPENTERIA = dict(
    title="Operatore della carpenteria metallica", eqf=3, internship_min=120, internship_pct=40, add_pct=10,
    credit_att=30, credit_int=100, att_min=80, att_appr=70, entry=ENTRY,
    units=[
        U(None, "Inquadramento della professione", 8, 2, NOT_ALLOWED,
          ["Il settore metalmeccanico regionale", "Organizzazione di un'officina di carpenteria"],
          []),
        U("Lettura del disegno tecnico", "Leggere disegni di carpenteria metallica", 30, 10, ALLOWED,
          ["Norme di rappresentazione del disegno tecnico meccanico",
           "Quotatura, tolleranze e simboli di saldatura",
           "Profilati metallici unificati: travi IPE, HEA, angolari, tubolari",
           "Distinta dei materiali"],
          ["Interpretare disegni d'assieme e di particolare",
           "Ricavare dalla distinta i materiali da tagliare",
           "Riconoscere i simboli di saldatura riportati a disegno"]),
        U("Lavorazione dei metalli", "Tracciare, tagliare e piegare lamiere e profilati", 70, 6, ALLOWED,
          ["Caratteristiche degli acciai da costruzione e dell'alluminio",
           "Strumenti di tracciatura e di misura",
           "Taglio con cesoia, sega a nastro, plasma e ossitaglio",
           "Piegatura con pressa piegatrice e calandra",
           "Foratura e filettatura",
           "Sistemi di giunzione bullonata",
           "Trattamenti superficiali e di protezione dalla corrosione"],
          ["Tracciare i pezzi sul materiale grezzo",
           "Eseguire tagli con le diverse tecnologie disponibili in officina",
           "Piegare e calandrare lamiere secondo disegno",
           "Eseguire forature e filettature",
           "Assemblare strutture con giunzioni bullonate",
           "Controllare le dimensioni del pezzo lavorato"]),
        U("Saldatura", "Eseguire saldature a filo e ad elettrodo", 80, 4, prior("Saldatore a filo continuo"),
          ["Processi di saldatura MIG/MAG, TIG ed elettrodo rivestito",
           "Preparazione dei lembi e posizioni di saldatura",
           "Difetti delle saldature e loro prevenzione",
           "Norma UNI EN ISO 9606-1 per la qualificazione dei saldatori",
           "Controlli non distruttivi visivi e con liquidi penetranti"],
          ["Regolare i parametri della saldatrice in base a materiale e spessore",
           "Eseguire saldature in piano e in verticale",
           "Riconoscere e correggere i difetti di saldatura",
           "Eseguire controlli visivi sui cordoni"]),
        U(None, "Sicurezza sul luogo di lavoro", 12, 4, SAFETY_PRIOR,
          ["Rischi da fumi di saldatura, radiazioni e rumore", "Dispositivi di protezione individuale"],
          ["Applicare i protocolli di prevenzione e riduzione del rischio professionale"]),
    ])

# ---------------------------------------------------------------- profiles
PROFILO_PANE = dict(
    title="Addetto alla panificazione", eqf=3, sector_title="Produzioni alimentari",
    description=("L'addetto alla panificazione interviene nel processo di produzione del pane e dei prodotti da "
                 "forno, occupandosi della preparazione degli impasti, della formatura, della lievitazione e "
                 "della cottura, nel rispetto delle norme igienico-sanitarie. Opera in panifici artigianali, "
                 "laboratori della grande distribuzione e imprese industriali del settore."),
    ada=[("ADA.01.08.07", "ADA.01.06.16", "Produzione di pane e prodotti da forno")],
    istat=[("6.5.1.3.1", "Panettieri")],
    ateco=[("10.71.10", "Produzione di prodotti di panetteria freschi"),
           ("10.72.00", "Produzione di fette biscottate, biscotti; prodotti di pasticceria conservati")],
    units=[
        dict(title="Preparare gli impasti per la panificazione", result=(
            "Impasti preparati nel rispetto delle ricette e delle norme igieniche, con dosaggio corretto degli "
            "ingredienti e controllo dei tempi di lavorazione"),
             knowledge=["Tipologie di farine e relative caratteristiche", "Funzione dei lieviti e del sale",
                        "Macchine impastatrici: uso e pulizia", "Norme HACCP"],
             skills=["Pesare e dosare gli ingredienti", "Condurre l'impastatrice rispettando i tempi",
                     "Valutare la consistenza dell'impasto"],
             ind="Preparazione di un impasto per pane comune a partire da una ricetta data",
             soglia="Impasto realizzato con dosaggi corretti e consistenza adeguata al prodotto"),
        dict(title="Formare e cuocere i prodotti da forno", result=(
            "Prodotti formati, lievitati e cotti secondo le caratteristiche attese di forma, colore e volume"),
             knowledge=["Tecniche di spezzatura e formatura", "Celle di lievitazione", "Forni a platea e rotor"],
             skills=["Formare le pezzature a mano e a macchina", "Controllare la lievitazione",
                     "Gestire le fasi di cottura"],
             ind="Realizzazione di tre pezzature diverse di pane con cottura in forno",
             soglia="Prodotti cotti uniformemente, privi di difetti rilevanti"),
    ])

PROFILO_ANIMALI = dict(
    title="Addetto alla cura degli animali da compagnia", eqf=3, sector_title="Servizi alla persona",
    description=("L'addetto alla cura degli animali da compagnia si occupa dell'igiene, della toelettatura, "
                 "dell'alimentazione e del benessere di cani, gatti e altri piccoli animali, in pensioni, "
                 "negozi specializzati, centri di toelettatura e strutture di accoglienza."),
    ada=[("ADA.19.01.04", None, "Servizi di toelettatura e cura degli animali da compagnia")],
    istat=[("5.4.4.3.0", "Addetti alla cura degli animali domestici")],
    ateco=[("96.09.04", "Servizi di cura degli animali da compagnia (esclusi i servizi veterinari)")],
    units=[
        dict(title="Accogliere l'animale e il proprietario", result=(
            "Animale accolto e valutato nelle sue condizioni generali; richieste del proprietario registrate"),
             knowledge=["Etologia del cane e del gatto", "Segni di stress e di malessere dell'animale",
                        "Tecniche di comunicazione con il cliente", "Normativa sull'anagrafe degli animali"],
             skills=["Osservare il comportamento dell'animale all'arrivo",
                     "Raccogliere le informazioni sanitarie dal proprietario",
                     "Registrare il servizio richiesto nella scheda cliente"],
             ind="Simulazione dell'accoglienza di un cane in una struttura di toelettatura",
             soglia="Informazioni essenziali raccolte e condizioni dell'animale valutate correttamente"),
        dict(title="Eseguire la toelettatura", result=(
            "Animale lavato, asciugato e tosato secondo lo standard di razza o la richiesta del cliente"),
             knowledge=["Tipologie di mantello e standard di razza", "Prodotti cosmetici per animali",
                        "Attrezzature di toelettatura: tosatrici, forbici, phon soffiatori",
                        "Igiene e disinfezione delle attrezzature", "Primo soccorso veterinario di base"],
             skills=["Preparare l'animale al bagno", "Eseguire bagno e asciugatura",
                     "Eseguire la tosatura secondo lo standard", "Pulire orecchie e tagliare le unghie"],
             ind="Toelettatura completa di un cane di taglia media",
             soglia="Toelettatura eseguita in sicurezza per l'animale e per l'operatore"),
        dict(title="Curare l'alimentazione e il benessere dell'animale", result=(
            "Animale alimentato secondo un piano adeguato alla specie, all'età e allo stato di salute"),
             knowledge=["Fabbisogni nutrizionali di cani e gatti", "Alimenti commerciali e diete casalinghe",
                        "Attività motoria e arricchimento ambientale"],
             skills=["Predisporre le razioni giornaliere", "Organizzare le uscite e il gioco",
                     "Segnalare al veterinario anomalie nell'alimentazione"],
             ind="Predisposizione del piano alimentare settimanale di un animale ospite",
             soglia="Piano coerente con le indicazioni del proprietario e del veterinario"),
    ])

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, "build")
os.makedirs(BUILD, exist_ok=True)
E = html.escape


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def recognition(text):
    t = text.lower()
    if t.startswith("non ammesso"):
        return "not-allowed", False
    if "con valore a priori" in t:
        return "allowed-with-prior-value", True
    return "allowed", False


def flag(code, sev, field, msg, exp=None, act=None, page=None):
    return {"code": code, "severity": sev, "field": field, "message": msg, "expected": exp, "actual": act,
            "page": page}


# ====================================================================== expected JSON builders
def lazio_expected(s, region, total_override=None):
    units = []
    for i, u in enumerate(s["units"]):
        rec, pv = recognition(u["credit"])
        units.append({
            "number": i + 1, "kind": "learning-outcome-unit", "title": u["title"],
            "competenceUnit": {"title": u["uc"], "code": None} if u["uc"] else None,
            "minHours": u["hours"], "distanceMaxHours": u["fad"],
            "credit": {"recognition": rec, "priorValue": pv, "text": u["credit"]},
            "expectedResult": None, "knowledge": list(u["knowledge"]), "skills": list(u["skills"]),
            "evaluation": None})
    hsum = sum(u["hours"] for u in s["units"])
    fsum = sum(u["fad"] for u in s["units"])
    total = total_override if total_override is not None else hsum
    flags = []
    if hsum != total:
        flags.append(flag("UNIT_HOURS_SUM_MISMATCH", "error", "/duration/totalHours",
                          f"units add up to {hsum} h but the declared total is {total} h", total, hsum))
    for i, u in enumerate(s["units"]):
        if u["fad"] > u["hours"]:
            flags.append(flag("UNIT_DISTANCE_EXCEEDS_HOURS", "error", f"/units/{i}/distanceMaxHours", "FaD > hours"))
    whole = total + s["internship_min"]
    if s["internship_min"] > whole * s["internship_pct"] / 100:
        flags.append(flag("INTERNSHIP_OVER_LIMIT", "error", "/duration/internship/minHours", "over limit"))
    return {
        "schemaVersion": "1.0",
        "id": f"{slug(region) if region else 'unknown'}:training-standard:{slug(s['title'])}",
        "kind": "training-standard", "region": region, "title": s["title"], "eqfLevel": s["eqf"],
        "description": None,
        "classification": {"sector": None, "ada": [], "istat": [], "ateco": [], "isced": []},
        "duration": {
            "totalHours": total, "classroomHours": None, "labHours": None, "keyCompetenceHours": None,
            "internship": {"minHours": s["internship_min"], "maxHours": None,
                           "maxPercentOfTotal": s["internship_pct"], "withLabMinHours": None},
            "distanceLearning": {"maxHours": fsum, "syncMaxPercentOfClassroom": None,
                                 "asyncMaxPercentOfClassroom": None},
            "additionalUnitsMaxPercent": s["add_pct"], "years": []},
        "attendance": {"minPercent": s["att_min"], "minPercentWithApproval": s["att_appr"],
                       "maxAbsencePercent": None},
        "credits": {"attendanceMaxPercent": s["credit_att"], "internshipMaxPercent": s["credit_int"]},
        "entryRequirements": list(s["entry"]),
        "units": units, "flags": flags,
        "source": {"file": None, "sha256": None, "pageStart": None, "pageEnd": None, "annex": None,
                   "determination": None}}


def profile_expected(p, region):
    units = []
    for i, u in enumerate(p["units"]):
        units.append({"number": i + 1, "kind": "competence-unit", "title": u["title"], "competenceUnit": None,
                      "minHours": None, "distanceMaxHours": None, "credit": None,
                      "expectedResult": u["result"], "knowledge": list(u["knowledge"]),
                      "skills": list(u["skills"]),
                      "evaluation": {"indicators": u["ind"], "minimumPerformance": u["soglia"]}})
    return {
        "schemaVersion": "1.0",
        "id": f"{slug(region) if region else 'unknown'}:professional-profile:{slug(p['title'])}",
        "kind": "professional-profile", "region": region, "title": p["title"], "eqfLevel": p["eqf"],
        "description": p["description"],
        "classification": {
            "sector": {"code": None, "title": p["sector_title"]},
            "ada": [{"code": c, "formerCode": f, "title": t} for c, f, t in p["ada"]],
            "istat": [{"code": c, "title": t} for c, t in p["istat"]],
            "ateco": [{"code": c, "title": t} for c, t in p["ateco"]], "isced": []},
        "duration": None, "attendance": None, "credits": None, "entryRequirements": [],
        "units": units, "flags": [],
        "source": {"file": None, "sha256": None, "pageStart": None, "pageEnd": None, "annex": None,
                   "determination": None}}


def campania_expected(c):
    units = []
    flags = []
    for i, u in enumerate(c["units"]):
        units.append({"number": i + 1, "kind": "training-unit", "title": u["title"],
                      "competenceUnit": {"title": u["uc"], "code": u["uc_code"]},
                      "minHours": u["hours"], "distanceMaxHours": None, "credit": None,
                      "expectedResult": u["result"], "knowledge": list(u["knowledge"]),
                      "skills": list(u["skills"]), "evaluation": None})
    d = c["dur"]
    comp = d["aula"] + d["lab"] + d["kc"] + d["tir"]
    if comp > d["total"]:
        flags.append(flag("COMPONENT_HOURS_EXCEED_TOTAL", "error", "/duration/totalHours", "components exceed"))
    usum = sum(u["hours"] for u in c["units"])
    if usum != d["aula"] + d["lab"] - d["kc"]:
        flags.append(flag("UNIT_HOURS_CLASSROOM_MISMATCH", "error", "/duration/classroomHours", "classroom"))
    if sum(y[1] for y in c["years"]) != d["total"]:
        flags.append(flag("YEAR_HOURS_SUM_MISMATCH", "error", "/duration/totalHours", "years"))
    return {
        "schemaVersion": "1.0", "id": f"campania:training-standard:{slug(c['title'])}",
        "kind": "training-standard", "region": "Campania", "title": c["title"], "eqfLevel": c["eqf"],
        "description": c["description"],
        "classification": {
            "sector": {"code": c["sep"][0], "title": c["sep"][1]},
            "ada": [{"code": c["ada"][0], "formerCode": None, "title": c["ada"][1]}],
            "istat": [{"code": a, "title": b} for a, b in c["istat"]],
            "ateco": [{"code": a, "title": b} for a, b in c["ateco"]],
            "isced": [{"code": c["isced"][0], "title": c["isced"][1]}]},
        "duration": {
            "totalHours": d["total"], "classroomHours": d["aula"], "labHours": d["lab"],
            "keyCompetenceHours": d["kc"],
            "internship": {"minHours": d["tir"], "maxHours": None, "maxPercentOfTotal": None,
                           "withLabMinHours": d["tirlab"]},
            "distanceLearning": {"maxHours": None, "syncMaxPercentOfClassroom": d["sync"],
                                 "asyncMaxPercentOfClassroom": d["async"]},
            "additionalUnitsMaxPercent": None,
            "years": [{"year": y[0], "hours": y[1], "intermediateExam": y[2]} for y in c["years"]]},
        "attendance": {"minPercent": c["att_min"], "minPercentWithApproval": None,
                       "maxAbsencePercent": c["absence"]},
        "credits": None, "entryRequirements": [c["entry"]], "units": units, "flags": flags,
        "source": {"file": None, "sha256": None, "pageStart": None, "pageEnd": None, "annex": None,
                   "determination": None}}


# ====================================================================== HTML pieces
def page_css(st):
    size = st.get("paper") or ("A4 landscape" if st.get("landscape") else "A4")
    boxes = ""
    if st.get("page_header"):
        boxes += ('@top-center { content: "%s"; font-family: %s; font-size: 8pt; }'
                  % (st["page_header"], st["font"]))
    if st.get("footer"):
        boxes += ('@bottom-right { content: "%s" counter(page) " di " counter(pages); font-family: %s; '
                  'font-size: 8pt; }' % (st["footer"], st["font"]))
    if st.get("footer_left"):
        boxes += ('@bottom-left { content: "%s"; font-family: %s; font-size: 8pt; }'
                  % (st["footer_left"], st["font"]))
    return ("@page { size: %s; margin: %s; %s }\n"
            "body { font-family: %s; font-size: %spt; margin: 0; line-height: %s; }\n"
            "h1 { font-size: 1.15em; text-align: center; margin: 0 0 2mm 0; }\n"
            "h2 { font-size: 1em; margin: 4mm 0 1mm 0; }\n"
            "p { margin: 1mm 0; }\n"
            "ul.dash { margin: 0 0 0 6mm; padding: 0; list-style: none; }\n"
            "ul.dash li { text-indent: -3mm; padding-left: 3mm; }\n"
            % (size, st.get("margin", "18mm 15mm 18mm 15mm"), boxes, st["font"], st["size"],
               st.get("lh", "1.2")))


def dash_items(items, nowrap=False):
    ws = ' style="white-space:nowrap"' if nowrap else ""
    return "".join(f'<div class="it"{ws}>- {E(x)}</div>' for x in items)


def fad_text(f):
    return "0" if f == 0 else f"Max {f}"


def lazio_body(s, st, total_override=None):
    """The Lazio 'standard minimo di percorso formativo' body (sections 1-12)."""
    tstyle = st.get("table", "boxed")
    out = []
    out.append("<h1>STANDARD MINIMO DI PERCORSO FORMATIVO<br>QUALIFICAZIONE DI %s</h1>" % E(s["title"].upper()))
    # section 1
    out.append("<h2>1. RAPPORTO FRA UNITÀ DI COMPETENZA E UNITÀ DI RISULTATI DI APPRENDIMENTO:</h2>")
    b = "border:1px solid #000;" if tstyle in ("boxed", "grid") else ""
    out.append(f'<table class="corr" style="width:100%;border-collapse:collapse;{b}">'
               '<tr><th style="width:50%">Unità di Competenza</th><th>Unità di Risultati di Apprendimento</th></tr>')
    for u in s["units"]:
        out.append(f'<tr><td>{E(u["uc"] or "--")}</td><td>{E(u["title"])}</td></tr>')
    out.append("</table>")
    out.append(f"<h2>2. LIVELLO EQF DELLA QUALIFICAZIONE IN USCITA: {s['eqf']}</h2>")
    out.append("<h2>3. REQUISITI OBBLIGATORI DI ACCESSO AL PERCORSO:</h2>")
    out.append('<ul class="dash">' + "".join(f"<li>- {E(x)}</li>" for x in s["entry"]) + "</ul>")
    out.append('<h2>4. ARTICOLAZIONE, PROPEDEUTICITÀ E DURATE MINIME: <sup>1</sup></h2>')
    out.append(unit_table(s, st, total_override))
    out.append('<p style="font-size:0.8em"><sup>1</sup> La colonna "Durata minima", indica il numero di ore '
               'complessive obbligatorie di attività didattica in aula/laboratorio, al netto dell\'eventuale '
               'tirocinio curriculare. La colonna "di cui in FaD" indica il numero massimo di ore realizzabili '
               'con tale modalità.</p>')
    out.append("<p>NOTA:<br>Le Unità di Risultati dell'apprendimento n. 1 e 2, vanno realizzate prima delle altre "
               "Unità.</p>")
    out.append("<h2>5. TIROCINIO CURRICULARE:</h2><p>Durata minima: %d ore;<br>Durata massima: il %d%% sul "
               "totale del percorso.</p>" % (s["internship_min"], s["internship_pct"]))
    out.append("<h2>6. UNITA' DI RISULTATI DI APPRENDIMENTO AGGIUNTIVE:</h2><p>A scopo di miglioramento/curvatura "
               "della progettazione didattica, nel limite massimo del %d%% delle ore totali di formazione, al "
               "netto del tirocinio curriculare.</p>" % s["add_pct"])
    out.append("<h2>7. METODOLOGIA DIDATTICA:</h2><p>Le Unità di risultati di apprendimento vanno realizzate "
               "attraverso attività di formazione d'aula specifica e metodologia attiva, utilizzando, se "
               "necessario, laboratori pratici.</p>")
    out.append("<h2>8. VALUTAZIONE DIDATTICA DEGLI APPRENDIMENTI:</h2><p>Obbligo di tracciabile valutazione "
               "didattica degli apprendimenti, per singola Unità di risultati di apprendimento.</p>")
    out.append("<h2>9. GESTIONE DEI CREDITI FORMATIVI:</h2><ul class=\"dash\"><li>- Credito di ammissione: --."
               "</li><li>- Crediti di frequenza: la percentuale massima riconoscibile è il %d%% sulla durata di "
               "ore d'aula o laboratorio; il %d%% sul tirocinio curriculare, al netto degli eventuali crediti "
               "con valore a priori.</li></ul>" % (s["credit_att"], s["credit_int"]))
    out.append("<h2>10. REQUISITI PROFESSIONALI E STRUMENTALI:</h2><p>Qualificazione dei formatori, di cui almeno "
               "il 50% esperti provenienti dal mondo del lavoro; presenza di aule e laboratori adeguatamente "
               "attrezzati.</p>")
    out.append("<h2>11. ATTESTAZIONE IN ESITO RILASCIATA DAL SOGGETTO ATTUATORE:</h2><p>Documento di "
               "formalizzazione degli apprendimenti, con indicazione del numero di ore di effettiva frequenza. "
               "Condizioni di ammissione all'esame finale: frequenza di almeno l'%d%% delle ore complessive del "
               "percorso formativo. È consentita l'ammissione all'esame finale, anche a fronte della frequenza "
               "di almeno il %d%% delle ore complessive del percorso formativo, previo parere favorevole - "
               "documentato - del collegio dei docenti/formatori.</p>" % (s["att_min"], s["att_appr"]))
    out.append("<h2>12. ATTESTAZIONE IN ESITO AD ESAME PUBBLICO:</h2><p>Certificato di qualificazione "
               "professionale, rilasciato ai sensi del D.lgs. 13/2013.</p>")
    return "\n".join(out)


def unit_table(s, st, total_override=None):
    tstyle = st.get("table", "boxed")
    widths = st.get("cols", [8, 62, 32, 14, 14, 50])
    va = {"n": "top", "content": "top", "title": "top", "hours": "top", "fad": "top", "credit": "top"}
    va.update(st.get("valign", {}))
    pad = st.get("pad", "1px 2px")
    tb = "border:1px solid #000;" if tstyle in ("boxed", "grid") else ""
    cb = "border:1px solid #000;" if tstyle == "grid" else ""
    just = "text-align:justify;" if st.get("justify") else ""
    css = (f'<style>table.u {{ width:100%; border-collapse:collapse; table-layout:fixed; {tb} }}'
           f' table.u td, table.u th {{ padding:{pad}; {cb} }}'
           f' table.u td.c, table.u td.cr {{ {just} }}'
           f' table.u th {{ font-weight:bold; text-align:center; vertical-align:{st.get("th_valign", "middle")}; }}'
           f' table.u tr.unit td {{ padding-bottom: {st.get("row_gap", "2px")}; }}'
           f' .lab {{ {st.get("label_css", "text-decoration:underline;")} }}</style>')
    cols = "".join(f'<col style="width:{w}mm">' if w else "<col>" for w in widths)
    names = [("N.", "n"), ("Articolazione dell'Unità di competenza/ Contenuti", "content"),
             ("Unità di Risultati di apprendimento", "title"), ("Durata minima", "hours"),
             ("di cui in FaD", "fad"), ("Crediti formativi", "credit")]
    names = [(st.get("headers", {}).get(k, t), k) for t, k in names]
    if st.get("header_mode") == "wide":
        # a header line per "level": long headers on their own line, centred on the column, overflowing it
        lvl = st["header_levels"]
        nl = max(lvl.values()) + 1
        ths = []
        for t, k in names:
            inner = ""
            for L in range(nl):
                if lvl[k] == L:
                    inner += (f'<div style="position:relative;height:1.25em"><span style="position:absolute;'
                              f'left:50%;transform:translateX(-50%);white-space:nowrap">{E(t)}</span></div>')
                else:
                    inner += '<div style="height:1.25em"></div>'
            ths.append(f"<th>{inner}</th>")
        head = "<tr>" + "".join(ths) + "</tr>"
    else:
        head = "<tr>" + "".join(f"<th>{E(t)}</th>" for t, _ in names) + "</tr>"
    if st.get("rule_under_header"):
        head = head.replace("<th>", '<th style="border-bottom:1px solid #000">')
    rows = []
    nowrap = st.get("content_nowrap", False)
    for i, u in enumerate(s["units"]):
        content = f'<div class="lab">Conoscenze</div>{dash_items(u["knowledge"], nowrap)}'
        if u["skills"]:
            content += f'<div class="lab">Abilità</div>{dash_items(u["skills"], nowrap)}'
        tstyle_t = st.get("title_css", "")
        cells = [f'<td style="vertical-align:{va["n"]}">{i + 1}.</td>',
                 f'<td class="c" style="vertical-align:{va["content"]}">{content}</td>',
                 f'<td style="vertical-align:{va["title"]};{tstyle_t}">{E(u["title"])}</td>',
                 f'<td style="vertical-align:{va["hours"]};text-align:center">{u["hours"]}</td>',
                 f'<td style="vertical-align:{va["fad"]};text-align:center">{fad_text(u["fad"])}</td>',
                 f'<td class="cr" style="vertical-align:{va["credit"]}">{E(u["credit"])}</td>']
        rows.append('<tr class="unit">' + "".join(cells) + "</tr>")
    total = total_override if total_override is not None else sum(u["hours"] for u in s["units"])
    fsum = sum(u["fad"] for u in s["units"])
    rows.append(f'<tr><td colspan="3"><b>DURATA MINIMA TOTALE</b></td><td style="text-align:center"><b>{total}</b>'
                f'</td><td style="text-align:center"><b>Max {fsum}</b></td><td></td></tr>')
    if st.get("thead_repeat", True):
        body = f"<thead>{head}</thead><tbody>{''.join(rows)}</tbody>"
    else:
        body = f"<tbody>{head}{''.join(rows)}</tbody>"
    return css + f'<table class="u"><colgroup>{cols}</colgroup>{body}</table>'


def profile_body(p, st):
    two = st.get("two_column")
    tb = "border:1px solid #000;" if st.get("table", "grid") == "grid" else ""
    out = [f'<style>table.p {{ width:100%; border-collapse:collapse; }} table.p td {{ {tb} padding:2px 4px;'
           f' vertical-align:top; }} table.p td.k {{ width:30%; }} table.kv2 td {{ border:none; padding:0 4px 0 0;'
           f' vertical-align:top; width:50%; }}</style>']
    out.append('<table class="p">')

    def row(k, v):
        out.append(f'<tr><td class="k">{k}</td><td>{v}</td></tr>')

    row("Denominazione del profilo professionale", E(p["title"]))
    row("Descrizione del profilo professionale", E(p["description"]))
    row("Settore Economico - Professionale", E(p["sector_title"]))
    row("ADA", "<br>".join(E(f"{c} ({f}) - {t}" if f else f"{c} - {t}") for c, f, t in p["ada"]))
    row("Gruppo/i di correlazione", "")
    row("Livello EQF", str(p["eqf"]))
    row("Codice univoco ISTAT CP2011", "<br>".join(E(f"{c} - {t}") for c, t in p["istat"]))
    row("Referenziazione ATECO", "<br>".join(E(f"{c} - {t}") for c, t in p["ateco"]))
    row("Unità di Competenza costituenti il profilo",
        "<br>".join(f"{i + 1}. {E(u['title'])}" for i, u in enumerate(p["units"])))
    for i, u in enumerate(p["units"]):
        out.append(f'<tr><td colspan="2"><b>Denominazione dell\'Unità di Competenza {i + 1}) {E(u["title"])}</b>'
                   f'</td></tr>')
        row("Risultato atteso", E(u["result"]))
        row("EQF", str(p["eqf"]))
        bl = lambda xs: "<br>".join("• " + E(x) for x in xs)  # noqa
        if two:
            out.append('<tr><td colspan="2"><table class="kv2" style="width:100%;border-collapse:collapse">'
                       f'<tr><td><b>Conoscenze</b></td><td><b>Abilità</b></td></tr>'
                       f'<tr><td>{bl(u["knowledge"])}</td><td>{bl(u["skills"])}</td></tr></table></td></tr>')
        else:
            row("Conoscenze", bl(u["knowledge"]))
            row("Abilità", bl(u["skills"]))
        row("Indicatori di valutazione", E(u["ind"]))
        row("Soglia minima di prestazione", E(u["soglia"]))
    out.append("</table>")
    return "\n".join(out)


def campania_body(c, st):
    """Campania 'STANDARD FORMATIVO' key/value sheet (EQF 4/5 layout with the duration rows)."""
    fn = st.get("footnotes", {})  # field -> mark html
    tstyle = st.get("table", "grid")
    bd = {"grid": "border:1px solid #000;", "none": "", "hrules": "border-bottom:1px solid #000;"}[tstyle]
    lw = st.get("label_width", "35%")
    vva = st.get("value_valign", "top")
    out = [f'<style>table.k {{ width:100%; border-collapse:collapse; }} table.k td {{ {bd} padding:{st.get("pad", "2px 4px")};'
           f' vertical-align:top; }} table.k td.l {{ width:{lw}; }} table.k td.v {{ vertical-align:{vva}; }}'
           f' .cap {{ font-weight:bold; margin-top:3mm; }} sup {{ font-size:0.7em; }}</style>']
    out.append('<p style="text-align:center;font-weight:bold">REPERTORIO DEI TITOLI E DELLE QUALIFICAZIONI DELLA '
               'REGIONE CAMPANIA</p>')
    out.append('<div class="cap">STANDARD FORMATIVO</div><table class="k">')

    def row(k, v, key=None):
        mark = fn.get(key, "") if key else ""
        out.append(f'<tr><td class="l">{E(k)}</td><td class="v">{v}{mark}</td></tr>')

    d = c["dur"]
    row("Denominazione Qualificazione", E(c["title"]))
    row("Denominazione Standard Formativo", E(c["title"]))
    row("Durata percorso Formativo", "1 anni")
    row("Livello EQF", str(c["eqf"]))
    row("Settore Economico Professionale", E(f"SEP {c['sep'][0]} - {c['sep'][1]}"))
    row("Area di Attività", E(f"{c['ada'][0]} - {c['ada'][1]}"))
    row("Processo", E(c["processo"]))
    row("Sequenza di processo", E(c["sequenza"]))
    row("Qualificazione regionale di riferimento", E(c["title"]))
    row("Descrizione qualificazione", E(c["description"]))
    row("Referenziazione ATECO 2007", " ".join(E(f"{c['ateco_letter']}.{a} - {b}") for a, b in c["ateco"]))
    row("Referenziazione ISTAT CP2011", " ".join(E(f"{a} - {b}") for a, b in c["istat"]))
    row("Codice ISCED-F 2013", E(f"{c['isced'][0]} {c['isced'][1]}"))
    row("Ulteriori indicazioni per l'e-learning", "Secondo quanto previsto dalle disposizioni regionali in materia.")
    row("Durata minima complessiva del percorso (ore)", str(d["total"]), "total")
    row("Durata minima di aula (ore)", str(d["aula"]), "aula")
    row("Durata minima laboratorio (ore)", str(d["lab"]), "lab")
    row("Durata delle attività formative rivolte alle KC (ore)", str(d["kc"]), "kc")
    row("Percentuale durata massima e-learning sincrona in rapporto alla durata d'aula", str(d["sync"]), "sync")
    row("Percentuale durata massima e-learning asincrona in rapporto alla durata d'aula", str(d["async"]), "async")
    row("Durata minima tirocinio curriculare ore", str(d["tir"]), "tir")
    row("Durata minima tirocinio curriculare + Laboratorio (ore)", str(d["tirlab"]), "tirlab")
    row("Requisiti minimi di ingresso dei partecipanti", E(c["entry"]))
    row("Requisiti minimi didattici comuni a tutte le UF/Moduli",
        "Formazione d'aula specifica e formazione tecnica mediante attività pratiche/laboratoriali")
    row("Requisiti minimi di risorse professionali",
        "Docenti qualificati, provenienti per almeno il 50% dal mondo del lavoro.")
    row("Requisiti minimi di risorse strumentali", "È necessario disporre di aule e/o laboratori congruamente "
        "attrezzati")
    row("Requisiti minimi di valutazione degli apprendimenti",
        "1. Prevedere verifiche periodiche di apprendimento a conclusione di ogni UF. 2. Condizione minima di "
        "ammissione all'esame finale è la frequenza di almeno l'%d%% delle ore complessive del percorso "
        "formativo. 3. Esame finale pubblico in conformità alle disposizioni regionali vigenti." % c["att_min"])
    row("Percentuale Assenza massima consentita", str(c["absence"]), "absence")
    row("Percentuale Termine ultimo di inserimento (TUI)", "20")
    row("Attestazione in esito", "Certificazione di qualifica professionale")
    row("Normativa di riferimento", "")
    row("Grado minimo d'istruzione previsto", "Licenza media")
    row("Età minima prevista in ingresso", "18 anni")
    row("Gestione dei crediti formativi", "E' ammesso il riconoscimento dei crediti formativi (di ammissione e di "
        "frequenza) in conformità alle disposizioni previste dalla normativa regionale vigente")
    row("Eventuali ulteriori indicazioni", "")
    row("Composizione Standard Formativo", "Unità Formative")
    out.append("</table>")
    out.append('<div class="cap">ELENCO DELLE UNITA\' FORMATIVE</div><p>'
               + " ".join(f"{i + 1} - {E(u['title'])}" for i, u in enumerate(c["units"])) + "</p>")
    out.append('<div class="cap">CORSI ANNUALITÀ</div><table class="k" style="width:60%"><tr><td>Anno</td><td>Ore'
               '</td><td>Esame Intermedio</td></tr>'
               + "".join(f"<tr><td>{y[0]}° Anno</td><td>{y[1]}</td><td>{'Sì' if y[2] else 'No'}</td></tr>"
                         for y in c["years"]) + "</table>")
    for i, u in enumerate(c["units"]):
        out.append(f'<div class="cap">DETTAGLIO UNITA\' FORMATIVA n.{i + 1}</div><table class="k">')
        row("Denominazione unità formativa", E(u["title"]))
        row("Livello EQF", str(c["eqf"]))
        row("Denominazione unità di competenza", E(f"{u['uc']} ({u['uc_code']})"))
        row("Descrizione della performance da osservare", E(u["result"]))
        row("Descrizione breve", "")
        row("Abilità", "<br>".join(f"{j + 1}. {E(x)}" for j, x in enumerate(u["skills"])))
        row("Conoscenze", "<br>".join(f"{j + 1}. {E(x)}" for j, x in enumerate(u["knowledge"])))
        row("Durata minima di aula (ore)", str(u["hours"]), "uf_hours")
        row("Durata minima tirocinio curriculare (ore)", "")
        row("Note (eventuali)", "")
        out.append("</table>")
    if st.get("footnote_text"):
        out.append('<div style="font-size:0.8em;margin-top:4mm;border-top:1px solid #000;width:40%"></div>'
                   f'<div style="font-size:0.8em">{st["footnote_text"]}</div>')
    return "\n".join(out)


def det_lazio_act(det, annexes):
    num, date_it = det["number"], det["date_it"]
    items = "".join(f"<li>- Allegato {a}: {E(d)};</li>" for a, d in annexes)
    return f"""
<div style="text-align:center"><b>REGIONE LAZIO</b><br>Direzione Regionale Istruzione, Formazione e Politiche per
l'Occupazione<br>Area Programmazione, Organizzazione e Attuazione dell'Offerta di Istruzione e Formazione</div>
<p style="text-align:center;margin-top:6mm"><b>DETERMINAZIONE n. {num} del {date_it}</b><br>Proposta n. {det['proposal']}</p>
<p><b>OGGETTO:</b> {E(det['subject'])}</p>
<p style="text-align:center"><b>IL DIRETTORE DELLA DIREZIONE REGIONALE ISTRUZIONE, FORMAZIONE E POLITICHE PER
L'OCCUPAZIONE</b></p>
<p>SU PROPOSTA del Dirigente dell'Area Programmazione, Organizzazione e Attuazione dell'Offerta di Istruzione e
Formazione;</p>
<p style="text-align:center">VISTI</p>
<ul class="dash"><li>- lo Statuto della Regione Lazio;</li>
<li>- il decreto legislativo 16 gennaio 2013, n. 13;</li>
<li>- la deliberazione della Giunta regionale 11 settembre 2012, n. 452, concernente l'istituzione del Repertorio
regionale delle competenze e dei profili formativi;</li></ul>
<p style="text-align:center">DETERMINA</p>
<p>per le motivazioni espresse in premessa, che si intendono integralmente richiamate:</p>
<p>1. di approvare, ad integrazione del Repertorio regionale, i seguenti allegati, parte integrante e sostanziale
del presente atto:</p><ul class="dash">{items}</ul>
<p>2. di disporre la pubblicazione del presente atto sul Bollettino Ufficiale della Regione Lazio.</p>
<p style="text-align:right;margin-top:10mm">Il Direttore<br>Dott. Marco Ferri<br>(firmato digitalmente)</p>
"""


# ====================================================================== rendering
def render(name, body, st):
    h = f'<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><style>{page_css(st)}</style></head>' \
        f"<body>{body}</body></html>"
    hp = os.path.join(BUILD, name + ".html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(h)
    pdf = os.path.join(HERE, name + ".pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", f"--print-to-pdf={pdf}", "--no-pdf-header-footer",
                    hp], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return pdf


def page_texts(pdf):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout)
            .group(1))
    return [subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), "-layout", pdf, "-"], capture_output=True,
                           text=True).stdout for i in range(1, n + 1)]


def write_expected(name, stds):
    for s in stds:
        s["source"]["file"] = name + ".pdf"
    with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(stds, f, ensure_ascii=False, indent=2)
        f.write("\n")


def single(name, body, st, std):
    pdf = render(name, body, st)
    n = len(page_texts(pdf))
    std["source"]["pageStart"], std["source"]["pageEnd"] = 1, n
    write_expected(name, [std])


def det_doc(name, st, det, annexes):
    """annexes: list of (annex label, description, body html, expected std)."""
    body = det_lazio_act(det, [(a, d) for a, d, _, _ in annexes])
    for a, _, b, _ in annexes:
        body += (f'<div style="page-break-before:always;text-align:right;font-weight:bold">ALLEGATO {a}</div>' + b)
    pdf = render(name, body, st)
    pages = page_texts(pdf)
    starts = []
    for a, _, _, _ in annexes:
        starts.append(next(i + 1 for i, t in enumerate(pages) if re.search(rf"^\s*ALLEGATO {a}\s*$", t, re.M)))
    stds = []
    for k, (a, _, _, std) in enumerate(annexes):
        std["source"]["pageStart"] = starts[k]
        std["source"]["pageEnd"] = (starts[k + 1] - 1) if k + 1 < len(starts) else len(pages)
        std["source"]["annex"] = a
        std["source"]["determination"] = {"number": det["number"], "date": det["date"], "issuer": "Regione Lazio"}
        stds.append(std)
    write_expected(name, stds)


# ====================================================================== Campania data
IDRAULICO = dict(
    title="Tecnico impiantista termoidraulico", eqf=4, sep=("07", "Meccanica, produzione e manutenzione di "
                                                               "macchine, impiantistica"),
    ada=("ADA.07.01.12", "Installazione e manutenzione di impianti termoidraulici"),
    processo="Installazione e manutenzione di impianti", sequenza="Impianti termoidraulici e di condizionamento",
    description=("Il tecnico impiantista termoidraulico progetta in forma esecutiva, installa, collauda e "
                 "manutiene impianti idrico-sanitari, di riscaldamento e di climatizzazione in edifici civili e "
                 "industriali, nel rispetto della normativa tecnica e di sicurezza, coordinando eventualmente "
                 "una piccola squadra di installatori."),
    ateco_letter="F", ateco=[("43.22.01", "Installazione di impianti idraulici, di riscaldamento e di "
                                          "condizionamento dell'aria")],
    istat=[("6.1.3.6.1", "Idraulici nelle costruzioni civili"), ("6.1.3.6.3", "Installatori di impianti termici")],
    isced=("0732", "Building and civil engineering"),
    dur=dict(total=600, aula=280, lab=120, kc=40, sync=20, async_=0, tir=160, tirlab=280),
    att_min=80, absence=20, years=[(1, 600, False)],
    entry=("Possesso di diploma di istruzione secondaria di secondo grado o di qualifica professionale "
           "triennale nel settore. Per i cittadini stranieri è inoltre necessario il possesso di un attestato "
           "di conoscenza della lingua italiana ad un livello non inferiore al B1 del QCER."),
    units=[
        dict(title="Progettazione esecutiva di impianti termoidraulici", uc="Progettare in forma esecutiva "
             "impianti termoidraulici", uc_code="4101", hours=120,
             result="Progetto esecutivo dell'impianto redatto nel rispetto della normativa",
             skills=["Dimensionare le reti di distribuzione idrica e di scarico",
                     "Calcolare il fabbisogno termico dell'edificio",
                     "Redigere schemi di impianto con software CAD"],
             knowledge=["Termotecnica e idraulica di base", "Normativa UNI sugli impianti termici",
                        "Disegno tecnico assistito (CAD)", "Efficienza energetica degli edifici"]),
        dict(title="Installazione e collaudo degli impianti", uc="Installare e collaudare impianti termoidraulici",
             uc_code="4102", hours=140,
             result="Impianto installato e collaudato secondo progetto",
             skills=["Posare tubazioni in rame, multistrato e acciaio", "Installare generatori di calore e pompe "
                     "di calore", "Eseguire le prove di tenuta e il collaudo funzionale",
                     "Compilare la dichiarazione di conformità"],
             knowledge=["Materiali e tecniche di giunzione delle tubazioni", "Generatori di calore e pompe di "
                        "calore", "Procedure di collaudo", "DM 37/2008"]),
        dict(title="Manutenzione degli impianti termici", uc="Manutenere impianti termici civili", uc_code="4103",
             hours=100, result="Impianto mantenuto in efficienza e libretto di impianto aggiornato",
             skills=["Eseguire la manutenzione ordinaria del generatore", "Effettuare l'analisi dei fumi di "
                     "combustione"],
             knowledge=["Libretto di impianto e rapporto di efficienza energetica", "Analizzatori di combustione",
                        "DPR 74/2013"]),
    ])
IDRAULICO["dur"]["async"] = IDRAULICO["dur"].pop("async_")

CASEARIO = dict(
    title="Tecnico della produzione casearia", eqf=4, sep=("01", "Agricoltura, silvicoltura e pesca"),
    ada=("ADA.01.08.03", "Trasformazione del latte e produzione di formaggi"),
    processo="Produzioni alimentari", sequenza="Trasformazione lattiero-casearia",
    description=("Il tecnico della produzione casearia gestisce il processo di trasformazione del latte in "
                 "formaggi freschi e stagionati, dalla ricezione della materia prima alla stagionatura, "
                 "controllando i parametri di processo, la qualità e la sicurezza igienica del prodotto, con "
                 "particolare riferimento alla mozzarella di bufala campana DOP."),
    ateco_letter="C", ateco=[("10.51.20", "Produzione dei derivati del latte")],
    istat=[("6.5.1.4.0", "Casari e formaggiai"), ("3.2.2.3.1", "Tecnici della produzione alimentare")],
    isced=("0721", "Food processing"),
    dur=dict(total=500, aula=220, lab=100, kc=30, sync=15, async_=10, tir=150, tirlab=250),
    att_min=80, absence=20, years=[(1, 500, False)],
    entry=("Possesso di diploma di istruzione secondaria di secondo grado. Per i cittadini stranieri è inoltre "
           "necessario il possesso di un attestato di conoscenza della lingua italiana ad un livello non "
           "inferiore al B1 del QCER."),
    units=[
        dict(title="Ricevimento e controllo del latte", uc="Controllare la qualità del latte in ingresso",
             uc_code="5120", hours=80, result="Latte accettato o respinto sulla base dei controlli previsti",
             skills=["Prelevare campioni di latte secondo le procedure", "Eseguire analisi rapide di acidità e "
                     "carica batterica", "Registrare i dati di conferimento"],
             knowledge=["Composizione chimica e fisica del latte", "Metodi di analisi rapida",
                        "Requisiti igienici del latte crudo"]),
        dict(title="Trasformazione del latte in formaggi", uc="Condurre il processo di caseificazione",
             uc_code="5121", hours=130, result="Formaggi prodotti secondo la tecnologia prevista",
             skills=["Condurre la coagulazione e la rottura della cagliata", "Eseguire la filatura della pasta",
                     "Formare e salare i prodotti", "Controllare i parametri di processo"],
             knowledge=["Tecnologie casearie per paste filate e paste molli", "Caglio e fermenti lattici",
                        "Disciplinare della mozzarella di bufala campana DOP", "Attrezzature del caseificio"]),
        dict(title="Stagionatura e confezionamento", uc="Gestire stagionatura e confezionamento",
             uc_code="5122", hours=80, result="Prodotti stagionati, confezionati ed etichettati a norma",
             skills=["Gestire temperatura e umidità delle celle di stagionatura", "Confezionare in atmosfera "
                     "protettiva"],
             knowledge=["Processi di maturazione dei formaggi", "Etichettatura dei prodotti alimentari"]),
    ])
CASEARIO["dur"]["async"] = CASEARIO["dur"].pop("async_")


# ====================================================================== the documents
LAZIO_HDR = "REGIONE LAZIO - Direzione Regionale Istruzione, Formazione e Politiche per l'Occupazione"


def docs():
    D = {}

    # 1. dense boxed, serif 9, portrait
    st = dict(font="'Liberation Serif'", size=9, page_header=LAZIO_HDR, footer="Pag. ", table="boxed",
              pad="0 1px", justify=True, cols=[6, 66, 30, 11, 11, 0], lh="1.1")
    D["qe_boxed_lazio-ristorazione-serif"] = lambda n: single(
        n, lazio_body(RISTORAZIONE, st), st, lazio_expected(RISTORAZIONE, "Lazio"))

    # 2. dense boxed, mono 8, landscape, no page header (region null)
    st2 = dict(font="'DejaVu Sans Mono'", size=8, footer="Pagina ", table="boxed", pad="0 0", justify=True,
               landscape=True, cols=[7, 100, 45, 14, 14, 0], lh="1.15", label_css="font-weight:bold;")
    D["qe_boxed_lazio-verde-mono-landscape"] = lambda n: single(
        n, lazio_body(VERDE, st2), st2, lazio_expected(VERDE, None))

    # 3. tall unruled rows, hours + FaD at the foot, credits centred
    st3 = dict(font="'Liberation Sans'", size=10, page_header=LAZIO_HDR, footer="Pag. ", table="none",
               valign={"hours": "bottom", "fad": "bottom", "credit": "middle", "title": "middle"},
               row_gap="10px", cols=[8, 70, 32, 14, 14, 0], rule_under_header=True)
    D["qe_tallrow_lazio-logistica-foot"] = lambda n: single(
        n, lazio_body(LOGISTICA, st3), st3, lazio_expected(LOGISTICA, "Lazio"))

    # 4. determination: profile (grid) + Lazio standard with tall rows, figures centred, credits at the foot
    st4 = dict(font="'Liberation Serif'", size=10.5, footer="Pag. ",
               footer_left="Atto n. G07731 del 12/03/2024", table="none",
               valign={"hours": "middle", "fad": "middle", "credit": "bottom", "n": "middle"}, row_gap="8px",
               cols=[8, 68, 30, 13, 13, 0])
    det4 = dict(number="G07731", date="2024-03-12", date_it="12/03/2024", proposal="9120 del 05/03/2024",
                subject="Aggiornamento del Repertorio regionale delle qualificazioni e degli standard formativi. "
                        "Approvazione del profilo professionale di \"Addetto alla panificazione\" e dello standard "
                        "minimo di percorso formativo di \"Operatore della panificazione e della pasticceria\" "
                        "(allegati 7 e 8).")
    D["qe_tallrow_det-lazio-panificazione"] = lambda n: det_doc(n, st4, det4, [
        ("7", "profilo professionale di \"Addetto alla panificazione\"", profile_body(PROFILO_PANE, {}),
         profile_expected(PROFILO_PANE, "Lazio")),
        ("8", "standard minimo di percorso formativo di \"Operatore della panificazione e della pasticceria\"",
         lazio_body(PANIFICAZIONE, st4), lazio_expected(PANIFICAZIONE, "Lazio"))])

    # 5. figures centred between the lines of a wrapped label, no rules (content lines kept on one line each)
    st5 = dict(font="'DejaVu Serif'", size=8.5, page_header=LAZIO_HDR, footer="Pag. ", table="none",
               landscape=True, content_nowrap=True,
               valign={"hours": "middle", "fad": "middle", "credit": "middle", "title": "middle", "n": "middle"},
               cols=[8, 105, 34, 16, 16, 0], row_gap="6px")
    D["qe_centred_lazio-sartoria-landscape"] = lambda n: single(
        n, lazio_body(SARTORIA, st5), st5, lazio_expected(SARTORIA, "Lazio"))

    # 6. Campania sheet, narrow wrapped labels, values centred in the row, no rules
    st6 = dict(font="'Liberation Sans'", size=9.5, footer="Pag. ", table="none", label_width="22%",
               value_valign="middle", pad="3px 4px")
    D["qe_centred_campania-termoidraulico"] = lambda n: single(
        n, campania_body(IDRAULICO, st6), st6, campania_expected(IDRAULICO))

    # 7. wide centred headers over narrower columns, boxed
    st7 = dict(font="'Liberation Sans'", size=8.5, page_header=LAZIO_HDR, footer="Pag. ", table="boxed",
               header_mode="wide", cols=[13, 56, 36, 12, 12, 0], pad="1px 2px",
               headers={"content": "Articolazione dell'Unità di competenza/ contenuti",
                        "hours": "Durata minima (ore)", "fad": "di cui FaD (ore)",
                        "title": "Unità di Risultati di apprendimento"},
               header_levels={"content": 0, "n": 2, "title": 2, "hours": 1, "fad": 3, "credit": 0})
    D["qe_wideheader_lazio-magazzino-boxed"] = lambda n: single(
        n, lazio_body(MAGAZZINO, st7), st7, lazio_expected(MAGAZZINO, "Lazio"))

    # 8. wide centred headers, unruled, landscape, serif 11
    st8 = dict(font="'Liberation Serif'", size=11, page_header=LAZIO_HDR, footer="Pag. ", table="none",
               landscape=True, header_mode="wide", cols=[9, 70, 52, 16, 16, 0], pad="1px 3px",
               headers={"content": "Articolazione dell'Unità di competenza/ contenuti",
                        "hours": "Durata minima (ore)", "fad": "di cui in FaD (ore max)",
                        "title": "Unità di Risultati di apprendimento", "credit": "Crediti formativi"},
               header_levels={"content": 0, "n": 1, "title": 1, "hours": 0, "fad": 2, "credit": 1})
    D["qe_wideheader_lazio-turismo-unruled"] = lambda n: single(
        n, lazio_body(TURISMO, st8), st8, lazio_expected(TURISMO, "Lazio"))

    # 9. boxed table cut by page breaks, header repeated
    st9 = dict(font="'DejaVu Sans'", size=10, page_header=LAZIO_HDR, footer="Pag. ", table="boxed",
               thead_repeat=True, cols=[8, 72, 32, 13, 13, 0], pad="1px 3px")
    D["qe_pagebreak_lazio-elettricista-thead"] = lambda n: single(
        n, lazio_body(ELETTRICISTA, st9), st9, lazio_expected(ELETTRICISTA, "Lazio"))

    # 10. determination, boxed table cut by page breaks, header NOT repeated; declared total 210 (units 200)
    st10 = dict(font="'Liberation Serif'", size=10.5, footer="Pag. ", footer_left="Atto n. G11802 del 27/06/2024",
                table="boxed", thead_repeat=False, cols=[8, 72, 32, 13, 13, 0], pad="1px 3px")
    det10 = dict(number="G11802", date="2024-06-27", date_it="27/06/2024", proposal="15044 del 20/06/2024",
                 subject="Aggiornamento del Repertorio regionale. Approvazione dello standard minimo di percorso "
                         "formativo della qualificazione di \"Operatore della carpenteria metallica\" (allegato 3).")
    D["qe_pagebreak_det-lazio-carpenteria-nohead"] = lambda n: det_doc(n, st10, det10, [
        ("3", "standard minimo di percorso formativo di \"Operatore della carpenteria metallica\"",
         lazio_body(CARPENTERIA, st10, total_override=210),
         lazio_expected(CARPENTERIA, "Lazio", total_override=210))])

    # 11. Campania sheet with footnote marks on the figures
    sup = lambda k: f"<sup>({k})</sup>"  # noqa
    st11 = dict(font="'Liberation Serif'", size=10, footer="Pag. ", table="grid",
                footnotes={"total": sup(1), "aula": sup(2), "tir": " " + sup(3), "sync": "*", "absence": sup(4),
                           "uf_hours": "<sup>(2)</sup>", "kc": " (*)"},
                footnote_text="(1) Al netto delle ore di tirocinio extracurriculare.<br>(2) Comprensive delle ore "
                              "di laboratorio in aula attrezzata.<br>(3) Da svolgersi presso caseifici "
                              "convenzionati.<br>(4) Calcolata sul monte ore complessivo.<br>(*) Secondo le "
                              "disposizioni regionali vigenti.")
    D["qe_own_campania-casearia-footnotes"] = lambda n: single(
        n, campania_body(CASEARIO, st11), st11, campania_expected(CASEARIO))

    # 12. profile with knowledge and skills side by side
    st12 = dict(font="'DejaVu Sans'", size=9, footer="", two_column=True)
    D["qe_own_profilo-animali-two-column"] = lambda n: single(
        n, profile_body(PROFILO_ANIMALI, st12), st12, profile_expected(PROFILO_ANIMALI, None))
    return D


if __name__ == "__main__":
    want = sys.argv[1:]
    for name, fn in docs().items():
        if want and not any(w in name for w in want):
            continue
        fn(name)
        print("wrote", name)
