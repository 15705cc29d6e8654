package it.determina.validate;

import it.determina.model.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Exact arithmetic on the document's figures (integers or decimals), nulls as the rules say. */
final class Sums {

    private Sums() {
    }

    static BigDecimal of(@Nullable Number n) {
        return n == null ? BigDecimal.ZERO : new BigDecimal(n.toString());
    }

    /** The sum of one figure over all units, or null when a unit lacks it or there are no units. */
    static @Nullable BigDecimal allUnits(List<Unit> units, Function<Unit, Number> figure) {
        if (units.isEmpty() || units.stream().anyMatch(u -> figure.apply(u) == null)) {
            return null;
        }
        return units.stream().map(u -> of(figure.apply(u))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A number as JSON shows it: integral values as integers. */
    static Number plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() <= 0 ? (Number) s.toBigInteger() : (Number) s.doubleValue();
    }

    static boolean differ(BigDecimal a, @Nullable Number b) {
        return b != null && a.compareTo(of(b)) != 0;
    }
}
