package it.policydoc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which units the handbook takes, and how they keep their frame and their numbers. */
class ExcerptTest {

    private static final Path FILE = Path.of("prova.yaml");
    private static final Comune COMUNE = new Comune("borgo", "Borgo", "Ancona", "AN", "042999", Optional.empty(),
            Contacts.none(), List.of(), SourcePos.start(FILE));

    private static Text text(String words) {
        return new Text(words, SourcePos.start(FILE));
    }

    private static Comma comma(String article, int n, Audience audience, Optional<PointList> points) {
        return new Comma(Optional.empty(), article + "." + n, n, text(article + " comma " + n), audience, points,
                List.of(), SourcePos.start(FILE));
    }

    private static Point point(String comma, int n, Audience audience) {
        String label = Numbering.pointLabel(ListStyle.LETTERS, n);
        return new Point(Optional.empty(), comma + "." + label, n, label, Optional.empty(),
                text(comma + " lettera " + label), audience, Optional.empty(), SourcePos.start(FILE));
    }

    /**
     * Art. 1 unmarked (for everyone); art. 2 for staff, with comma 2 for the public and comma 3 for
     * both; section "esterna" for the public, with art. 3 whose comma 2, point b is for staff.
     */
    private static Policy policy() {
        Article general = new Article("generale", 1, text("Generale"), Audience.ALL,
                List.of(comma("generale", 1, Audience.ALL, Optional.empty())), SourcePos.start(FILE));
        Article staff = new Article("interna", 2, text("Interna"), Audience.STAFF, List.of(
                comma("interna", 1, Audience.STAFF, Optional.empty()),
                comma("interna", 2, Audience.PUBLIC, Optional.empty()),
                comma("interna", 3, Audience.ALL, Optional.empty())), SourcePos.start(FILE));
        PointList points = new PointList(Optional.empty(), ListStyle.LETTERS, List.of(
                point("esterna-art.2", 1, Audience.PUBLIC), point("esterna-art.2", 2, Audience.STAFF)),
                SourcePos.start(FILE));
        Article external = new Article("esterna-art", 3, text("Esterna"), Audience.PUBLIC, List.of(
                comma("esterna-art", 1, Audience.PUBLIC, Optional.empty()),
                comma("esterna-art", 2, Audience.PUBLIC, Optional.of(points))), SourcePos.start(FILE));
        Section section = new Section("esterna", text("Policy esterna"), Audience.PUBLIC, List.of(
                new Paragraph(Optional.empty(), Optional.empty(), text("Introduzione"), Audience.PUBLIC,
                        SourcePos.start(FILE)),
                external), SourcePos.start(FILE));
        Paragraph preamble = new Paragraph(Optional.empty(), Optional.empty(), text("Premessa"), Audience.ALL,
                SourcePos.start(FILE));
        PolicyMetadata meta = new PolicyMetadata(text("Policy"), Optional.empty(), PolicyStatus.DRAFT,
                Optional.empty(), List.of(), List.of());
        return new Policy("prova", FILE, Optional.empty(), COMUNE, meta, List.of(preamble),
                List.of(general, staff, section));
    }

    /** "text" for kept texts, "[heading]" for article and section titles, in reading order. */
    private static List<String> shown(Excerpt excerpt) {
        List<String> shown = new ArrayList<>();
        excerpt.preamble().forEach(p -> shown.add(p.text().markdown()));
        blocks(excerpt.content(), shown);
        return shown;
    }

    private static void blocks(List<Block> blocks, List<String> shown) {
        for (Block block : blocks) {
            if (block instanceof Section s) {
                shown.add("[" + s.title().markdown() + "]");
                blocks(s.content(), shown);
            } else if (block instanceof Article a) {
                shown.add("[Art. " + a.number() + " " + a.title().markdown() + "]");
                for (Comma c : a.commi()) {
                    shown.add(c.number() + ". " + c.text().markdown());
                    c.points().ifPresent(l -> l.points().forEach(p -> shown.add(p.label() + ") " + p.text().markdown())));
                }
            } else if (block instanceof Paragraph p) {
                shown.add(p.text().markdown());
            }
        }
    }

    @Test
    void staffGetsWhatIsMarkedForStaffAndWhatInsideItConcernsEveryone() {
        assertEquals(List.of(
                "[Art. 2 Interna]", "1. interna comma 1", "3. interna comma 3",
                "[Policy esterna]", "[Art. 3 Esterna]", "2. esterna-art comma 2", "b) esterna-art.2 lettera b"),
                shown(Excerpt.forStaff(policy())));
    }

    @Test
    void namedUnitsComeWholeWithTheirFrameAndNumbers() {
        Policy policy = policy();
        List<UnitRef> names = List.of(new UnitRef("esterna-art.2", SourcePos.start(FILE)),
                new UnitRef("generale", SourcePos.start(FILE)), new UnitRef("nessuno", SourcePos.start(FILE)));
        assertEquals(List.of(
                "[Art. 1 Generale]", "1. generale comma 1",
                "[Policy esterna]", "[Art. 3 Esterna]", "2. esterna-art comma 2",
                "a) esterna-art.2 lettera a", "b) esterna-art.2 lettera b"),
                shown(Excerpt.ofUnits(policy, names)));
    }

    @Test
    void nothingMarkedNothingTaken() {
        assertTrue(Excerpt.ofUnits(policy(), List.of()).isEmpty());
    }
}
