package it.policydoc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.policydoc.model.Comune;
import it.policydoc.model.Contacts;
import it.policydoc.model.ProvinceKind;
import it.policydoc.model.SourcePos;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ente of a comune, printed under its name in every output. */
class EnteLabelsTest {

    private static Comune in(String province, ProvinceKind kind) {
        return new Comune("x", "X", province, "XX", "000000", Optional.empty(), Contacts.none(), List.of(),
                SourcePos.start(Path.of("comune.yaml")), List.of(), kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Fermo | PROVINCIA | Provincia di Fermo",
        "L'Aquila | PROVINCIA | Provincia dell'Aquila",
        "La Spezia | PROVINCIA | Provincia della Spezia",
        "Milano | CITTA_METROPOLITANA | Città metropolitana di Milano",
        "Città metropolitana di Milano | PROVINCIA | Città metropolitana di Milano",
        "Città metropolitana di Napoli | CITTA_METROPOLITANA | Città metropolitana di Napoli",
        "Trapani | LIBERO_CONSORZIO | Libero consorzio comunale di Trapani",
        "Libero Consorzio Comunale di Ragusa | LIBERO_CONSORZIO | Libero Consorzio Comunale di Ragusa",
        "Trento | PROVINCIA_AUTONOMA | Provincia autonoma di Trento",
        "Provincia autonoma di Bolzano | PROVINCIA_AUTONOMA | Provincia autonoma di Bolzano",
        "Provincia  di   Fermo | PROVINCIA | Provincia di Fermo",
    })
    void eachEnteIsPrintedRightAndAWrittenNameAsWritten(String province, ProvinceKind kind, String printed) {
        assertEquals(printed, EnteLabels.province(in(province, kind)));
    }
}
