package it.determina.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import it.determina.model.Credit;
import it.determina.model.CreditRecognition;
import org.junit.jupiter.api.Test;

class CreditClassifierTest {

    @Test
    void refusalIsNotAllowed() {
        Credit c = CreditClassifier.classify("Non ammesso il riconoscimento di credito formativo di frequenza");
        assertThat(c.recognition()).isEqualTo(CreditRecognition.NOT_ALLOWED);
        assertThat(c.priorValue()).isFalse();
    }

    @Test
    void nonFormalLearningIsNotARefusal() {
        Credit c = CreditClassifier.classify("Ammesso il riconoscimento di credito formativo di frequenza, da apprendimenti"
                + " formali, non formali ed informali");
        assertThat(c.recognition()).isEqualTo(CreditRecognition.ALLOWED);
    }

    @Test
    void misspelledAdmissionIsStillAllowed() {
        assertThat(CreditClassifier.classify("Amnesso il riconoscimento di credito formativo").recognition())
                .isEqualTo(CreditRecognition.ALLOWED);
    }

    @Test
    void priorValueCreditIsRecognisedWithItsFlag() {
        Credit c = CreditClassifier.classify("Ammesso credito di frequenza con valore a priori, riconosciuto a chi ha già svolto");
        assertThat(c.recognition()).isEqualTo(CreditRecognition.ALLOWED_WITH_PRIOR_VALUE);
        assertThat(c.priorValue()).isTrue();
    }

    @Test
    void unclassifiableTextIsUnknownAndKept() {
        Credit c = CreditClassifier.classify("Si veda la disciplina regionale");
        assertThat(c.recognition()).isEqualTo(CreditRecognition.UNKNOWN);
        assertThat(c.text()).isEqualTo("Si veda la disciplina regionale");
    }

    @Test
    void emptyCellHasNoCredit() {
        assertThat(CreditClassifier.classify(" ")).isNull();
    }
}
