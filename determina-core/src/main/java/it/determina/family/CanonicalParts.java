package it.determina.family;

import it.determina.model.Attendance;
import it.determina.model.Classification;
import it.determina.model.DistanceLearning;
import it.determina.model.Duration;
import it.determina.model.Internship;
import it.determina.model.Sector;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The objects of contract v1 built from a declared family's values by pointer ({@link Values}): an
 * object is null when the standard states none of its values, as the contract says.
 */
final class CanonicalParts {

    private CanonicalParts() {
    }

    static Classification classification(Values v) {
        return new Classification((Sector) v.value("/classification/sector"), v.list("/classification/ada"),
                v.list("/classification/istat"), v.list("/classification/ateco"), v.list("/classification/isced"),
                v.text("/classification/repertoryCode"));
    }

    /**
     * The durations the standard states; its internship where the label of one of its figures was found
     * (even empty), its distance learning where one figure has a value; null when it states none.
     */
    static @Nullable Duration duration(SheetValues v) {
        String in = "/duration/internship/";
        boolean internshipLabelled = List.of("minHours", "maxHours", "maxPercentOfTotal", "withLabMinHours").stream()
                .anyMatch(p -> v.isLabelled(in + p));
        Internship internship = internshipLabelled ? new Internship(v.number(in + "minHours"), v.number(in + "maxHours"),
                v.number(in + "maxPercentOfTotal"), v.number(in + "withLabMinHours")) : null;
        String dl = "/duration/distanceLearning/";
        DistanceLearning fad = new DistanceLearning(v.number(dl + "maxHours"), v.number(dl + "syncMaxPercentOfClassroom"),
                v.number(dl + "asyncMaxPercentOfClassroom"));
        Duration d = new Duration(v.number("/duration/totalHours"), v.number("/duration/classroomHours"),
                v.number("/duration/labHours"), v.number("/duration/keyCompetenceHours"), internship,
                fad.statesNothing() ? null : fad, v.number("/duration/additionalUnitsMaxPercent"), v.years());
        boolean empty = d.totalHours() == null && d.classroomHours() == null && d.labHours() == null
                && d.keyCompetenceHours() == null && d.internship() == null && d.distanceLearning() == null
                && d.additionalUnitsMaxPercent() == null && d.years().isEmpty();
        return empty ? null : d;
    }

    /** Minimum attendance (with approval second) and maximum absence; null when the standard states none. */
    static @Nullable Attendance attendance(SheetValues v) {
        List<Number> min = v.list("/attendance/minPercent");
        Attendance a = new Attendance(min.isEmpty() ? null : min.get(0), min.size() > 1 ? min.get(1) : null,
                v.number("/attendance/maxAbsencePercent"));
        return a.statesNothing() ? null : a;
    }
}
