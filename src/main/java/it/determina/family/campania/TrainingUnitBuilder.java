package it.determina.family.campania;

import it.determina.family.AnnexContent;
import it.determina.family.Entry;
import it.determina.family.Evidence;
import it.determina.family.ListLines;
import it.determina.family.UnreadEntries;
import it.determina.family.Labels;
import it.determina.model.CompetenceUnitRef;
import it.determina.model.Unit;
import it.determina.model.UnitKind;
import it.determina.normalize.Figures;
import it.determina.normalize.Reading;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Collects the rows of one "DETTAGLIO UNITA' FORMATIVA" table. */
final class TrainingUnitBuilder {

    static final Pattern COMPETENCE = Pattern.compile("denominazioneunitadicompetenza|unitadicompetenza");
    static final Pattern EXPECTED = Pattern.compile("risultatoatteso|descrizionedellaperformance");
    static final Pattern KNOWLEDGE = Pattern.compile("conoscenze");
    static final Pattern SKILLS = Pattern.compile("abilita|capacita");
    static final Pattern CLASSROOM = Pattern.compile("durataminimadiaula|duratadiaula|durataminimaaula");
    /** The cells every training unit prints (its hours row only in some layouts). */
    static final List<String> CELLS = List.of("/title", "/competenceUnit", "/expectedResult", "/knowledge", "/skills");
    // "Fornire informazioni e assistenza tramite servizio di call center (2299)"
    static final Pattern UC_CODE = Pattern.compile("\\s*\\((\\d{2,6})\\)\\s*$");

    private final int index;
    private final int number;
    private final String title;
    private final AnnexContent content;
    private final Evidence.Builder evidence;
    private @Nullable CompetenceUnitRef competence;
    private @Nullable String expected;
    private final ListLines knowledge = new ListLines();
    private final ListLines skills = new ListLines();
    private @Nullable Number minHours;

    TrainingUnitBuilder(Entry name, int index, int number, AnnexContent content, Evidence.Builder evidence) {
        this.index = index;
        this.number = number;
        this.content = content;
        this.evidence = evidence;
        this.title = content.cleaner().join(name.valueLines());
        String at = "/units/" + index;
        evidence.at(at, name.region()).labelled(at + "/title");
        for (String cell : CELLS) {
            evidence.expects(at + cell);
        }
    }

    void accept(Entry e) {
        String value = content.cleaner().join(e.valueLines());
        String at = "/units/" + index;
        if (Labels.is(e.label(), COMPETENCE)) {
            evidence.labelled(at + "/competenceUnit");
            if (competence == null && !value.isEmpty()) {
                Matcher m = UC_CODE.matcher(value);
                competence = m.find() ? new CompetenceUnitRef(value.substring(0, m.start()).trim(), m.group(1))
                        : new CompetenceUnitRef(value, null);
            }
        } else if (Labels.is(e.label(), EXPECTED)) {
            evidence.labelled(at + "/expectedResult");
            if (expected == null && !value.isEmpty()) {
                expected = value;
            }
        } else if (Labels.is(e.label(), KNOWLEDGE)) {
            evidence.labelled(at + "/knowledge");
            knowledge.add(e);
        } else if (Labels.is(e.label(), SKILLS)) {
            evidence.labelled(at + "/skills");
            skills.add(e);
        } else if (Labels.is(e.label(), CLASSROOM)) {
            Reading r = Figures.parseHours(value);
            String pointer = "/units/" + index + "/minHours";
            if (r.isMissing()) {
                evidence.missing(pointer, e.label(), r.raw(), e.region());
            } else {
                evidence.at(pointer, e.region());
            }
            minHours = r.value();
        } else if (UnreadEntries.isContent(e)) {
            evidence.unread(at, UnreadEntries.text(e, content), e.page());
        }
    }

    Unit build() {
        return new Unit(number, UnitKind.TRAINING_UNIT, title, competence, minHours, null, null, null, null,
                expected, knowledge.items(content), skills.items(content), null);
    }

}
