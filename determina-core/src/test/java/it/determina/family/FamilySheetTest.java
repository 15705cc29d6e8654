package it.determina.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.determina.model.AdaCode;
import it.determina.model.Kind;
import it.determina.model.UnitKind;
import java.util.ArrayList;
import java.util.List;
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
    void declaresTheAtlantePageAsReadLineByLine() {
        FamilySheet sheet = FamilySheet.load("atlante.yaml");
        assertThat(sheet.lines()).isNotNull();
        assertThat(sheet.lines().titleAfter()).isNotNull();
        assertThat(sheet.kind()).isEqualTo(Kind.QUALIFICATION_RECORD);
        assertThat(sheet.fields()).filteredOn(FamilySheet.Field::below).extracting(FamilySheet.Field::pointer)
                .containsExactly("/classification/istat", "/classification/ateco");
        assertThat(sheet.units().kind()).isEqualTo(UnitKind.COMPETENCE);
        assertThat(sheet.units().fields()).filteredOn(FamilySheet.Field::below).extracting(FamilySheet.Field::pointer)
                .containsExactly("/knowledge", "/skills");
    }

    @Test
    void keepsACodeReadTwiceOnceWhereTheFieldKeepsCodesUnique() {
        List<Object> ada = new ArrayList<>();
        SheetValues.addAll(ada, CodeReader.ada("ADA.24.01.08 (ex ADA.25.231.757) - Gestione del centralino"), FamilySheet.Keep.UNIQUE);
        SheetValues.addAll(ada, CodeReader.ada("ADA.24.01.08 - Centralino ADA.24.04.11 - Accoglienza"), FamilySheet.Keep.UNIQUE);
        assertThat(ada).extracting(o -> ((AdaCode) o).title()).containsExactly("Gestione del centralino", "Accoglienza");
        List<Object> all = new ArrayList<>();
        SheetValues.addAll(all, CodeReader.ada("ADA.24.01.08 - Centralino"), FamilySheet.Keep.ALL);
        SheetValues.addAll(all, CodeReader.ada("ADA.24.01.08 - Centralino"), FamilySheet.Keep.ALL);
        assertThat(all).hasSize(2);
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
        assertThatThrownBy(() -> FamilySheet.load("broken-lines.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/families/broken-lines.yaml").hasMessageContaining("opens a unit");
        assertThatThrownBy(() -> FamilySheet.load("broken-below.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/families/broken-below.yaml").hasMessageContaining("read from lines");
    }
}
