package it.policydoc.load;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.Act;
import it.policydoc.model.ActRole;
import it.policydoc.model.Article;
import it.policydoc.model.Audience;
import it.policydoc.model.Block;
import it.policydoc.model.Comma;
import it.policydoc.model.Comune;
import it.policydoc.model.HandbookOptions;
import it.policydoc.model.ListStyle;
import it.policydoc.model.Numbering;
import it.policydoc.model.Paragraph;
import it.policydoc.model.Point;
import it.policydoc.model.PointList;
import it.policydoc.model.Policy;
import it.policydoc.model.PolicyMetadata;
import it.policydoc.model.PolicyStatus;
import it.policydoc.model.Section;
import it.policydoc.model.Signatures;
import it.policydoc.model.SourcePos;
import it.policydoc.model.Text;
import it.policydoc.model.UnitRef;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A policy YAML, already valid against its schema, as a {@link Policy}: numbers every article
 * across the policy, every comma within its article and every point within its list, gives each
 * unit its anchor and resolves inherited audiences. One instance reads one file.
 */
final class PolicyReader {

    static final String DEFAULT_ACT_TYPE = "deliberazione";
    static final String DEFAULT_ORGAN = "Giunta Comunale";
    /** Anchor prefix of lists written directly in the policy's body, outside any section. */
    private static final String BODY_ANCHOR = "testo";

    private final SourceText source;
    private final Comune comune;
    private final Parameters parameters;
    private final FoldedLines folded;
    private final List<Diagnostic> diagnostics;
    private int articles;

    PolicyReader(SourceText source, Comune comune, FoldedLines folded, List<Diagnostic> diagnostics) {
        this.source = source;
        this.comune = comune;
        this.parameters = new Parameters(comune);
        this.folded = folded;
        this.diagnostics = diagnostics;
    }

    Policy read(YamlMap root, String slug, Optional<Path> base) {
        PolicyMetadata metadata = new PolicyMetadata(
                text(root.scalar("titolo").orElseThrow()),
                root.string("titolo_breve"),
                PolicyStatus.fromYaml(root.string("stato").orElseThrow()),
                root.scalar("ultima_modifica").flatMap(n -> date(n, "ultima_modifica")),
                root.list("atti").stream().map(this::act).toList(),
                root.list("canali").stream().map(n -> ((ScalarNode) n).getValue()).toList(),
                signatures(root),
                root.scalar("stato").map(this::pos));
        List<Paragraph> preamble = root.list("premessa").stream().map(n -> paragraph(n, Audience.ALL)).toList();
        List<Block> content = blocks(root.list("contenuto"), Audience.ALL, BODY_ANCHOR);
        return new Policy(slug, source.file(), base, comune, metadata, preamble, content, handbook(root));
    }

    /** {@code manuale}: the units named there are resolved by a check, which knows the whole text. */
    private HandbookOptions handbook(YamlMap root) {
        List<UnitRef> moderation = root.map("manuale").stream()
                .flatMap(m -> m.list("moderazione").stream())
                .map(n -> new UnitRef(((ScalarNode) n).getValue(), pos(n)))
                .toList();
        return new HandbookOptions(moderation);
    }

    /** Who signs the printed policy: the roles under {@code firme}, else the Giunta's usual two. */
    private static Signatures signatures(YamlMap root) {
        List<String> roles = root.list("firme").stream().map(n -> ((ScalarNode) n).getValue()).toList();
        return roles.isEmpty() ? Signatures.STANDARD : new Signatures(roles);
    }

    private Act act(Node node) {
        YamlMap map = YamlMap.of(node).orElseThrow();
        return new Act(
                map.string("ruolo").map(ActRole::fromYaml).orElse(ActRole.ADOPTION),
                map.string("tipo").orElse(DEFAULT_ACT_TYPE),
                map.string("organo").orElse(DEFAULT_ORGAN),
                map.string("numero"),
                map.scalar("data").flatMap(n -> date(n, "data")),
                map.string("oggetto"),
                pos(node));
    }

    /** The schema checked the shape AAAA-MM-GG; only here is 2022-02-30 found out. */
    private Optional<LocalDate> date(ScalarNode node, String key) {
        try {
            return Optional.of(LocalDate.parse(node.getValue()));
        } catch (DateTimeException e) {
            diagnostics.add(Diagnostic.error("invalid-date", pos(node), node.getValue(), key));
            return Optional.empty();
        }
    }

    private List<Block> blocks(List<Node> nodes, Audience inherited, String parentAnchor) {
        List<Block> blocks = new ArrayList<>();
        for (Node node : nodes) {
            Optional<YamlMap> map = YamlMap.of(node);
            if (map.isPresent() && map.get().has("articolo")) {
                blocks.add(article(map.get(), inherited));
            } else if (map.isPresent() && map.get().has("sezione")) {
                blocks.add(section(map.get(), inherited));
            } else if (map.isPresent() && map.get().has("punti")) {
                YamlMap list = map.get();
                Audience audience = audience(list, inherited);
                blocks.add(pointList(list, ListStyle.NUMBERS, audience, list.string("id").orElse(parentAnchor),
                        list.string("id")));
            } else {
                blocks.add(paragraph(node, inherited));
            }
        }
        return blocks;
    }

    private Section section(YamlMap map, Audience inherited) {
        Audience audience = audience(map, inherited);
        String id = map.string("id").orElseThrow();
        return new Section(id, text(map.scalar("sezione").orElseThrow()), audience,
                blocks(map.list("contenuto"), audience, id), pos(map.node()));
    }

    private Article article(YamlMap map, Audience inherited) {
        Audience audience = audience(map, inherited);
        String id = map.string("id").orElseThrow();
        int number = Numbering.ordinal(articles++);
        List<Node> nodes = map.list("commi");
        List<Comma> commi = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            commi.add(comma(nodes.get(i), Numbering.ordinal(i), id, audience));
        }
        return new Article(id, number, text(map.scalar("articolo").orElseThrow()), audience, commi, pos(map.node()));
    }

    private Comma comma(Node node, int number, String articleAnchor, Audience inherited) {
        Optional<YamlMap> map = YamlMap.of(node);
        if (map.isEmpty()) {
            return new Comma(Optional.empty(), Numbering.anchor(Optional.empty(), articleAnchor, Integer.toString(number)),
                    number, text((ScalarNode) node), inherited, Optional.empty(), List.of(), pos(node));
        }
        YamlMap m = map.get();
        Optional<String> id = m.string("id");
        String anchor = Numbering.anchor(id, articleAnchor, Integer.toString(number));
        Audience audience = audience(m, inherited);
        Optional<PointList> points = m.has("punti")
                ? Optional.of(pointList(m, ListStyle.LETTERS, audience, anchor, Optional.empty()))
                : Optional.empty();
        List<Paragraph> continuation = m.list("seguito").stream().map(n -> paragraph(n, audience)).toList();
        return new Comma(id, anchor, number, text(m.scalar("testo").orElseThrow()), audience, points, continuation,
                pos(node));
    }

    /**
     * The points under {@code owner} (a comma, a point or a list block, which carry the keys
     * {@code elenco} and {@code punti}). Points are anchored under {@code parentAnchor}.
     */
    private PointList pointList(YamlMap owner, ListStyle defaultStyle, Audience audience, String parentAnchor,
            Optional<String> listId) {
        ListStyle style = owner.string("elenco").map(ListStyle::fromYaml).orElse(defaultStyle);
        List<Node> nodes = owner.list("punti");
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            points.add(point(nodes.get(i), Numbering.ordinal(i), style, parentAnchor, audience));
        }
        return new PointList(listId, style, points, pos(owner.get("punti").orElseThrow()));
    }

    private Point point(Node node, int ordinal, ListStyle style, String parentAnchor, Audience inherited) {
        String label = Numbering.pointLabel(style, ordinal);
        Optional<YamlMap> map = YamlMap.of(node);
        if (map.isEmpty()) {
            return new Point(Optional.empty(), Numbering.anchor(Optional.empty(), parentAnchor, label), ordinal, label,
                    Optional.empty(), pointText((ScalarNode) node), inherited, Optional.empty(), pos(node));
        }
        YamlMap m = map.get();
        Optional<String> id = m.string("id");
        String anchor = Numbering.anchor(id, parentAnchor, label);
        Audience audience = audience(m, inherited);
        Optional<PointList> subpoints = m.has("punti")
                ? Optional.of(pointList(m, ListStyle.NUMBERS, audience, anchor, Optional.empty()))
                : Optional.empty();
        return new Point(id, anchor, ordinal, label, m.scalar("titolo").map(this::text),
                pointText(m.scalar("testo").orElseThrow()), audience, subpoints, pos(node));
    }

    private Paragraph paragraph(Node node, Audience inherited) {
        Optional<YamlMap> map = YamlMap.of(node);
        if (map.isEmpty()) {
            return new Paragraph(Optional.empty(), Optional.empty(), text((ScalarNode) node), inherited, pos(node));
        }
        YamlMap m = map.get();
        return new Paragraph(m.string("id"), m.scalar("titolo").map(this::text), text(m.scalar("testo").orElseThrow()),
                audience(m, inherited), pos(node));
    }

    private static Audience audience(YamlMap map, Audience inherited) {
        return map.string("destinatari").map(Audience::fromYaml).orElse(inherited);
    }

    /**
     * A text field with its parameters filled in; one that holds only spaces passes the schema
     * but is still empty.
     */
    private Text text(ScalarNode node) {
        Text written = source.text(node);
        diagnostics.addAll(folded.find(written));
        Text text = parameters.fill(written, diagnostics);
        if (text.isBlank()) {
            diagnostics.add(Diagnostic.error("empty-text", pos(node)));
        }
        return text;
    }

    /** A point's text: a line of it after one ending with ";" is probably the next point, without its dash. */
    private Text pointText(ScalarNode node) {
        Text text = text(node);
        diagnostics.addAll(folded.afterSemicolon(source.text(node)));
        return text;
    }

    private SourcePos pos(Node node) {
        return YamlPositions.of(source.file(), node);
    }
}
