package fi.ekokartta.base.domain;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordFieldsTest {

    private record Entry(String name, String phone) {
    }

    @Test
    void an_empty_component_reads_as_null_and_an_unknown_one_is_refused() {
        Entry entry = new Entry("Yhdistys", null);

        assertThat(RecordFields.get(entry, "phone")).isNull();
        assertThat(RecordFields.get(entry, "name")).isEqualTo("Yhdistys");
        assertThat(RecordFields.with(entry, Map.of("phone", "+35881234567"))).isEqualTo(new Entry("Yhdistys", "+35881234567"));
        assertThatThrownBy(() -> RecordFields.get(entry, "email")).isInstanceOf(IllegalArgumentException.class);
    }
}
