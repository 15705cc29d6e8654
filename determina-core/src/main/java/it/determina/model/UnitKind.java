package it.determina.model;

/** The kind of a unit: URA (Lazio), UF (Campania), UC (profiles) or an Atlante competence. */
public enum UnitKind {
    LEARNING_OUTCOME_UNIT("learning-outcome-unit"),
    TRAINING_UNIT("training-unit"),
    COMPETENCE_UNIT("competence-unit"),
    COMPETENCE("competence");

    private final String value;

    UnitKind(String value) {
        this.value = value;
    }

    @Override
    public String toString() {
        return value;
    }
}
