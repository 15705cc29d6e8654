package it.determina.split;

import it.determina.layout.ImageRulings;
import it.determina.layout.PageText;
import it.determina.layout.TextLine;
import it.determina.layout.Word;
import it.determina.tables.Block;
import it.determina.tables.Cell;
import it.determina.tables.Row;
import it.determina.tables.Table;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document's pages as read (text and blocks), kept until their annex is parsed: on the heap for a
 * document of up to {@code inMemory} pages, beyond that in a temporary file, each page written once as it
 * is read and read back when asked for, so that a determination of thousands of pages needs a heap for
 * one annex at a time, not for all its pages (issue 14). What comes back equals what was added (records
 * compared by value). Pages are added in order, 1 first. The caller closes the spool, which deletes the
 * file. Not thread-safe.
 */
public final class SpooledPages implements AutoCloseable {

    /** Pages kept on the heap before the spool goes to a file. */
    public static final int DEFAULT_IN_MEMORY = 200;

    /** What is known of a page without reading it back. */
    public record Summary(int number, double height, boolean hasTextLayer, boolean ocr) {
    }

    private final int inMemory;
    private final List<Summary> summaries = new ArrayList<>();
    private final List<PageText> heapTexts = new ArrayList<>();
    private final List<List<Block>> heapBlocks = new ArrayList<>();
    private @Nullable Path file;
    private @Nullable CountingOutput counted;
    private @Nullable DataOutputStream out;
    private @Nullable FileChannel channel;
    private long[] offsets = new long[16];
    /** The last page read back from the file, index and content, for callers that ask twice in a row. */
    private int cachedIndex = -1;
    private @Nullable PageText cachedText;
    private @Nullable List<Block> cachedBlocks;

    /** A spool that keeps up to {@code inMemory} pages on the heap (0: every page goes to the file). */
    public SpooledPages(int inMemory) {
        if (inMemory < 0) {
            throw new IllegalArgumentException("inMemory < 0: " + inMemory);
        }
        this.inMemory = inMemory;
    }

    /**
     * Adds the next page with its blocks.
     *
     * @throws UncheckedIOException when the temporary file cannot be written
     */
    public void add(PageText text, List<Block> blocks) {
        summaries.add(new Summary(text.number(), text.height(), text.hasTextLayer(), text.ocr()));
        if (out == null && heapTexts.size() < inMemory) {
            heapTexts.add(text);
            heapBlocks.add(List.copyOf(blocks));
            return;
        }
        try {
            if (out == null) {
                openFile();
                for (int i = 0; i < heapTexts.size(); i++) {
                    write(i, heapTexts.get(i), heapBlocks.get(i));
                }
                heapTexts.clear();
                heapBlocks.clear();
            }
            write(summaries.size() - 1, text, blocks);
        } catch (IOException e) {
            throw new UncheckedIOException("pages cannot be spooled to " + file + ": " + e.getMessage(), e);
        }
    }

    /** How many pages were added. */
    public int size() {
        return summaries.size();
    }

    /** The summaries of every page, page 1 first. */
    public List<Summary> summaries() {
        return List.copyOf(summaries);
    }

    /** True when the pages went to a file. */
    public boolean spilled() {
        return out != null;
    }

    /** Page {@code index + 1}'s text, read back from the file if it is there. */
    public PageText text(int index) {
        return out == null ? heapTexts.get(index) : load(index).text();
    }

    /** Page {@code index + 1}'s blocks. */
    public List<Block> blocks(int index) {
        return out == null ? heapBlocks.get(index) : load(index).blocks();
    }

    /** The texts as a list read on demand (page {@code i + 1} at {@code i}). */
    public List<PageText> texts() {
        return new AbstractList<>() {
            @Override
            public PageText get(int index) {
                return text(index);
            }

            @Override
            public int size() {
                return summaries.size();
            }
        };
    }

    private record Loaded(PageText text, List<Block> blocks) {
    }

    private Loaded load(int index) {
        if (index != cachedIndex) {
            try {
                flush();
                long from = offsets[index];
                FileChannel channel = Objects.requireNonNull(this.channel, "the pages were not spilled");
                long to = index + 1 < summaries.size() ? offsets[index + 1] : Objects.requireNonNull(counted).count;
                ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(to - from));
                while (buffer.hasRemaining()) {
                    if (channel.read(buffer, from + buffer.position()) < 0) {
                        throw new IOException("spool file ends early at page " + (index + 1));
                    }
                }
                DataInputStream in = new DataInputStream(new ByteArrayInputStream(buffer.array()));
                cachedText = readText(in);
                cachedBlocks = readBlocks(in);
                cachedIndex = index;
            } catch (IOException e) {
                throw new UncheckedIOException("page " + (index + 1) + " cannot be read back from " + file + ": " + e.getMessage(), e);
            }
        }
        return new Loaded(Objects.requireNonNull(cachedText), Objects.requireNonNull(cachedBlocks));
    }

    private void openFile() throws IOException {
        file = Files.createTempFile("determina-pages-", ".bin");
        counted = new CountingOutput(Files.newOutputStream(file));
        out = new DataOutputStream(new BufferedOutputStream(counted, 1 << 16));
        channel = FileChannel.open(file, StandardOpenOption.READ);
    }

    private void flush() throws IOException {
        Objects.requireNonNull(out, "the pages were not spilled").flush();
    }

    private void write(int index, PageText text, List<Block> blocks) throws IOException {
        DataOutputStream out = Objects.requireNonNull(this.out, "the pages were not spilled");
        out.flush();
        if (index >= offsets.length) {
            offsets = Arrays.copyOf(offsets, Math.max(index + 1, offsets.length * 2));
        }
        offsets[index] = Objects.requireNonNull(counted).count;
        writeText(out, text);
        writeBlocks(out, blocks);
    }

    @Override
    public void close() throws IOException {
        heapTexts.clear();
        heapBlocks.clear();
        cachedText = null;
        cachedBlocks = null;
        try {
            if (out != null) {
                out.close();
            }
            if (channel != null) {
                channel.close();
            }
        } finally {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void writeText(DataOutputStream o, PageText t) throws IOException {
        o.writeInt(t.number());
        o.writeDouble(t.width());
        o.writeDouble(t.height());
        o.writeBoolean(t.ocr());
        writeLines(o, t.lines());
        o.writeInt(t.pictureRulings().size());
        for (ImageRulings.Segment s : t.pictureRulings()) {
            o.writeDouble(s.x0());
            o.writeDouble(s.y0());
            o.writeDouble(s.x1());
            o.writeDouble(s.y1());
            o.writeDouble(s.width());
        }
        o.writeFloat(t.glyphs().minWidth());
        o.writeFloat(t.glyphs().minHeight());
    }

    private static PageText readText(DataInputStream in) throws IOException {
        int number = in.readInt();
        double width = in.readDouble();
        double height = in.readDouble();
        boolean ocr = in.readBoolean();
        List<TextLine> lines = readLines(in);
        int n = in.readInt();
        List<ImageRulings.Segment> rulings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rulings.add(new ImageRulings.Segment(in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble()));
        }
        PageText.GlyphSize glyphs = new PageText.GlyphSize(in.readFloat(), in.readFloat());
        return new PageText(number, width, height, lines, ocr, rulings, glyphs);
    }

    private static void writeBlocks(DataOutputStream o, List<Block> blocks) throws IOException {
        o.writeInt(blocks.size());
        for (Block b : blocks) {
            if (b instanceof Block.Line l) {
                o.writeByte(0);
                writeLine(o, l.line());
            } else if (b instanceof Block.Grid g) {
                o.writeByte(1);
                writeTable(o, g.table());
            }
        }
    }

    private static List<Block> readBlocks(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<Block> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(in.readByte() == 0 ? new Block.Line(readLine(in)) : new Block.Grid(readTable(in)));
        }
        return List.copyOf(out);
    }

    private static void writeTable(DataOutputStream o, Table t) throws IOException {
        o.writeInt(t.page());
        o.writeInt(t.columnEdges().size());
        for (double e : t.columnEdges()) {
            o.writeDouble(e);
        }
        o.writeInt(t.structure().ordinal());
        o.writeInt(t.rows().size());
        for (Row r : t.rows()) {
            o.writeInt(r.cells().size());
            for (Cell c : r.cells()) {
                o.writeInt(c.row());
                o.writeInt(c.col());
                o.writeInt(c.rowSpan());
                o.writeInt(c.colSpan());
                o.writeInt(c.page());
                o.writeDouble(c.x0());
                o.writeDouble(c.top());
                o.writeDouble(c.x1());
                o.writeDouble(c.bottom());
                writeLines(o, c.lines());
            }
        }
    }

    private static Table readTable(DataInputStream in) throws IOException {
        int page = in.readInt();
        int edges = in.readInt();
        List<Double> columnEdges = new ArrayList<>(edges);
        for (int i = 0; i < edges; i++) {
            columnEdges.add(in.readDouble());
        }
        Table.Structure structure = Table.Structure.values()[in.readInt()];
        int rows = in.readInt();
        List<Row> out = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            int cells = in.readInt();
            List<Cell> row = new ArrayList<>(cells);
            for (int c = 0; c < cells; c++) {
                row.add(new Cell(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(),
                        in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(), readLines(in)));
            }
            out.add(new Row(row));
        }
        return new Table(page, columnEdges, out, structure);
    }

    private static void writeLines(DataOutputStream o, List<TextLine> lines) throws IOException {
        o.writeInt(lines.size());
        for (TextLine l : lines) {
            writeLine(o, l);
        }
    }

    private static List<TextLine> readLines(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<TextLine> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(readLine(in));
        }
        return out;
    }

    private static void writeLine(DataOutputStream o, TextLine l) throws IOException {
        o.writeInt(l.page());
        o.writeInt(l.words().size());
        for (Word w : l.words()) {
            byte[] text = w.text().getBytes(StandardCharsets.UTF_8);
            o.writeInt(text.length);
            o.write(text);
            o.writeDouble(w.x0());
            o.writeDouble(w.x1());
            o.writeDouble(w.top());
            o.writeDouble(w.bottom());
            o.writeDouble(w.fontSize());
            o.writeBoolean(w.bold());
            o.writeInt(w.ocrConfidence() == null ? -1 : w.ocrConfidence());
        }
    }

    private static TextLine readLine(DataInputStream in) throws IOException {
        int page = in.readInt();
        int n = in.readInt();
        List<Word> words = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String text = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
            double x0 = in.readDouble();
            double x1 = in.readDouble();
            double top = in.readDouble();
            double bottom = in.readDouble();
            double size = in.readDouble();
            boolean bold = in.readBoolean();
            int confidence = in.readInt();
            words.add(new Word(text, x0, x1, top, bottom, size, bold, confidence < 0 ? null : confidence));
        }
        return new TextLine(page, words);
    }

    /** Counts the bytes written, so that each page's offset in the file is known. */
    private static final class CountingOutput extends java.io.FilterOutputStream {
        long count;

        CountingOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
