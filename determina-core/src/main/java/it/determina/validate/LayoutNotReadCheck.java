package it.determina.validate;

import it.determina.family.Evidence;
import it.determina.family.StandardDraft;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import java.util.List;

/**
 * LAYOUT_NOT_READ: most of what the family's layout prints came out empty with its label nowhere (half
 * of the expected fields or more, the unit list aside): the standard was recognised but its sheet was not
 * read (labels set where the reader does not look, a layout it does not know). Then even the fields
 * that the layout prints only in some versions (the longer layout's component durations) may be in the
 * document unread, so the flag is on the whole standard ({@code ""}): every value of it is in doubt.
 * {@code expected} is the count of the layout's fields, {@code actual} the count found.
 */
public final class LayoutNotReadCheck implements ConsistencyCheck {

    /** Share of the layout's fields whose labels must be missing for the layout to count as not read. */
    static final double NOT_READ_SHARE = 0.5;
    /** Fewer expected fields than this say too little of a layout. */
    private static final int MIN_FIELDS = 4;

    @Override
    public List<Flag> check(StandardDraft d) {
        Evidence.Reading reading = d.evidence().reading();
        List<String> fields = reading.expected().stream()
                .filter(p -> !p.equals(NoUnitsReadCheck.FIELD) && !p.startsWith(NoUnitsReadCheck.FIELD + "/")).toList();
        long notFound = fields.stream().filter(p -> ExpectedFieldsCheck.labelNotFound(d, p)).count();
        if (fields.size() < MIN_FIELDS || notFound < NOT_READ_SHARE * fields.size()) {
            return List.of();
        }
        return List.of(Flag.of(FlagCode.LAYOUT_NOT_READ, "", notFound + " of the " + fields.size()
                + " fields this layout prints were not found: its sheet was not read, every value of this standard is in doubt",
                fields.size(), (int) (fields.size() - notFound), d.evidence().pageOf("")));
    }
}
