package it.policydoc.testing;

import it.policydoc.model.Act;
import it.policydoc.model.ActRole;
import it.policydoc.model.Article;
import it.policydoc.model.Audience;
import it.policydoc.model.Block;
import it.policydoc.model.Comma;
import it.policydoc.model.Comune;
import it.policydoc.model.Contacts;
import it.policydoc.model.ListStyle;
import it.policydoc.model.Numbering;
import it.policydoc.model.Paragraph;
import it.policydoc.model.Point;
import it.policydoc.model.PointList;
import it.policydoc.model.Policy;
import it.policydoc.model.PolicyMetadata;
import it.policydoc.model.PolicyStatus;
import it.policydoc.model.Section;
import it.policydoc.model.SourcePos;
import it.policydoc.model.Text;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A small policy built in code, so renderer tests do not depend on the YAML loader. */
public final class SamplePolicy {

    private static final Path FILE = Path.of("policies/esempio/prova.yaml");

    private SamplePolicy() {
    }

    public static Policy approved() {
        return policy(PolicyStatus.APPROVED, Optional.of("12"));
    }

    public static Policy draft() {
        return policy(PolicyStatus.DRAFT, Optional.empty());
    }

    private static Policy policy(PolicyStatus status, Optional<String> actNumber) {
        Comune comune = new Comune("esempio", "Borgo d'Esempio", "Ancona", "AN", "042999", Optional.empty(),
                Contacts.none(), List.of(), pos(1));
        Act act = new Act(ActRole.ADOPTION, "deliberazione", "Giunta Comunale", actNumber,
                actNumber.map(n -> LocalDate.of(2023, 3, 1)), Optional.of("Approvazione della policy"), pos(5));
        PolicyMetadata meta = new PolicyMetadata(text("Policy di *prova*"), Optional.empty(), status,
                Optional.of(LocalDate.of(2023, 3, 15)), List.of(act), List.of("Facebook", "Instagram"));

        PointList letters = new PointList(Optional.empty(), ListStyle.LETTERS, List.of(
                point("oggetto.2", 1, ListStyle.LETTERS, "informare i cittadini;"),
                point("oggetto.2", 2, ListStyle.LETTERS, "favorire la partecipazione <b>attiva</b>.")), pos(20));
        Article first = new Article("oggetto", 1, text("Oggetto"), Audience.ALL, List.of(
                comma("oggetto", 1, "La presente policy disciplina i profili social.", Optional.empty(), List.of()),
                comma("oggetto", 2, "I profili servono per:", Optional.of(letters),
                        List.of(new Paragraph(Optional.empty(), Optional.empty(), text("Paragrafo di seguito."),
                                Audience.ALL, pos(25))))),
                pos(10));
        Article second = new Article("gestione", 2, text("Gestione"), Audience.STAFF, List.of(
                comma("gestione", 1, "Il Sindaco è titolare dei profili.", Optional.empty(), List.of())), pos(30));
        PointList rules = new PointList(Optional.empty(), ListStyle.NUMBERS, List.of(
                point("regole", 1, ListStyle.NUMBERS, "Rispettare gli altri."),
                point("regole", 2, ListStyle.NUMBERS, "Restare in tema.")), pos(41));
        Section section = new Section("regole", text("Regole"), Audience.PUBLIC, List.<Block>of(
                new Paragraph(Optional.of("intro-regole"), Optional.of(text("ATTENZIONE:")), text("Valgono queste regole:"),
                        Audience.PUBLIC, pos(40)),
                rules,
                second), pos(39));
        Paragraph preamble = new Paragraph(Optional.empty(), Optional.empty(), text("Premessa della policy."),
                Audience.ALL, pos(8));
        return new Policy("prova", FILE, Optional.empty(), comune, meta, List.of(preamble), List.of(first, section));
    }

    private static Comma comma(String article, int n, String body, Optional<PointList> points,
            List<Paragraph> continuation) {
        return new Comma(Optional.empty(), Numbering.anchor(Optional.empty(), article, Integer.toString(n)), n,
                text(body), Audience.ALL, points, continuation, pos(n + 10));
    }

    private static Point point(String parentAnchor, int ordinal, ListStyle style, String body) {
        String label = Numbering.pointLabel(style, ordinal);
        return new Point(Optional.empty(), Numbering.anchor(Optional.empty(), parentAnchor, label), ordinal, label,
                Optional.empty(), text(body), Audience.ALL, Optional.empty(), pos(ordinal + 20));
    }

    private static Text text(String markdown) {
        return new Text(markdown, pos(1));
    }

    private static SourcePos pos(int line) {
        return new SourcePos(FILE, line, 3);
    }
}
