package technology.tabula;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The ruling lines of one page exactly as tabula-java finds them, without the rest of tabula's page
 * extraction. {@code ObjectExtractor.extract} also runs a second text stripper over the page and sorts
 * its glyphs, which determina does not use and which costs more than the rulings themselves. This class
 * sits in tabula's package only to reach its package-private {@code ObjectExtractorStreamEngine}; it
 * repeats what {@code Page.getRulings()} does: end points snapped within the smallest glyph width and
 * height, then collinear lines collapsed.
 */
public final class PageRulings {

    private PageRulings() {
    }

    /**
     * The page's vertical and horizontal rulings. {@code minGlyphWidth} and {@code minGlyphHeight} are the
     * smallest glyph on the page, the snapping tolerance tabula uses.
     *
     * @throws IOException when the page's content cannot be read
     */
    public static List<Ruling> read(PDPage page, float minGlyphWidth, float minGlyphHeight) throws IOException {
        ObjectExtractorStreamEngine engine = new ObjectExtractorStreamEngine(page);
        engine.processPage(page);
        List<Ruling> rulings = engine.rulings;
        if (rulings == null || rulings.isEmpty()) {
            return List.of();
        }
        Utils.snapPoints(rulings, minGlyphWidth, minGlyphHeight);
        List<Ruling> vertical = new ArrayList<>();
        List<Ruling> horizontal = new ArrayList<>();
        for (Ruling r : rulings) {
            if (r.vertical()) {
                vertical.add(r);
            } else if (r.horizontal()) {
                horizontal.add(r);
            }
        }
        List<Ruling> out = new ArrayList<>(Ruling.collapseOrientedRulings(vertical));
        out.addAll(Ruling.collapseOrientedRulings(horizontal));
        return out;
    }
}
