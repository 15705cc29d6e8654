package it.determina.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.determina.model.Kind;
import it.determina.model.UnitKind;
import org.junit.jupiter.api.Test;

class FamilySheetTest {

    @Test
    void readsADeclaredFamilyWithItsFieldsAndUnits() {
        FamilySheet sheet = FamilySheet.load("toscana-figura.yaml");
        assertThat(sheet.name()).isEqualTo("toscana-figura");
        assertThat(sheet.kind()).isEqualTo(Kind.PROFESSIONAL_PROFILE);
        assertThat(sheet.fields()).extracting(FamilySheet.Field::type).contains(ValueType.EQF, ValueType.SECTOR, ValueType.KNOWN);
        assertThat(sheet.units()).isNotNull();
        assertThat(sheet.units().kind()).isEqualTo(UnitKind.COMPETENCE_UNIT);
        assertThat(sheet.units().fields()).extracting(FamilySheet.Field::pointer)
                .containsExactly("/competenceUnit", "/expectedResult", "/skills", "/knowledge");
    }

    @Test
    void defaultsListsToAddUpAndTextToTheLastRow() {
        FamilySheet sheet = FamilySheet.load("campania-standard.yaml");
        FamilySheet.Field ada = sheet.fields().stream().filter(f -> "/classification/ada".equals(f.pointer())).findFirst().orElseThrow();
        FamilySheet.Field description = sheet.fields().stream().filter(f -> "/description".equals(f.pointer())).findFirst().orElseThrow();
        assertThat(ada.keep()).isEqualTo(FamilySheet.Keep.ALL);
        assertThat(description.keep()).isEqualTo(FamilySheet.Keep.LAST);
    }

    @Test
    void declaresTheLazioUnitTableColumns() {
        FamilySheet sheet = FamilySheet.load("lazio-percorso.yaml");
        assertThat(sheet.unitTable()).isNotNull();
        assertThat(sheet.unitTable().columns()).extracting(FamilySheet.Column::pointer)
                .contains("/number", "/title", "/minHours", "/distanceMaxHours", "/credit", "/contents");
    }

    @Test
    void namesTheFileAndTheCauseOfABrokenDeclaration() {
        assertThatThrownBy(() -> FamilySheet.load("broken-type.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/families/broken-type.yaml").hasMessageContaining("paragraph");
        assertThatThrownBy(() -> FamilySheet.load("broken-pattern.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/families/broken-pattern.yaml").hasMessageContaining("Unclosed group");
        assertThatThrownBy(() -> FamilySheet.load("absent.yaml"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/families/absent.yaml not found");
    }
}
