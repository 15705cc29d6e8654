package it.determina.layout;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;

/**
 * Keeps a text stripper's clipping path up to date. PDFBox's text engine ignores path operators, so its
 * clipping path stays the CropBox; these operators build each path (in user space) and intersect the
 * graphics state's clip with it when a clip operator ({@code W}, {@code W*}) precedes the painting
 * operator that ends it. Painting itself is not recorded. One set of operators per engine.
 */
final class ClipOperators {

    /** Operators that end a path: the pending clip, if any, takes effect. */
    private static final Set<String> PAINTING = Set.of("n", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*");
    private static final Set<String> CONSTRUCTION = Set.of("m", "l", "c", "v", "y", "h", "re", "W", "W*");

    private final PDFStreamEngine engine;
    private final GeneralPath path = new GeneralPath();
    private int pendingRule = -1;

    private ClipOperators(PDFStreamEngine engine) {
        this.engine = engine;
    }

    /** One processor per path, clip and painting operator name, all sharing this tracker's path. */
    static List<OperatorProcessor> of(PDFStreamEngine engine) {
        ClipOperators clip = new ClipOperators(engine);
        return java.util.stream.Stream.concat(CONSTRUCTION.stream(), PAINTING.stream())
                .<OperatorProcessor>map(name -> clip.new Step(engine, name)).toList();
    }

    private final class Step extends OperatorProcessor {
        private final String name;

        Step(PDFStreamEngine context, String name) {
            super(context);
            this.name = name;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) throws IOException {
            apply(name, numbers(operands));
        }

        @Override
        public String getName() {
            return name;
        }
    }

    /** The operands as numbers; null when one is not a number (a broken operator is skipped). */
    private static float[] numbers(List<COSBase> operands) {
        float[] out = new float[operands.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(operands.get(i) instanceof COSNumber n)) {
                return null;
            }
            out[i] = n.floatValue();
        }
        return out;
    }

    private void apply(String name, float[] v) {
        if (PAINTING.contains(name)) {
            if (pendingRule != -1) {
                path.setWindingRule(pendingRule);
                engine.getGraphicsState().intersectClippingPath(path);
                pendingRule = -1;
            }
            path.reset();
            return;
        }
        if (v == null) {
            return;
        }
        switch (name) {
            case "m" -> at(v, 2, p -> path.moveTo(p[0], p[1]));
            case "l" -> at(v, 2, p -> lineTo(p[0], p[1]));
            case "c" -> at(v, 6, p -> curveTo(p[0], p[1], p[2], p[3], p[4], p[5]));
            case "v" -> at(v, 4, p -> {
                Point2D c = path.getCurrentPoint();
                if (c != null) {
                    curveTo(c.getX(), c.getY(), p[0], p[1], p[2], p[3]);
                }
            });
            case "y" -> at(v, 4, p -> curveTo(p[0], p[1], p[2], p[3], p[2], p[3]));
            case "h" -> {
                if (path.getCurrentPoint() != null) {
                    path.closePath();
                }
            }
            case "re" -> rectangle(v);
            case "W" -> pendingRule = GeneralPath.WIND_NON_ZERO;
            case "W*" -> pendingRule = GeneralPath.WIND_EVEN_ODD;
            default -> throw new IllegalStateException("unregistered operator " + name);
        }
    }

    /** Runs {@code step} on the operands mapped to user space, when there are {@code count} of them. */
    private void at(float[] v, int count, java.util.function.Consumer<double[]> step) {
        if (v.length < count) {
            return;
        }
        double[] p = new double[count];
        for (int i = 0; i < count; i += 2) {
            Point2D.Float q = engine.transformedPoint(v[i], v[i + 1]);
            p[i] = q.x;
            p[i + 1] = q.y;
        }
        step.accept(p);
    }

    private void lineTo(double x, double y) {
        if (path.getCurrentPoint() == null) {
            path.moveTo(x, y);
        } else {
            path.lineTo(x, y);
        }
    }

    private void curveTo(double x1, double y1, double x2, double y2, double x3, double y3) {
        if (path.getCurrentPoint() == null) {
            path.moveTo(x3, y3);
        } else {
            path.curveTo(x1, y1, x2, y2, x3, y3);
        }
    }

    private void rectangle(float[] v) {
        if (v.length < 4) {
            return;
        }
        Point2D.Float a = engine.transformedPoint(v[0], v[1]);
        Point2D.Float b = engine.transformedPoint(v[0] + v[2], v[1]);
        Point2D.Float c = engine.transformedPoint(v[0] + v[2], v[1] + v[3]);
        Point2D.Float d = engine.transformedPoint(v[0], v[1] + v[3]);
        path.moveTo(a.x, a.y);
        path.lineTo(b.x, b.y);
        path.lineTo(c.x, c.y);
        path.lineTo(d.x, d.y);
        path.closePath();
    }
}
