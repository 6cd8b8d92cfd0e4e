package it.policydoc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.policydoc.pipeline.PolicyBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks on the structures and acts of municipal regulations, with their codes and positions. */
class RegulationChecksTest {

    @TempDir
    Path tmp;

    private Path folder;

    @BeforeEach
    void comune() throws IOException {
        folder = Files.createDirectories(tmp.resolve("borgo"));
        Files.writeString(folder.resolve("comune.yaml"), """
                nome: Borgo d'Esempio
                provincia: Ancona
                sigla_provincia: AN
                codice_istat: "042999"
                """, StandardCharsets.UTF_8);
    }

    private List<String> check(String policy) throws IOException {
        Files.writeString(folder.resolve("prova.yaml"), policy, StandardCharsets.UTF_8);
        return new PolicyBuild().check(List.of(folder)).diagnostics().stream()
                .map(d -> d.severity().label() + " " + d.code() + "@" + d.pos().line() + ":" + d.pos().column())
                .toList();
    }

    @Test
    void aContainerCannotHoldOneOfAHigherOrEqualLevel() throws IOException {
        assertEquals(List.of("error section-level-order@8:9", "error section-level-order@12:13"), check("""
                titolo: T
                stato: bozza
                contenuto:
                  - sezione: Un capo
                    livello: capo
                    id: capo
                    contenuto:
                      - sezione: Un titolo nel capo
                        livello: titolo
                        id: titolo
                        contenuto:
                          - sezione: Un altro titolo
                            livello: titolo
                            id: titolo-due
                            contenuto: [Testo.]
                  - sezione: Un titolo
                    livello: titolo
                    id: giusto
                    contenuto:
                      - sezione: Senza livello
                        id: piana
                        contenuto:
                          - sezione: Capo dentro
                            livello: capo
                            id: capo-dentro
                            contenuto: [Testo.]
                """));
    }

    @Test
    void anActKnownByItsYearIsForDraftsAndNeverBesideItsDate() throws IOException {
        String acts = """
                titolo: T
                stato: %s
                atti:
                  - organo: Consiglio Comunale
                    numero: 12
                    anno: 2016
                  - ruolo: modifica
                    numero: 3
                    data: 2020-05-04
                    anno: 2020
                contenuto: [Testo.]
                """;
        assertEquals(List.of("error act-year-approved@4:5", "warning act-year-and-date@7:5"),
                check(acts.formatted("approvata")));
        assertEquals(List.of("warning act-year-and-date@7:5", "warning draft-act-numbered@7:5"),
                check(acts.formatted("bozza")));
    }

    @Test
    void aDraftAmendingAnAdoptedTextMayListTheAdoptionWithItsNumber() throws IOException {
        assertEquals(List.of(), check("""
                titolo: T
                stato: bozza
                atti:
                  - organo: Consiglio Comunale
                    numero: 12
                    anno: 2016
                  - ruolo: modifica
                    organo: Consiglio Comunale
                contenuto: [Testo.]
                """));
    }
}
