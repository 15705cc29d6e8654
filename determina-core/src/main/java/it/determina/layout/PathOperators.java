package it.determina.layout;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.state.SetLineWidth;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.jspecify.annotations.Nullable;

/**
 * The path operators of a text stripper, so that one walk of a page's content stream reads both its glyphs
 * and its drawings (issue 14). PDFBox's text engine ignores paths; these operators build each path (in user
 * space, as PDFBox's graphics engine does, broken operands skipped the same way), record what a painting
 * operator paints ({@link PathPaint}: its straight segments in page space, colours, line width and clip),
 * and intersect the graphics state's clip with the path when a clip operator ({@code W}, {@code W*})
 * precedes the painting operator that ends it, so the glyphs outside it are known. The colour and line
 * width operators (PDFBox's own) keep the graphics state's paint current. One set of operators per engine;
 * not thread-safe.
 */
final class PathOperators {

    /** Operators that end a path: the pending clip, if any, takes effect. */
    private static final Set<String> PAINTING = Set.of("n", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*");
    private static final Set<String> CONSTRUCTION = Set.of("m", "l", "c", "v", "y", "h", "re", "W", "W*");
    /** Painting operators that close the path first. */
    private static final Set<String> CLOSING = Set.of("s", "b", "b*");
    private static final Set<String> STROKING = Set.of("S", "s", "B", "B*", "b", "b*");
    private static final Set<String> FILLING = Set.of("f", "F", "f*", "B", "B*", "b", "b*");

    private final PDFStreamEngine engine;
    private final GeneralPath path = new GeneralPath();
    private final List<PathPaint> paints = new ArrayList<>();
    private AffineTransform toPage = new AffineTransform();
    private int pendingRule = -1;

    private PathOperators(PDFStreamEngine engine) {
        this.engine = engine;
    }

    /** The operators for {@code engine}: path, clip and painting operators sharing one tracker, colours, line width. */
    static PathOperators of(PDFStreamEngine engine) {
        return new PathOperators(engine);
    }

    /** Every processor to add to the engine. */
    List<OperatorProcessor> processors() {
        List<OperatorProcessor> out = new ArrayList<>(Stream.concat(CONSTRUCTION.stream(), PAINTING.stream())
                .<OperatorProcessor>map(name -> new Step(engine, name)).toList());
        out.addAll(List.of(new SetStrokingColorSpace(engine), new SetNonStrokingColorSpace(engine),
                new SetStrokingColor(engine), new SetStrokingColorN(engine), new SetNonStrokingColor(engine),
                new SetNonStrokingColorN(engine), new SetStrokingDeviceGrayColor(engine),
                new SetNonStrokingDeviceGrayColor(engine), new SetStrokingDeviceRGBColor(engine),
                new SetNonStrokingDeviceRGBColor(engine), new SetStrokingDeviceCMYKColor(engine),
                new SetNonStrokingDeviceCMYKColor(engine), new SetLineWidth(engine)));
        return out;
    }

    /** Starts a page: no paints yet, and page space set from its CropBox and rotation. */
    void startPage(PDPage page) {
        paints.clear();
        path.reset();
        pendingRule = -1;
        toPage = pageTransform(page);
    }

    /** What the page painted so far, in painting order. */
    List<PathPaint> paints() {
        return List.copyOf(paints);
    }

    /** User space to page space: the CropBox's top-left corner is the origin, y grows downwards. */
    static AffineTransform pageTransform(PDPage page) {
        PDRectangle crop = page.getCropBox();
        int rotation = ((page.getRotation() % 360) + 360) % 360;
        AffineTransform t = new AffineTransform();
        if (rotation == 90 || rotation == 270) {
            t.rotate(Math.toRadians(rotation));
        } else {
            t.translate(0, crop.getHeight());
        }
        t.scale(1, -1);
        t.translate(-crop.getLowerLeftX(), -crop.getLowerLeftY());
        return t;
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
    private static float @Nullable [] numbers(List<COSBase> operands) {
        float[] out = new float[operands.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(operands.get(i) instanceof COSNumber n)) {
                return null;
            }
            out[i] = n.floatValue();
        }
        return out;
    }

    private void apply(String name, float @Nullable [] v) {
        if (PAINTING.contains(name)) {
            paint(name);
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
                if (c == null) {
                    path.moveTo(p[2], p[3]);
                } else {
                    path.curveTo((float) c.getX(), (float) c.getY(), p[0], p[1], p[2], p[3]);
                }
            });
            case "y" -> at(v, 4, p -> curveTo(p[0], p[1], p[2], p[3], p[2], p[3]));
            case "h" -> closePath();
            case "re" -> rectangle(v);
            case "W" -> pendingRule = GeneralPath.WIND_NON_ZERO;
            case "W*" -> pendingRule = GeneralPath.WIND_EVEN_ODD;
            default -> throw new IllegalStateException("unregistered operator " + name);
        }
    }

    /** Records what {@code name} paints, then lets a pending clip take effect and starts a new path. */
    private void paint(String name) {
        if (CLOSING.contains(name)) {
            closePath();
        }
        if (!"n".equals(name)) {
            record(STROKING.contains(name), FILLING.contains(name));
        }
        if (pendingRule != -1) {
            path.setWindingRule(pendingRule);
            engine.getGraphicsState().intersectClippingPath(path);
            pendingRule = -1;
        }
        path.reset();
    }

    private void record(boolean stroked, boolean filled) {
        double[] points = polyline();
        if (points == null || points.length == 0) {
            return;
        }
        PDGraphicsState state = engine.getGraphicsState();
        int strokeRgb = stroked ? rgb(state.getStrokingColor(), state.getAlphaConstant()) : PathPaint.UNKNOWN;
        int fillRgb = filled ? rgb(state.getNonStrokingColor(), state.getNonStrokeAlphaConstant()) : PathPaint.UNKNOWN;
        Matrix ctm = state.getCurrentTransformationMatrix();
        double width = state.getLineWidth() * Math.abs(ctm.getScalingFactorX());
        Rectangle2D clip = toPage.createTransformedShape(state.getCurrentClippingPath()).getBounds2D();
        paints.add(new PathPaint(stroked, filled, points, strokeRgb, fillRgb, width, clip));
    }

    /** The paint as 0xRRGGBB; the paper's colour when fully transparent, {@link PathPaint#UNKNOWN} for a pattern. */
    private static int rgb(PDColor color, double alpha) {
        if (alpha <= 0) {
            return PathPaint.PAPER;
        }
        try {
            return color.toRGB() & 0xFFFFFF;
        } catch (IOException | RuntimeException e) {
            // a pattern or a colour space PDFBox cannot convert: assume the paint is visible
            return PathPaint.UNKNOWN;
        }
    }

    /**
     * The path's points in page space as triples {x, y, joined} (see {@link PathPaint#polyline()});
     * null when the path has curves.
     */
    private double @Nullable [] polyline() {
        double[] out = new double[24];
        int n = 0;
        double[] c = new double[6];
        double startX = 0;
        double startY = 0;
        boolean started = false;
        for (PathIterator it = path.getPathIterator(toPage); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    startX = c[0];
                    startY = c[1];
                    started = true;
                    out = put(out, n, c[0], c[1], 0);
                    n += 3;
                }
                case PathIterator.SEG_LINETO -> {
                    out = put(out, n, c[0], c[1], 1);
                    n += 3;
                }
                case PathIterator.SEG_CLOSE -> {
                    if (started) {
                        out = put(out, n, startX, startY, 1);
                        n += 3;
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static double[] put(double[] out, int n, double x, double y, double joined) {
        double[] to = n + 3 <= out.length ? out : java.util.Arrays.copyOf(out, out.length * 2);
        to[n] = x;
        to[n + 1] = y;
        to[n + 2] = joined;
        return to;
    }

    /** Runs {@code step} on the operands mapped to user space, when there are {@code count} of them. */
    private void at(float[] v, int count, java.util.function.Consumer<float[]> step) {
        if (v.length < count) {
            return;
        }
        float[] p = new float[count];
        for (int i = 0; i < count; i += 2) {
            Point2D.Float q = engine.transformedPoint(v[i], v[i + 1]);
            p[i] = q.x;
            p[i + 1] = q.y;
        }
        step.accept(p);
    }

    private void closePath() {
        if (path.getCurrentPoint() != null) {
            path.closePath();
        }
    }

    private void lineTo(float x, float y) {
        if (path.getCurrentPoint() == null) {
            path.moveTo(x, y);
        } else {
            path.lineTo(x, y);
        }
    }

    private void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
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
