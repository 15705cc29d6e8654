# -*- coding: utf-8 -*-
import json, re, unicodedata, html, sys
import os
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from data import *
esc = html.escape

def slug(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()
    return re.sub(r'[^a-z0-9]+', '-', s).strip('-')

# ---------- expected JSON ----------
def lazio_expected(d, fname, pages):
    units = []
    for i, u in enumerate(d['units']):
        units.append(dict(number=i+1, kind="learning-outcome-unit", title=u['title'],
            competenceUnit=({"title": u['uc'], "code": None} if u['uc'] else None),
            minHours=u['h'], distanceMaxHours=u['fadv'],
            credit={"recognition": u['cr'][0], "priorValue": u['cr'][1], "text": u['cr'][2]},
            expectedResult=None, knowledge=u['k'], skills=u['s'], evaluation=None))
    return dict(schemaVersion="1.0", id="lazio:training-standard:" + slug(d['title']), kind="training-standard",
        region="Lazio", title=d['title'], eqfLevel=d['eqf'], description=None,
        classification=dict(sector=None, ada=[], istat=[], ateco=[], isced=[]),
        duration=dict(totalHours=d['total'], classroomHours=None, labHours=None, keyCompetenceHours=None,
            internship=dict(minHours=d['intern_min'], maxHours=None, maxPercentOfTotal=d['intern_pct'], withLabMinHours=None),
            distanceLearning=dict(maxHours=d['fadtot'], syncMaxPercentOfClassroom=None, asyncMaxPercentOfClassroom=None),
            additionalUnitsMaxPercent=d['add_pct'], years=[]),
        attendance=dict(minPercent=d['att'], minPercentWithApproval=d['att_appr'], maxAbsencePercent=None),
        credits=dict(attendanceMaxPercent=d['cr_att'], internshipMaxPercent=d['cr_int']),
        entryRequirements=d['reqs'], units=units, flags=[],
        source=dict(file=fname, sha256=None, pageStart=1, pageEnd=pages, annex=None, determination=None))

def camp_expected(d, fname, pages):
    e4 = d['layout'] == 'eqf4'
    units = []
    for i, u in enumerate(d['units']):
        units.append(dict(number=i+1, kind="training-unit", title=u['title'],
            competenceUnit={"title": u['uc'][0], "code": u['uc'][1]},
            minHours=u.get('h'), distanceMaxHours=None, credit=None, expectedResult=u['res'],
            knowledge=u['k'], skills=u['s'], evaluation=None))
    dur = dict(totalHours=d['total'], classroomHours=d.get('classroom'), labHours=d.get('lab'), keyCompetenceHours=d.get('kc'),
        internship=(dict(minHours=d['intern'], maxHours=None, maxPercentOfTotal=None, withLabMinHours=d['internlab']) if e4 else None),
        distanceLearning=(dict(maxHours=None, syncMaxPercentOfClassroom=d['sync'], asyncMaxPercentOfClassroom=d['asyncp']) if e4 else None),
        additionalUnitsMaxPercent=None,
        years=[dict(year=y, hours=h, intermediateExam=x) for y, h, x in d['years']])
    return dict(schemaVersion="1.0", id="campania:training-standard:" + slug(d['title']), kind="training-standard",
        region="Campania", title=d['title'], eqfLevel=d['eqf'], description=d['desc'],
        classification=dict(sector={"code": d['sep'][0], "title": d['sep'][1]},
            ada=[{"code": d['ada'][0], "formerCode": None, "title": d['ada'][1]}],
            istat=[{"code": c, "title": t} for c, t in d['istat']],
            ateco=[{"code": c, "title": t} for c, t in d['ateco']],
            isced=[{"code": d['isced'][0], "title": d['isced'][1]}]),
        duration=dur, attendance=dict(minPercent=d['att'], minPercentWithApproval=None, maxAbsencePercent=d['absence']),
        credits=None, entryRequirements=[d['req']], units=units, flags=[],
        source=dict(file=fname, sha256=None, pageStart=1, pageEnd=pages, annex=None, determination=None))

# ---------- HTML ----------
BASE_CSS = """
@page { size: %(size)s; margin: 18mm 15mm 16mm 15mm; }
body { font-family: '%(font)s'; font-size: %(fs)spt; line-height: 1.25; -webkit-print-color-adjust: exact; print-color-adjust: exact; hyphens: none; }
table { border-collapse: collapse; width: 100%%; }
td, th { vertical-align: top; padding: 2px 5px; text-align: left; }
thead { display: table-header-group; }
tr { break-inside: auto; }
.l { margin: 0; }
h3 { font-size: 1em; margin: 10px 0 4px 0; }
.top { text-align: center; font-weight: bold; }
"""

def items(lst, bullet):
    return "".join('<div class="l">%s %s</div>' % (bullet, esc(x)) for x in lst)

def lazio_html(d, style, font, fs, size, bullet="-"):
    css = BASE_CSS % dict(size=size, font=font, fs=fs)
    css += STYLE_CSS[style]
    u = d['units']
    def tbl(cls, head, rows, foot=True, heading=None):
        h = '<table class="%s">' % cls
        h += '<thead><tr>%s</tr></thead>' % head
        if style == 'booktabs' and foot:
            h += '<tfoot><tr class="close"><td colspan="9"></td></tr></tfoot>'
        h += '<tbody>%s</tbody></table>' % rows
        if style == 'boxed':
            h = '<div class="box"><div class="boxhead">%s</div>%s</div>' % (heading, h)
        elif heading:
            h = '<h3>%s</h3>' % heading + h
        return h
    out = ['<div class="top">REGIONE LAZIO - Direzione Regionale Istruzione, Formazione e Politiche per l\'Occupazione</div><br>',
           '<div class="top">STANDARD MINIMO DI PERCORSO FORMATIVO</div>',
           '<div class="top">QUALIFICAZIONE DI %s</div>' % esc(d['title'].upper())]
    rows = "".join('<tr><td>%s</td><td>%s</td></tr>' % (esc(x['uc'] or '--'), esc(x['title'])) for x in u)
    out.append(tbl('t1', '<th>Unità di Competenza</th><th>Unità di Risultati di Apprendimento</th>', rows,
                   heading='1. RAPPORTO FRA UNITÀ DI COMPETENZA E UNITÀ DI RISULTATI DI APPRENDIMENTO:'))
    out.append('<h3>2. LIVELLO EQF DELLA QUALIFICAZIONE IN USCITA: %d</h3>' % d['eqf'])
    out.append('<h3>3. REQUISITI OBBLIGATORI DI ACCESSO AL PERCORSO:</h3>' + items(d['reqs'], '-'))
    rows = ""
    for i, x in enumerate(u):
        art = '<div class="l">Conoscenze</div>' + items(x['k'], bullet)
        if x['s']:
            art += '<div class="l">Abilità</div>' + items(x['s'], bullet)
        crt = x['cr'][2]
        if '. Credito di frequenza' in crt:
            a, b = crt.split('. Credito di frequenza', 1)
            crt = esc(a) + '.<br>' + esc('Credito di frequenza' + b)
        else:
            crt = esc(crt)
        rows += '<tr><td>%d.</td><td>%s</td><td>%s</td><td class="n">%d</td><td class="n">%s</td><td>%s</td></tr>' % (
            i+1, art, esc(x['title']), x['h'], esc(x['fad']), crt)
    rows += '<tr class="tot"><td colspan="3"><b>DURATA MINIMA TOTALE</b></td><td class="n"><b>%d</b></td><td class="n"><b>Max %d</b></td><td></td></tr>' % (d['total'], d['fadtot'])
    head = '<th style="width:4%">N.</th><th style="width:36%">Articolazione dell\'Unità di competenza/ Contenuti</th><th style="width:17%">Unità di Risultati di apprendimento</th><th style="width:8%">Durata minima</th><th style="width:8%">di cui in FaD</th><th>Crediti formativi</th>'
    out.append(tbl('t4', head, rows, heading='4. ARTICOLAZIONE, PROPEDEUTICITÀ E DURATE MINIME:'))
    out.append('<h3>5. TIROCINIO CURRICULARE:</h3><div>Durata minima: %d ore;</div><div>Durata massima: il %d%% sul totale del percorso.</div>' % (d['intern_min'], d['intern_pct']))
    out.append('<h3>6. UNITA\' DI RISULTATI DI APPRENDIMENTO AGGIUNTIVE:</h3><div>A scopo di miglioramento/curvatura della progettazione didattica, nel limite massimo del %d%% delle ore totali di formazione, al netto del tirocinio curriculare.</div>' % d['add_pct'])
    out.append('<h3>7. METODOLOGIA DIDATTICA:</h3><div>Le Unità di risultati di apprendimento vanno realizzate con formazione d\'aula e attività pratiche in laboratorio attrezzato.</div>')
    out.append('<h3>8. VALUTAZIONE DIDATTICA DEGLI APPRENDIMENTI:</h3><div>Obbligo di tracciabile valutazione didattica degli apprendimenti, per singola Unità di risultati di apprendimento.</div>')
    out.append('<h3>9. GESTIONE DEI CREDITI FORMATIVI:</h3><div>- Credito di ammissione: --.</div><div>- Crediti di frequenza: la percentuale massima riconoscibile è il %d%% sulla durata di ore d\'aula o laboratorio; il %d%% sul tirocinio curriculare, al netto degli eventuali crediti con valore a priori.</div>' % (d['cr_att'], d['cr_int']))
    out.append('<h3>10. REQUISITI PROFESSIONALI E STRUMENTALI:</h3><div>Formatori con esperienza almeno triennale nel settore di riferimento; laboratori adeguatamente attrezzati.</div>')
    out.append('<h3>11. ATTESTAZIONE IN ESITO RILASCIATA DAL SOGGETTO ATTUATORE:</h3><div>Documento di formalizzazione degli apprendimenti, con indicazione del numero di ore di effettiva frequenza. Condizioni di ammissione all\'esame finale: frequenza di almeno l\'%d%% delle ore complessive del percorso formativo. È consentita l\'ammissione all\'esame finale, anche a fronte della frequenza di almeno il %d%% delle ore complessive del percorso formativo, previo parere favorevole - documentato - del collegio dei docenti/formatori.</div>' % (d['att'], d['att_appr']))
    out.append('<h3>12. ATTESTAZIONE IN ESITO AD ESAME PUBBLICO:</h3><div>Certificato di qualificazione professionale, rilasciato ai sensi del D.lgs. 13/2013.</div>')
    return '<!doctype html><html lang="it"><meta charset="utf-8"><style>%s</style><body>%s</body></html>' % (css, "\n".join(out))

def camp_html(d, style, font, fs, size, bullet="1."):
    css = BASE_CSS % dict(size=size, font=font, fs=fs) + STYLE_CSS[style]
    e4 = d['layout'] == 'eqf4'
    def lst(xs):
        if bullet == "1.":
            return items_num(xs)
        return items(xs, bullet)
    def items_num(xs):
        return "".join('<div class="l">%d. %s</div>' % (i+1, esc(x)) for i, x in enumerate(xs))
    def kv(rows, heading, cls='kv'):
        body = "".join('<tr><td class="lab">%s</td><td>%s</td></tr>' % (esc(a), b) for a, b in rows)
        if style == 'boxed':
            return '<div class="box"><div class="boxhead">%s</div><table class="%s"><tbody>%s</tbody></table></div>' % (heading, cls, body)
        if style == 'booktabs':
            return '<table class="%s"><thead><tr><th colspan="2">%s</th></tr></thead><tfoot><tr class="close"><td colspan="2"></td></tr></tfoot><tbody>%s</tbody></table>' % (cls, heading, body)
        if style in ('zebra', 'norules'):
            return '<table class="%s"><thead><tr><th colspan="2">%s</th></tr><tr><th class="lab">Voce</th><th>Descrizione</th></tr></thead><tbody>%s</tbody></table>' % (cls, heading, body)
        return '<h3>%s</h3><table class="%s"><tbody>%s</tbody></table>' % (heading, cls, body)
    E_ = esc
    rows = []
    if e4:
        rows.append(('Denominazione Qualificazione', E_(d['title'])))
    rows += [('Denominazione Standard Formativo', E_(d['title'])), ('Livello EQF', str(d['eqf'])),
        ('Settore Economico Professionale', 'SEP %s - %s' % d['sep']), ('Area di Attività', E_('%s - %s' % d['ada'])),
        ('Processo', E_(d['processo'])), ('Sequenza di processo', E_(d['sequenza'])),
        ('Qualificazione regionale di riferimento', E_(d['title'])), ('Descrizione qualificazione', E_(d['desc'])),
        ('Referenziazione ATECO 2007', '<br>'.join(E_('N.%s - %s' % a) for a in d['ateco'])),
        ('Referenziazione ISTAT CP2011', '<br>'.join(E_('%s - %s' % a) for a in d['istat'])),
        ('Codice ISCED-F 2013', E_('%s %s' % d['isced']))]
    if e4:
        rows += [('Ulteriori indicazioni per l\'e-learning', 'Secondo quanto previsto dalle disposizioni regionali in materia.'),
            ('Durata minima complessiva del percorso (ore)', str(d['total'])),
            ('Durata minima di aula (ore)', str(d['classroom'])), ('Durata minima laboratorio (ore)', str(d['lab'])),
            ('Durata delle attività formative rivolte alle KC (ore)', str(d['kc'])),
            ('Percentuale durata massima e-learning sincrona in rapporto alla durata d\'aula', str(d['sync'])),
            ('Percentuale durata massima e-learning asincrona in rapporto alla durata d\'aula', str(d['asyncp'])),
            ('Durata minima tirocinio curriculare ore', str(d['intern'])),
            ('Durata minima tirocinio curriculare + Laboratorio (ore)', str(d['internlab']))]
    else:
        rows.append(('Durata minima complessiva del percorso (ore)', str(d['total'])))
    rows += [('Requisiti minimi di ingresso dei partecipanti', E_(d['req'])),
        ('Requisiti minimi didattici comuni a tutte le UF/segmenti', 'Formazione d\'aula e formazione tecnica mediante attività pratiche di laboratorio'),
        ('Requisiti minimi di risorse professionali', 'Docenti qualificati provenienti per almeno il 50% dal mondo del lavoro, con esperienza almeno triennale nel settore di riferimento.'),
        ('Requisiti minimi di risorse strumentali', 'Aule e laboratori congruamente attrezzati'),
        ('Requisiti minimi di valutazione e di attestazione degli apprendimenti', E_(d['valut']))]
    if e4:
        rows += [('Percentuale Assenza massima consentita', str(d['absence'])), ('Percentuale Termine ultimo di inserimento (TUI)', '15'),
                 ('Attestazione in esito', 'Certificazione di qualifica professionale')]
    rows += [('Gestione dei crediti formativi', 'E\' ammesso il riconoscimento dei crediti formativi in conformità alla normativa regionale vigente'),
             ('Eventuali ulteriori indicazioni', '')]
    out = ['<div class="top">REPERTORIO DEI TITOLI E DELLE QUALIFICAZIONI DELLA REGIONE CAMPANIA</div>']
    out.append(kv(rows, 'STANDARD FORMATIVO'))
    el = "".join('<div class="l">%d - %s</div>' % (i+1, E_(u['title'])) for i, u in enumerate(d['units']))
    out.append(kv([('Unità formative', el)], "ELENCO DELLE UNITA' FORMATIVE", 'el'))
    yr = "".join('<div class="l">%d° Anno: %d ore - Esame intermedio: %s</div>' % (y, h, 'Sì' if x else 'No') for y, h, x in d['years'])
    out.append('<h3>CORSI ANNUALITÀ</h3><table class="yr"><thead><tr><th>Anno</th><th>Ore</th><th>Esame Intermedio</th></tr></thead><tbody>%s</tbody></table>' %
               "".join('<tr><td>%d° Anno</td><td>%d</td><td>%s</td></tr>' % (y, h, 'Sì' if x else 'No') for y, h, x in d['years']))
    for i, u in enumerate(d['units']):
        r = [('Denominazione unità formativa', E_(u['title'])), ('Livello EQF', str(d['eqf'])),
             ('Denominazione unità di competenza', E_('%s (%s)' % u['uc']))]
        if e4:
            r.append(('Descrizione della performance da osservare', E_(u['res'])))
        else:
            r.append(('Risultato atteso', E_(u['res'])))
        r += [('Abilità', lst(u['s'])), ('Conoscenze', lst(u['k']))]
        if e4:
            r += [('Durata minima di aula (ore)', str(u['h'])), ('Durata minima tirocinio curriculare (ore)', str(u['tir'])), ('Note (eventuali)', '')]
        else:
            r.append(('Vincoli (eventuali)', ''))
        out.append(kv(r, "DETTAGLIO UNITA' FORMATIVA n.%d" % (i+1)))
    return '<!doctype html><html lang="it"><meta charset="utf-8"><style>%s</style><body>%s</body></html>' % (css, "\n".join(out))

STYLE_CSS = {
 'booktabs': """
  thead th { border-top: 1.6px solid #000; border-bottom: 0.8px solid #000; }
  tfoot tr.close td { border-top: 1.6px solid #000; padding: 0; height: 0; }
  table { margin-bottom: 8px; } .n { text-align: center; }
  td.lab { width: 30%; }
 """,
 'boxed': """
  .box { border: 1px solid #000; padding: 5px 6px; margin: 8px 0; }
  .boxhead { font-weight: bold; margin-bottom: 4px; }
  th { font-weight: bold; } td.lab { width: 32%; font-weight: bold; } .n { text-align: center; }
 """,
 'colrules': """
  td + td, th + th { border-left: 1px solid #000; }
  td.lab { width: 22%; } .n { text-align: center; }
  table { margin-bottom: 8px; }
 """,
 'zebra': """
  tbody tr:nth-child(even) td { background: #e3e3e3; }
  thead th { background: #bdbdbd; }
  td.lab { width: 30%; } .n { text-align: center; } table { margin-bottom: 8px; }
 """,
 'norules': """
  body { line-height: 1.4; } thead th { font-weight: bold; }
  td.lab { width: 30%; } .n { text-align: center; } table { margin-bottom: 10px; }
 """,
}

DOCS = [
 ('d1_booktabs_lazio-panificazione', 'lazio', LAZIO_A, 'booktabs', 'DejaVu Serif', 9.5, 'A4 portrait', '-'),
 ('d2_booktabs_campania-cantina', 'camp', CAMP_B, 'booktabs', 'Liberation Sans', 9, 'A4 landscape', '1.'),
 ('d3_boxed_campania-magazzino', 'camp', CAMP_A, 'boxed', 'DejaVu Sans', 9, 'A4 portrait', '1.'),
 ('d4_boxed_lazio-verde', 'lazio', LAZIO_B, 'boxed', 'Liberation Serif', 10.5, 'A4 landscape', '-'),
 ('d5_colrules_campania-magazzino', 'camp', CAMP_A, 'colrules', 'DejaVu Serif', 9.5, 'A4 landscape', '•'),
 ('d6_colrules_lazio-panificazione', 'lazio', LAZIO_A, 'colrules', 'Liberation Sans Narrow', 10, 'A4 portrait', '•'),
 ('d7_zebra_lazio-verde', 'lazio', LAZIO_B, 'zebra', 'Liberation Sans', 9.5, 'A4 portrait', '-'),
 ('d8_norules_campania-cantina', 'camp', CAMP_B, 'norules', 'Liberation Serif', 10, 'A4 portrait', '1.'),
 ('d9_booktabs_lazio-verde', 'lazio', LAZIO_B, 'booktabs', 'Liberation Sans Narrow', 10.5, 'A4 landscape', '•'),
 ('d10_zebra_campania-magazzino', 'camp', CAMP_A, 'zebra', 'DejaVu Sans', 9, 'A4 landscape', '-'),
 ('d11_boxed_campania-cantina', 'camp', CAMP_B, 'boxed', 'Liberation Serif', 10, 'A4 landscape', '1.'),
 ('d12_colrules_campania-cantina', 'camp', CAMP_B, 'colrules', 'DejaVu Sans', 8.5, 'A4 portrait', '•'),
]
if __name__ == '__main__':
    for name, fam, d, style, font, fs, size, b in DOCS:
        h = (lazio_html if fam == 'lazio' else camp_html)(d, style, font, fs, size, b)
        os.makedirs(os.path.join(HERE, 'html'), exist_ok=True)
        open(os.path.join(HERE, 'html', '%s.html' % name), 'w').write(h)
    print('html ok')
