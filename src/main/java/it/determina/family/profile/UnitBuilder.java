package it.determina.family.profile;

import it.determina.family.AnnexContent;
import it.determina.family.Entry;
import it.determina.family.Evidence;
import it.determina.family.ListLines;
import it.determina.family.Labels;
import it.determina.layout.TextLine;
import it.determina.model.Evaluation;
import it.determina.model.Unit;
import it.determina.model.UnitKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Collects the rows of one competence unit of a profile. */
final class UnitBuilder {

    // "2) Gestire il servizio di accoglienza e assistenza clienti da remoto"
    static final java.util.regex.Pattern NUMBERED_TITLE = java.util.regex.Pattern.compile("^(\\d{1,2})\\s*[).:\\-–]\\s*(\\S.*)$");

    static final Pattern EXPECTED = Pattern.compile("risultatoatteso|descrizionedellaperformance");
    static final Pattern KNOWLEDGE = Pattern.compile("conoscenze");
    static final Pattern SKILLS = Pattern.compile("abilita|capacita");
    static final Pattern INDICATORS = Pattern.compile("indicatoridivalutazione|indicatori");
    static final Pattern THRESHOLD = Pattern.compile("sogliaminima|prestazioneminima|standardminimo");

    /** The cells every competence unit of a profile prints. */
    static final List<String> CELLS = List.of("/title", "/expectedResult", "/knowledge", "/skills", "/evaluation");

    private final int number;
    private final String title;
    private final List<TextLine> expected = new ArrayList<>();
    private final ListLines knowledge = new ListLines();
    private final ListLines skills = new ListLines();
    private final List<TextLine> indicators = new ArrayList<>();
    private final List<TextLine> threshold = new ArrayList<>();

    private UnitBuilder(int number, String title) {
        this.number = number;
        this.title = title;
    }

    static UnitBuilder open(Entry heading, int index, AnnexContent content, Evidence.Builder evidence) {
        String at = "/units/" + index;
        evidence.at(at, heading.region()).labelled(at + "/title");
        for (String cell : CELLS) {
            evidence.expects(at + cell);
        }
        Matcher m = ProfileFamily.heading(heading.label());
        int number = m != null && m.group(1) != null ? Integer.parseInt(m.group(1)) : index + 1;
        String title = heading.hasValue() ? content.cleaner().join(heading.valueLines())
                : m == null ? heading.label() : m.group(2).trim();
        // the number printed at the head of the value cell when the heading is a label beside it
        Matcher numbered = NUMBERED_TITLE.matcher(title);
        if (heading.hasValue() && numbered.matches()) {
            number = m != null && m.group(1) != null ? number : Integer.parseInt(numbered.group(1));
            title = numbered.group(2).trim();
        }
        return new UnitBuilder(number, title);
    }

    /** Takes one row of the unit; false when no label of a unit claims it. */
    boolean accept(Entry e, String at, Evidence.Builder evidence) {
        if (Labels.is(e.label(), EXPECTED)) {
            expected.addAll(e.value());
            evidence.labelled(at + "/expectedResult");
        } else if (Labels.is(e.label(), KNOWLEDGE)) {
            knowledge.add(e);
            evidence.labelled(at + "/knowledge");
        } else if (Labels.is(e.label(), SKILLS)) {
            skills.add(e);
            evidence.labelled(at + "/skills");
        } else if (Labels.is(e.label(), INDICATORS)) {
            indicators.addAll(e.value());
            evidence.labelled(at + "/evaluation");
        } else if (Labels.is(e.label(), THRESHOLD)) {
            threshold.addAll(e.value());
            evidence.labelled(at + "/evaluation");
        } else {
            return false;
        }
        return true;
    }

    Unit build(AnnexContent content) {
        Evaluation evaluation = indicators.isEmpty() && threshold.isEmpty() ? null
                : new Evaluation(text(indicators, content), text(threshold, content));
        return new Unit(number, UnitKind.COMPETENCE_UNIT, title, null, null, null, null, null, null,
                text(expected, content), knowledge.items(content), skills.items(content), evaluation);
    }

    private static String text(List<TextLine> lines, AnnexContent content) {
        String t = content.cleaner().join(lines.stream().map(TextLine::text).toList());
        return t.isEmpty() ? null : t;
    }

}
