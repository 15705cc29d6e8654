package it.determina;

import it.determina.detect.TypeDetector;
import it.determina.family.AnnexContent;
import it.determina.family.DocumentFamily;
import it.determina.family.FamilyRegistry;
import it.determina.family.StandardDraft;
import it.determina.intake.IncomingFile;
import it.determina.intake.SignedEnvelope;
import it.determina.layout.OcrEngine;
import it.determina.layout.PageReader;
import it.determina.layout.PageText;
import it.determina.layout.PdfSource;
import it.determina.layout.TextLine;
import it.determina.layout.UnreadableDocumentException;
import it.determina.model.CanonicalStandard;
import it.determina.model.Determination;
import it.determina.model.ErrorCode;
import it.determina.model.Flag;
import it.determina.model.Signature;
import it.determina.model.Source;
import it.determina.normalize.StandardIds;
import it.determina.normalize.TextCleaner;
import it.determina.split.AnnexSplitter;
import it.determina.split.Part;
import it.determina.split.Split;
import it.determina.split.DocumentContent;
import it.determina.split.SpooledPages;
import it.determina.tables.Block;
import it.determina.tables.PageTables;
import it.determina.tables.TableStitcher;
import it.determina.validate.ConfidenceSummary;
import it.determina.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stage order, read top to bottom: intake, type detection, layout and tables per page, furniture,
 * annex split, family recognition and parsing, consistency checks and self-checks (with the OCR confidence of
 * the values, {@link OcrConfidence}), canonical documents with their confidence summary, ids that tell the
 * file's standards apart ({@link StandardIds}).
 * Thread-safe: every call works on its own values.
 */
public final class Pipeline implements DocumentReader {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final TypeDetector detector = new TypeDetector();
    private final PageReader reader = new PageReader(new OcrEngine("ita"));
    private final Supplier<FamilyRegistry> families;
    private final Validator validator = new Validator();
    private final Limits limits;
    /** Pages of a document kept on the heap until its annexes are parsed; more go to a temporary file. */
    private final int pagesInMemory;
    /** Name of the threads documents are read on. */
    public static final String DOCUMENT_THREAD = "determina-document";

    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, DOCUMENT_THREAD);
        t.setDaemon(true);
        return t;
    });

    public Pipeline(FamilyRegistry families) {
        this(families, Limits.defaults());
    }

    public Pipeline(FamilyRegistry families, Limits limits) {
        this(families, limits, SpooledPages.DEFAULT_IN_MEMORY);
    }

    /**
     * {@code families} asked for on the first document's first annex, once its pages are read: a one-file
     * {@code ingest} loads them on another thread meanwhile (issue 14: a quarter of a CPU second of YAML and
     * Jackson in a fresh JVM). An exception it throws fails that document as INTERNAL_ERROR.
     */
    public Pipeline(Supplier<FamilyRegistry> families, Limits limits) {
        this(families, limits, SpooledPages.DEFAULT_IN_MEMORY);
    }

    /** {@code pagesInMemory}: pages of a document kept on the heap before they go to a temporary file. */
    Pipeline(FamilyRegistry families, Limits limits, int pagesInMemory) {
        this(constant(families), limits, pagesInMemory);
    }

    private static Supplier<FamilyRegistry> constant(FamilyRegistry families) {
        Objects.requireNonNull(families, "families");
        return () -> families;
    }

    private Pipeline(Supplier<FamilyRegistry> families, Limits limits, int pagesInMemory) {
        this.families = Objects.requireNonNull(families, "families");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.pagesInMemory = pagesInMemory;
    }

    /**
     * The standards in {@code file}, in document order, flags included.
     *
     * @throws IngestException with a stable code when the file cannot be processed
     */
    @Override
    public List<CanonicalStandard> ingest(Path file) throws IngestException {
        Future<List<CanonicalStandard>> job = workers.submit(() -> ingestNow(file));
        try {
            return job.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new IngestException(ErrorCode.TIMEOUT, file.getFileName() + ": not done within " + limits.timeout().toSeconds()
                    + " s (per-document time limit); given up", e);
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new IngestException(ErrorCode.INTERRUPTED, file.getFileName() + ": interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IngestException ie) {
                throw ie;
            }
            if (e.getCause() instanceof OutOfMemoryError oom) {
                // an image or stream that decodes to more than the heap (issue 12, finding 10): the input's fault
                throw new IngestException(ErrorCode.OUT_OF_MEMORY, file.getFileName() + ": needs more memory than the heap allows ("
                        + oom.getMessage() + ")", oom);
            }
            throw new IngestException(ErrorCode.INTERNAL_ERROR, file.getFileName() + ": bug: " + e.getCause(), e.getCause());
        }
    }

    private List<CanonicalStandard> ingestNow(Path file) throws IngestException {
        IncomingFile incoming = intake(file);
        if (incoming.size() > limits.maxBytes()) {
            throw new IngestException(ErrorCode.FILE_TOO_LARGE, incoming.fileName() + ": " + incoming.size()
                    + " bytes, over the limit of " + limits.maxBytes());
        }
        String type = mediaType(incoming);
        if (SignedEnvelope.isEnvelope(incoming.fileName(), type)) {
            return unwrapped(incoming);
        }
        if (!TypeDetector.PDF.equals(type)) {
            throw new IngestException(ErrorCode.NOT_A_PDF, incoming.fileName() + ": the content is " + type + ", not a PDF");
        }
        return read(file, incoming, null);
    }

    /** The standards of the PDF inside a signed envelope, with the signature recorded. */
    private List<CanonicalStandard> unwrapped(IncomingFile incoming) throws IngestException {
        SignedEnvelope.Opened opened;
        try {
            opened = SignedEnvelope.open(incoming.path());
        } catch (SignedEnvelope.EnvelopeException e) {
            throw new IngestException(e.code(), e.getMessage(), e);
        } catch (IOException e) {
            throw new IngestException(ErrorCode.FILE_UNREADABLE, incoming.fileName() + ": " + e.getMessage(), e);
        }
        try {
            String inner = detectQuietly(opened.content());
            if (!TypeDetector.PDF.equals(inner)) {
                throw new IngestException(ErrorCode.NOT_A_PDF, incoming.fileName() + ": the signed content is " + inner + ", not a PDF");
            }
            return read(opened.content(), incoming, opened.signature());
        } finally {
            try {
                Files.deleteIfExists(opened.content());
            } catch (IOException e) {
                LOG.warn("{}: temporary file {} not deleted ({})", SafeText.of(incoming.fileName()), opened.content(), e.getMessage());
            }
        }
    }

    private String detectQuietly(Path file) throws IngestException {
        try {
            return detector.detect(file);
        } catch (IOException e) {
            throw new IngestException(ErrorCode.FILE_UNREADABLE, file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private List<CanonicalStandard> read(Path file, IncomingFile incoming, @Nullable Signature signature) throws IngestException {
        try (SpooledPages spool = new SpooledPages(pagesInMemory)) {
            Signature signed = readPages(file, incoming, spool, signature);
            return standards(incoming, spool, signed);
        } catch (UnreadableDocumentException e) {
            throw new IngestException(e.code(), incoming.fileName() + ": " + e.getMessage(), e);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IngestException(ErrorCode.FILE_UNREADABLE, incoming.fileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads every page into {@code spool}; the signature given, else the PDF's own (PAdES), else null. The PDF
     * is closed on return, and with this method's frame gone nothing holds PDFBox's tables of a long file while
     * the annexes are parsed.
     */
    private @Nullable Signature readPages(Path file, IncomingFile incoming, SpooledPages spool, @Nullable Signature signature)
            throws IngestException, IOException {
        @Nullable Signature signed = signature;
        try (PdfSource pdf = PdfSource.open(file)) {
            if (pdf.pageCount() > limits.maxPages()) {
                throw new IngestException(ErrorCode.TOO_MANY_PAGES, incoming.fileName() + ": " + pdf.pageCount()
                        + " pages, over the limit of " + limits.maxPages());
            }
            PageTables tables = new PageTables(pdf);
            for (int p = 1; p <= pdf.pageCount(); p++) {
                PageText page = reader.read(pdf, p, incoming.fileName());
                spool.add(page.withoutPaints(), tables.read(page));
            }
            if (signed == null) {
                for (PdfSource.SignedRange range : pdf.signatures(file)) {
                    signed = SignedEnvelope.describeDetached(range.contents(), range.signedBytes());
                }
            }
        }
        return signed;
    }

    private static IncomingFile intake(Path file) throws IngestException {
        try {
            IncomingFile incoming = IncomingFile.of(file);
            if (incoming.size() == 0) {
                throw new IngestException(ErrorCode.EMPTY_FILE, file.getFileName() + ": the file is empty (0 bytes)");
            }
            return incoming;
        } catch (IOException e) {
            throw new IngestException(ErrorCode.FILE_UNREADABLE, file.getFileName() + ": cannot be read (" + e + ")", e);
        }
    }

    private String mediaType(IncomingFile incoming) throws IngestException {
        try {
            return detector.detect(incoming);
        } catch (IOException e) {
            throw new IngestException(ErrorCode.FILE_UNREADABLE, incoming.fileName() + ": cannot be read (" + e + ")", e);
        }
    }

    private List<CanonicalStandard> standards(IncomingFile incoming, SpooledPages spool, @Nullable Signature signature)
            throws IngestException {
        List<SpooledPages.Summary> pages = spool.summaries();
        if (pages.stream().noneMatch(SpooledPages.Summary::hasTextLayer)) {
            throw new IngestException(ErrorCode.NO_TEXT_LAYER, incoming.fileName() + ": none of its " + pages.size()
                    + " page(s) has a text layer (a scan?) and OCR " + (reader.canOcr() ? "read nothing" : "is not available"));
        }
        DocumentContent content = DocumentContent.of(spool);
        Split split = AnnexSplitter.split(content.pages(), content.furniture());
        TextCleaner cleaner = new TextCleaner(content.vocabulary());
        String actRegion = actRegion(split.determination());
        List<CanonicalStandard> out = new ArrayList<>();
        for (Part part : split.parts()) {
            List<Block> partBlocks = TableStitcher.stitch(content.pages(part.pageStart(), part.pageEnd()));
            List<TextLine> furniture = content.furniture().stream()
                    .filter(l -> l.page() >= part.pageStart() && l.page() <= part.pageEnd()).toList();
            AnnexContent annex = new AnnexContent(part, partBlocks, furniture, actRegion, cleaner);
            DocumentFamily family = families.get().recognise(annex).orElse(null);
            if (family == null) {
                LOG.warn("{}: pages {}-{} (annex {}) match no known layout; not converted",
                        SafeText.of(incoming.fileName()), part.pageStart(), part.pageEnd(), part.annex());
                continue;
            }
            StandardDraft draft = family.parse(annex);
            draft = withPageFacts(draft, pages, content.ocrTexts(), part);
            List<Integer> ocrPages = pages.subList(part.pageStart() - 1, part.pageEnd()).stream()
                    .filter(SpooledPages.Summary::ocr).map(SpooledPages.Summary::number).toList();
            out.add(canonical(draft, incoming, part, split.determination(), ocrPages, signature));
        }
        if (out.isEmpty()) {
            throw new IngestException(ErrorCode.UNKNOWN_FAMILY, incoming.fileName()
                    + ": no page matches a known standard layout (Lazio percorso, profile, Campania, Atlante)");
        }
        return StandardIds.distinctInFile(out);
    }

    /**
     * The draft with what its pages say of the reading (pages without text, OCR confidence of its values) and
     * its title without an annex label run into it.
     */
    private static StandardDraft withPageFacts(StandardDraft d, List<SpooledPages.Summary> summaries, List<PageText> pages,
                                               Part part) {
        List<Integer> blank = summaries.subList(part.pageStart() - 1, part.pageEnd()).stream()
                .filter(p -> !p.hasTextLayer()).map(SpooledPages.Summary::number).toList();
        return new StandardDraft(d.kind(), d.region(), StandardIds.withoutAnnexLabel(d.title()), d.eqfLevel(), d.description(),
                d.classification(), d.duration(), d.attendance(), d.credits(), d.entryRequirements(), d.units(),
                d.evidence().withUnreadablePages(blank).withOcrConfidence(OcrConfidence.of(d.evidence().boxes(), pages)));
    }

    private CanonicalStandard canonical(StandardDraft d, IncomingFile incoming, Part part, @Nullable Determination act,
                                        List<Integer> ocrPages, @Nullable Signature signature) {
        String id = StandardIds.of(d.region(), d.kind().toString(), d.title());
        Source source = new Source(incoming.fileName(), incoming.sha256(), part.pageStart(), part.pageEnd(),
                part.annex(), act, d.evidence().boxes(), !ocrPages.isEmpty(), ocrPages, signature);
        List<Flag> flags = validator.validate(d);
        return StandardIds.namedBySource(new CanonicalStandard(CanonicalStandard.SCHEMA_VERSION, id, d.kind(),
                d.region(), d.title(), d.eqfLevel(), d.description(), d.classification(), d.duration(), d.attendance(),
                d.credits(), d.entryRequirements(), d.units(), flags, ConfidenceSummary.of(d, flags, !ocrPages.isEmpty()),
                source));
    }

    private static @Nullable String actRegion(@Nullable Determination act) {
        if (act == null || act.issuer() == null) {
            return null;
        }
        return act.issuer().replaceFirst("(?i)^regione\\s+", "").trim();
    }

}
