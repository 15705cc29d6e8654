package it.determina.family;

import it.determina.layout.TextLine;
import it.determina.normalize.ItemSplitter;
import it.determina.normalize.TextCleaner;
import it.determina.split.Part;
import it.determina.tables.Block;
import it.determina.tables.Cell;
import it.determina.tables.Row;
import it.determina.tables.Table;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a family parser sees of one annex: its blocks in reading order (continued tables already
 * stitched, furniture removed), the furniture lines of its pages, the region the act names (if any)
 * and a text cleaner that knows the document's vocabulary.
 */
public record AnnexContent(Part part, List<Block> blocks, List<TextLine> furniture,
                           @Nullable String actRegion, TextCleaner cleaner) {

    public AnnexContent {
        blocks = List.copyOf(blocks);
        furniture = List.copyOf(furniture);
    }

    public ItemSplitter splitter() {
        return new ItemSplitter(cleaner);
    }

    /** Lines outside tables, in reading order. */
    public List<TextLine> runningLines() {
        List<TextLine> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Line l) {
                out.add(l.line());
            }
        }
        return out;
    }

    public List<Table> tables() {
        List<Table> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Grid g) {
                out.add(g.table());
            }
        }
        return out;
    }

    /** Every line of text, running or in a cell, in reading order: what recognition reads. */
    public List<String> allText() {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Line l) {
                out.add(l.line().text());
            } else if (b instanceof Block.Grid g) {
                for (Row r : g.table().rows()) {
                    for (Cell c : r.cells()) {
                        out.addAll(c.lineTexts());
                    }
                }
            }
        }
        return out;
    }

    /** Running text plus furniture: where headers such as "REGIONE LAZIO - ..." name the issuer. */
    public List<String> textWithFurniture() {
        List<String> out = new ArrayList<>();
        furniture.forEach(l -> out.add(l.text()));
        out.addAll(allText());
        return out;
    }
}
