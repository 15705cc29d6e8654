package it.determina.family;

/**
 * One layout of standard (a region's format). Implementations are stateless and thread-safe.
 */
public interface DocumentFamily {

    /** A short stable name, e.g. "lazio-percorso". */
    String name();

    /** True when the annex's content is of this family; decided from the content, never the file name. */
    boolean recognises(AnnexContent content);

    /** The standard the annex holds, as far as the document states it; never null. */
    StandardDraft parse(AnnexContent content);
}
