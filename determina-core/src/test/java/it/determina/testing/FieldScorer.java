package it.determina.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The field score of {@code shared/tools/compare.py} in Java: the same fixed list of fields, the same
 * matching of standards (by annex, then by normalised title, then the only one) and of units (by
 * number), the same text normalisation. {@link #score} gives fields correct / fields checked of one
 * document's expected array against the pipeline's array, and the fields that were wrong.
 */
public final class FieldScorer {

    private static final List<String> DURATION_FIELDS = List.of("totalHours", "classroomHours", "labHours",
            "keyCompetenceHours", "internship.minHours", "internship.maxHours", "internship.maxPercentOfTotal",
            "internship.withLabMinHours", "distanceLearning.maxHours", "distanceLearning.syncMaxPercentOfClassroom",
            "distanceLearning.asyncMaxPercentOfClassroom", "additionalUnitsMaxPercent");
    private static final List<String> ATTENDANCE_FIELDS = List.of("minPercent", "minPercentWithApproval", "maxAbsencePercent");
    private static final List<String> CREDIT_FIELDS = List.of("attendanceMaxPercent", "internshipMaxPercent");
    private static final List<String> CLASS_KEYS = List.of("sector", "ada", "istat", "ateco", "isced");
    private static final Map<String, String> QUOTES = new LinkedHashMap<>();
    private static final Pattern LEADING = Pattern.compile("^[\\s\\-–—•·*.,;:!?\"')(\\]\\[]+");
    private static final Pattern TRAILING = Pattern.compile("[\\s\\-–—•·*.,;:!?\"'(\\[]+$");

    static {
        for (String q : List.of("\u2018", "\u2019", "\u201a", "\u201b", "`", "\u00b4")) {
            QUOTES.put(q, "'");
        }
        for (String q : List.of("\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "''")) {
            QUOTES.put(q, "\"");
        }
    }

    private FieldScorer() {
    }

    /** Fields correct and checked for one document, and the names of the wrong ones. */
    public record Score(int correct, int total, List<String> wrong) {
        public double ratio() {
            return total == 0 ? 1.0 : (double) correct / total;
        }
    }

    public static Score score(JsonNode expected, JsonNode actual) {
        List<JsonNode> exp = asList(expected);
        List<JsonNode> act = asList(actual);
        int correct = 0;
        int total = 0;
        List<String> wrong = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (JsonNode e : exp) {
            Integer best = match(e, act, used, exp.size());
            if (best != null) {
                used.add(best);
            }
            List<Check> checks = new ArrayList<>();
            compareStandard(e, best == null ? null : act.get(best), checks);
            for (Check c : checks) {
                total++;
                if (c.ok) {
                    correct++;
                } else {
                    wrong.add(c.name);
                }
            }
        }
        return new Score(correct, total, wrong);
    }

    private record Check(String name, boolean ok) {
    }

    private static Integer match(JsonNode e, List<JsonNode> act, Set<Integer> used, int expectedCount) {
        Integer best = null;
        String ea = text(e.path("source").path("annex"));
        String et = norm(text(e.path("title")));
        for (int j = 0; j < act.size(); j++) {
            if (used.contains(j)) {
                continue;
            }
            String aa = text(act.get(j).path("source").path("annex"));
            if (ea != null && aa != null && ea.equals(aa)) {
                boolean sameTitle = Objects.equals(norm(text(act.get(j).path("title"))), et);
                if (best == null || sameTitle) {
                    best = j;
                    if (sameTitle) {
                        break;
                    }
                }
            }
        }
        if (best == null) {
            for (int j = 0; j < act.size(); j++) {
                if (!used.contains(j) && Objects.equals(norm(text(act.get(j).path("title"))), et)) {
                    return j;
                }
            }
        }
        if (best == null && expectedCount == 1 && act.size() == 1 && used.isEmpty()) {
            best = 0;
        }
        return best;
    }

    private static void compareStandard(JsonNode e, JsonNode a, List<Check> out) {
        boolean missing = a == null || a.isNull() || a.isMissingNode() || (a.isObject() && a.isEmpty());
        JsonNode act = missing ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : a;
        java.util.function.BiConsumer<String, Boolean> chk = (name, ok) -> out.add(new Check(name, ok && !missing));
        for (String f : List.of("kind", "region", "title")) {
            chk.accept(f, sameVal(e.path(f), act.path(f)));
        }
        chk.accept("eqfLevel", sameNum(e.path("eqfLevel"), act.path("eqfLevel")));
        for (String k : CLASS_KEYS) {
            chk.accept("classification." + k, codes(e, k).equals(codes(act, k)));
        }
        JsonNode de = e.path("duration");
        JsonNode da = act.path("duration");
        for (String f : DURATION_FIELDS) {
            chk.accept("duration." + f, sameNum(dig(de, f), dig(da, f)));
        }
        List<JsonNode> ye = elements(de.path("years"));
        List<JsonNode> ya = elements(da.path("years"));
        Map<String, JsonNode> yam = new HashMap<>();
        for (JsonNode y : ya) {
            if (y.isObject()) {
                yam.put(key(y.path("year")), y);
            }
        }
        chk.accept("duration.years.count", ye.size() == ya.size());
        for (JsonNode y : ye) {
            JsonNode o = yam.getOrDefault(key(y.path("year")), com.fasterxml.jackson.databind.node.MissingNode.getInstance());
            chk.accept("duration.years[i].hours", sameNum(y.path("hours"), o.path("hours")));
            chk.accept("duration.years[i].intermediateExam", sameScalar(y.path("intermediateExam"), o.path("intermediateExam")));
        }
        for (String f : ATTENDANCE_FIELDS) {
            chk.accept("attendance." + f, sameNum(dig(e.path("attendance"), f), dig(act.path("attendance"), f)));
        }
        for (String f : CREDIT_FIELDS) {
            chk.accept("credits." + f, sameNum(dig(e.path("credits"), f), dig(act.path("credits"), f)));
        }
        Map<String, JsonNode> ua = new HashMap<>();
        for (JsonNode u : elements(act.path("units"))) {
            if (u.isObject()) {
                ua.putIfAbsent(key(u.path("number")), u);
            }
        }
        for (JsonNode u : elements(e.path("units"))) {
            JsonNode o = ua.getOrDefault(key(u.path("number")), com.fasterxml.jackson.databind.node.MissingNode.getInstance());
            String p = "units[i].";
            chk.accept(p + "present", !o.isMissingNode());
            chk.accept(p + "title", sameVal(u.path("title"), o.path("title")));
            chk.accept(p + "minHours", sameNum(u.path("minHours"), o.path("minHours")));
            chk.accept(p + "distanceMaxHours", sameNum(u.path("distanceMaxHours"), o.path("distanceMaxHours")));
            JsonNode ce = u.path("credit");
            JsonNode ca = o.path("credit");
            chk.accept(p + "credit.recognition", sameVal(ce.path("recognition"), ca.path("recognition")));
            JsonNode pe = isNull(ce) || ce.isEmpty() ? null : ce.path("priorValue");
            JsonNode pa = isNull(ca) || ca.isEmpty() ? null : ca.path("priorValue");
            chk.accept(p + "credit.priorValue", sameScalar(pe, pa));
            for (String k : List.of("knowledge", "skills")) {
                chk.accept(p + "len(" + k + ")", elements(u.path(k)).size() == elements(o.path(k)).size());
            }
        }
    }

    // ------------------------------------------------------------------ values as compare.py sees them

    private static List<JsonNode> asList(JsonNode data) {
        List<JsonNode> out = new ArrayList<>();
        if (data == null || data.isNull() || data.isMissingNode()) {
            return out;
        }
        if (data.isObject()) {
            out.add(data);
        } else {
            data.forEach(out::add);
        }
        return out;
    }

    private static List<JsonNode> elements(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(out::add);
        }
        return out;
    }

    private static boolean isNull(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode();
    }

    private static JsonNode dig(JsonNode obj, String path) {
        JsonNode cur = obj;
        for (String p : path.split("\\.")) {
            if (cur == null || !cur.isObject()) {
                return null;
            }
            cur = cur.get(p);
        }
        return cur;
    }

    private static String text(JsonNode n) {
        return isNull(n) ? null : n.asText();
    }

    /** Python's str() of a unit number or year: 1 -> "1", null -> "None". */
    private static String key(JsonNode n) {
        if (isNull(n)) {
            return "None";
        }
        return n.isIntegralNumber() ? n.bigIntegerValue().toString() : n.asText();
    }

    static String norm(String s) {
        if (s == null) {
            return null;
        }
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        for (Map.Entry<String, String> q : QUOTES.entrySet()) {
            s = s.replace(q.getKey(), q.getValue());
        }
        s = s.replace("\u00ad", "");
        s = String.join(" ", s.trim().split("\\s+")).toLowerCase(Locale.ROOT);
        s = LEADING.matcher(s).replaceAll("");
        s = TRAILING.matcher(s).replaceAll("");
        if (s.chars().filter(c -> c == '(').count() < s.chars().filter(c -> c == ')').count()) {
            s = s.replaceAll("\\)+$", "");
        }
        return s;
    }

    private static Double number(JsonNode n) {
        if (n.isNumber()) {
            return n.doubleValue();
        }
        if (n.isTextual()) {
            try {
                return Double.parseDouble(n.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static boolean sameNum(JsonNode a, JsonNode b) {
        if (isNull(a) || isNull(b)) {
            return isNull(a) && isNull(b);
        }
        if (a.isBoolean() || b.isBoolean()) {
            return a.equals(b);
        }
        Double x = number(a);
        Double y = number(b);
        return x != null && y != null && Math.abs(x - y) < 1e-9;
    }

    private static boolean sameVal(JsonNode a, JsonNode b) {
        if ((a != null && a.isTextual()) || (b != null && b.isTextual())) {
            return Objects.equals(norm(text(a)), norm(text(b)));
        }
        if ((a != null && a.isNumber()) || (b != null && b.isNumber())) {
            return sameNum(a, b);
        }
        return sameScalar(a, b);
    }

    private static boolean sameScalar(JsonNode a, JsonNode b) {
        if (isNull(a) || isNull(b)) {
            return isNull(a) && isNull(b);
        }
        return a.equals(b);
    }

    private static Set<String> codes(JsonNode std, String key) {
        JsonNode c = std.path("classification").path(key);
        Set<String> out = new TreeSet<>();
        List<JsonNode> items = c.isObject() ? List.of(c) : elements(c);
        for (JsonNode x : items) {
            JsonNode code = x.path("code");
            if (!isNull(code) && !code.asText().isEmpty()) {
                out.add(code.asText().strip().toUpperCase(Locale.ROOT));
            }
        }
        return out;
    }
}
