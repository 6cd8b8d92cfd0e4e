package it.policydoc.render.office;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.policydoc.history.AmendmentNotes;
import it.policydoc.load.PolicyLoader;
import it.policydoc.model.Policy;
import it.policydoc.pdf.ArchivalPdfWriter;
import it.policydoc.render.DeliberationPdfRenderer;
import it.policydoc.render.EditableAnnexRenderer;
import it.policydoc.render.PolicyViewBuilder;
import it.policydoc.render.Templates;
import it.policydoc.text.InlineMarkdown;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The office writers share what every annex has in common (the ODT's prepared template) across
 * the annexes they write and the threads that call them: an annex gives the same bytes whether
 * its writer is fresh, has written other annexes before, or is writing another annex on another
 * thread at the same moment.
 */
class SharedAnnexWritersTest {

    private static final int ROUNDS = 3;

    /** The two seeds (a draft and an approved policy) and a regulation with titles and chapters. */
    private static final List<AnnexDocument> ANNEXES = new ArrayList<>();
    private static final List<byte[]> FRESH_ODT = new ArrayList<>();
    private static final List<byte[]> FRESH_DOCX = new ArrayList<>();

    @BeforeAll
    static void writeEachAnnexWithFreshWriters() throws Exception {
        InlineMarkdown markdown = new InlineMarkdown();
        DeliberationPdfRenderer deliberation = new DeliberationPdfRenderer(new Templates(),
                new PolicyViewBuilder(markdown), markdown, new ArchivalPdfWriter());
        EditableAnnexRenderer renderer = new EditableAnnexRenderer(deliberation);
        List<Policy> policies = new ArrayList<>(new PolicyLoader().load(List.of(Path.of("policies"))).policies());
        policies.addAll(new PolicyLoader().load(List.of(Path.of("src/test/resources/regolamento/borgo-metropolitano")))
                .policies());
        for (Policy p : policies) {
            AnnexDocument annex = renderer.layout(p, deliberation.view(p, AmendmentNotes.NONE));
            ANNEXES.add(annex);
            FRESH_ODT.add(new OdtAnnexWriter().write(annex));
            FRESH_DOCX.add(new DocxAnnexWriter().write(annex));
        }
        assertEquals(3, ANNEXES.size());
    }

    @Test
    void aWriterGivesEveryAnnexItWritesTheBytesOfAFreshWriter() throws Exception {
        OdtAnnexWriter odt = new OdtAnnexWriter();
        DocxAnnexWriter docx = new DocxAnnexWriter();
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < ANNEXES.size(); i++) {
                assertArrayEquals(FRESH_ODT.get(i), odt.write(ANNEXES.get(i)), "ODT " + i + ", round " + round);
                assertArrayEquals(FRESH_DOCX.get(i), docx.write(ANNEXES.get(i)), "DOCX " + i + ", round " + round);
            }
        }
    }

    @Test
    void anAnnexHasTheSameBytesWhateverTheMachinesTimeZone() throws Exception {
        TimeZone machine = TimeZone.getDefault();
        try {
            for (String zone : List.of("Europe/Rome", "America/Los_Angeles", "Pacific/Kiritimati")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                for (int i = 0; i < ANNEXES.size(); i++) {
                    assertArrayEquals(FRESH_ODT.get(i), new OdtAnnexWriter().write(ANNEXES.get(i)), "ODT " + i + ", " + zone);
                    assertArrayEquals(FRESH_DOCX.get(i), new DocxAnnexWriter().write(ANNEXES.get(i)), "DOCX " + i + ", " + zone);
                }
            }
        } finally {
            TimeZone.setDefault(machine);
        }
    }

    @Test
    void threadsSharingNewWritersGetTheBytesOfFreshWriters() throws Exception {
        OdtAnnexWriter odt = new OdtAnnexWriter();
        DocxAnnexWriter docx = new DocxAnnexWriter();
        // Every thread starts at the same moment, so that they also race to prepare the shared template.
        CyclicBarrier start = new CyclicBarrier(ANNEXES.size());
        ExecutorService threads = Executors.newFixedThreadPool(ANNEXES.size());
        try {
            List<Future<List<byte[][]>>> written = new ArrayList<>();
            for (AnnexDocument annex : ANNEXES) {
                Callable<List<byte[][]>> task = () -> {
                    start.await();
                    List<byte[][]> documents = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        documents.add(new byte[][] {odt.write(annex), docx.write(annex)});
                    }
                    return documents;
                };
                written.add(threads.submit(task));
            }
            for (int i = 0; i < ANNEXES.size(); i++) {
                for (byte[][] documents : written.get(i).get()) {
                    assertArrayEquals(FRESH_ODT.get(i), documents[0], "ODT " + i);
                    assertArrayEquals(FRESH_DOCX.get(i), documents[1], "DOCX " + i);
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
