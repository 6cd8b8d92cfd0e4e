package it.policydoc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.history.AmendmentNotes;
import it.policydoc.history.PolicyHistory;
import it.policydoc.history.RepealedUnit;
import it.policydoc.history.UnitNote;
import it.policydoc.model.Article;
import it.policydoc.model.Block;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three amendments in a row: a number repealed by one is never given again by the next (it still
 * stands in the testo coordinato as "(abrogato)"); a whole new text approved with --rinumera is
 * numbered afresh, without notes.
 */
class RepealedNumbersTest {

    @TempDir
    Path tmp;

    private static String policy(String status, String acts, String articles) {
        return "titolo: Prova\nstato: " + status + "\natti:\n" + acts + "contenuto:\n" + articles;
    }

    private static String article(String id, String words) {
        return "  - articolo: " + id + "\n    id: " + id + "\n    commi:\n      - " + words + "\n";
    }



    @Test
    void aRepealedNumberIsNeverGivenAgainAndARenumberedTextStartsAfresh() throws IOException {
        Path comune = Files.createDirectories(tmp.resolve("policies/prova"));
        Files.writeString(comune.resolve("comune.yaml"),
                "nome: Prova\nprovincia: Ancona\nsigla_provincia: AN\ncodice_istat: \"042999\"\n");
        Path file = comune.resolve("social-media-policy.yaml");
        String a = article("oggetto", "Il regolamento disciplina i profili social del Comune.");
        String b = article("gestione", "Il Sindaco è titolare dei profili social del Comune.");
        String x = article("inserito", "Una regola aggiunta tra il primo e il secondo articolo.");
        String y = article("altro", "Un'altra regola, aggiunta dopo che la prima fu abrogata.");
        Files.writeString(file, policy("bozza", "  - ruolo: adozione\n", a + b));
        PolicyBuild build = new PolicyBuild(1);
        Approval approval = new Approval(build);
        approve(approval, file, "1", "2023-01-10", false);

        assertTrue(new Amendment(build).start(file).started());
        Files.writeString(file, Files.readString(file).replace(b, x + b));
        approve(approval, file, "2", "2023-06-01", false);
        assertTrue(new Amendment(build).start(file).started());
        Files.writeString(file, Files.readString(file).replace(x, ""));
        approve(approval, file, "3", "2024-01-15", false);
        PolicyHistory repealed = history(build, file);
        assertEquals(List.of("1", "2"), labels(repealed));
        List<RepealedUnit> after = repealed.currentNotes().after("oggetto");
        assertEquals(1, after.size(), repealed.currentNotes().toString());
        assertEquals("1-bis", after.get(0).label());
        assertEquals(List.of(UnitNote.Change.INSERTED, UnitNote.Change.REPEALED),
                after.get(0).notes().stream().map(UnitNote::change).toList(), "its history goes with it");

        assertTrue(new Amendment(build).start(file).started());
        Files.writeString(file, Files.readString(file).replace(b, y + b));
        PolicyHistory inserted = history(build, file);
        assertEquals(List.of("1", "1-ter", "2"), labels(inserted), "1-bis stays the repealed article's");
        assertEquals(UnitNote.Change.INSERTED, inserted.currentNotes().of("altro").get(0).change());
        assertTrue(inserted.currentNotes().of("altro").get(0).act().number().isEmpty(), "the proposed act");

        approve(approval, file, "4", "2025-02-01", true);
        PolicyHistory renumbered = history(build, file);
        assertEquals(List.of("1", "2", "3"), labels(renumbered), "a whole new text is numbered from 1");
        assertEquals(AmendmentNotes.NONE, renumbered.currentNotes(), "and carries no notes of the old one");
        assertEquals(4, renumbered.versions().size(), "the old versions stay listed");
        assertTrue(Files.readString(file).contains("ruolo: sostituzione"), Files.readString(file));
    }

    private static void approve(Approval approval, Path file, String number, String date, boolean renumber)
            throws IOException {
        Approval.Outcome outcome = approval.approve(
                new Approval.Request(file, number, LocalDate.parse(date), Optional.empty(), renumber));
        assertTrue(outcome.version().isPresent(), outcome.diagnostics().toString());
    }

    private static PolicyHistory history(PolicyBuild build, Path file) {
        PolicyBuild.Checked checked = build.loadAndCheck(file);
        return checked.histories().get(0);
    }

    private static List<String> labels(PolicyHistory history) {
        return history.current().content().stream().map(RepealedNumbersTest::label).toList();
    }

    private static String label(Block block) {
        return ((Article) block).label();
    }
}
