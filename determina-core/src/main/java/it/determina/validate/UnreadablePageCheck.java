package it.determina.validate;

import it.determina.family.StandardDraft;
import it.determina.model.Flag;
import it.determina.model.FlagCode;
import java.util.List;

/** UNREADABLE_PAGE: a page of the standard with no text that OCR could not read. */
public final class UnreadablePageCheck implements ConsistencyCheck {

    @Override
    public List<Flag> check(StandardDraft d) {
        return d.evidence().unreadablePages().stream()
                .map(p -> Flag.of(FlagCode.UNREADABLE_PAGE, "/source",
                        "page " + p + " has no extractable text and was not OCRed", null, null, p))
                .toList();
    }
}
