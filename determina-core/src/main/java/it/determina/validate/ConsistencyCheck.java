package it.determina.validate;

import it.determina.family.StandardDraft;
import it.determina.model.Flag;
import java.util.List;

/** One rule of the flag catalogue. Implementations are stateless; an empty list means nothing found. */
public interface ConsistencyCheck {

    List<Flag> check(StandardDraft draft);
}
