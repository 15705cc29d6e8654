package it.determina.camel.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WorkItemTest {

    @Test
    void aStoredFileIsPublishedWithItsShaNameAndLocation() {
        WorkItem item = WorkItem.stored("ab12", "Determina n. 5.pdf");

        assertThat(WorkItem.parse(item.toJson())).isEqualTo(item);
        assertThat(item.location()).isEqualTo("postgresql:stored_file/ab12");
    }

    @Test
    void aMessageThatIsNoWorkItemIsRefused() {
        assertThatThrownBy(() -> WorkItem.parse("{\"file\":\"a.pdf\"}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkItem.parse("not json")).isInstanceOf(IllegalArgumentException.class);
    }
}
