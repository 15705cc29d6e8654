package it.determina.family.campania;

import it.determina.family.AnnexContent;
import it.determina.family.DocumentFamily;
import it.determina.family.Entry;
import it.determina.family.Evidence;
import it.determina.family.KeyValueReader;
import it.determina.family.Labels;
import it.determina.family.RegionFinder;
import it.determina.family.StandardDraft;
import it.determina.model.Kind;
import it.determina.model.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Campania's "standard formativo": a key/value table for the standard, the list of training units
 * (ELENCO), the yearly hours (CORSI ANNUALITÀ) and one key/value table per unit (DETTAGLIO UNITA'
 * FORMATIVA), each opened by its "Denominazione unità formativa" row.
 */
public final class CampaniaStandardFamily implements DocumentFamily {

    static final Pattern STANDARD_NAME = Pattern.compile("denominazionestandardformativo");
    static final Pattern UNIT_NAME = Pattern.compile("denominazioneunitaformativa|denominazioneuf");
    static final Pattern UNIT_DETAIL = Pattern.compile("dettagliounitaformativa");
    // "DETTAGLIO UNITA' FORMATIVA n.1" as a comparable key
    static final Pattern DETAIL_NUMBER = Pattern.compile("dettagliounitaformativan?(\\d{1,2})$");

    @Override
    public String name() {
        return "campania-standard";
    }

    @Override
    public boolean recognises(AnnexContent content) {
        return KeyValueReader.entries(content).stream()
                .anyMatch(e -> Labels.is(e.label(), STANDARD_NAME) || Labels.is(e.label(), UNIT_DETAIL));
    }

    @Override
    public StandardDraft parse(AnnexContent content) {
        Evidence.Builder evidence = new Evidence.Builder().page("", content.part().pageStart());
        StandardFields fields = new StandardFields(content, evidence);
        List<Unit> units = new ArrayList<>();
        TrainingUnitBuilder unit = null;
        Integer captionNumber = null;
        for (Entry e : KeyValueReader.entries(content)) {
            Matcher caption = DETAIL_NUMBER.matcher(Labels.key(e.label()));
            if (caption.lookingAt()) {
                captionNumber = Integer.parseInt(caption.group(1));
            }
            if (Labels.is(e.label(), UNIT_NAME)) {
                if (unit != null) {
                    units.add(unit.build());
                }
                int number = captionNumber == null ? units.size() + 1 : captionNumber;
                unit = new TrainingUnitBuilder(e, units.size(), number, content, evidence);
                captionNumber = null;
            } else if (unit != null && !Labels.is(e.label(), UNIT_DETAIL)) {
                unit.accept(e);
            } else if (unit == null) {
                fields.accept(e);
            }
        }
        if (unit != null) {
            units.add(unit.build());
        }
        List<String> listed = fields.listedUnits();
        for (int i = 0; i < units.size() && i < listed.size(); i++) {
            evidence.altTitle(i, listed.get(i), fields.listPage());
        }
        if (!listed.isEmpty()) {
            evidence.listed(listed.size(), "the ELENCO DELLE UNITA' FORMATIVE", fields.listPage());
        }
        fields.expectFields();
        return new StandardDraft(Kind.TRAINING_STANDARD,
                RegionFinder.find(content.textWithFurniture(), content.actRegion()), fields.title(), fields.eqf(),
                fields.description(), fields.classification(), fields.duration(), fields.attendance(), null,
                fields.entryRequirements(), units, evidence.build());
    }
}
