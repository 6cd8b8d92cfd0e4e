package it.policydoc.load;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.Act;
import it.policydoc.model.ActRole;
import it.policydoc.model.Article;
import it.policydoc.model.Audience;
import it.policydoc.model.Block;
import it.policydoc.model.Comma;
import it.policydoc.model.Comune;
import it.policydoc.model.Definition;
import it.policydoc.model.DefinitionList;
import it.policydoc.model.HandbookOptions;
import it.policydoc.model.ListStyle;
import it.policydoc.model.Numbering;
import it.policydoc.model.Numerals;
import it.policydoc.model.Paragraph;
import it.policydoc.model.Point;
import it.policydoc.model.PointList;
import it.policydoc.model.Policy;
import it.policydoc.model.PolicyMetadata;
import it.policydoc.model.PolicyStatus;
import it.policydoc.model.Section;
import it.policydoc.model.SectionLevel;
import it.policydoc.model.SectionNumber;
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
 * across the policy, every comma within its article, every point within its list and every
 * titolo, capo and sezione within the container around it, gives each unit its anchor and
 * resolves inherited audiences and the policy's default for numbered commi. One instance reads
 * one file.
 */
final class PolicyReader {

    static final String DEFAULT_ACT_TYPE = "deliberazione";
    static final String DEFAULT_ORGAN = "Giunta Comunale";
    /** Anchor prefix of lists written directly in the policy's body, outside any section. */
    private static final String BODY_ANCHOR = "testo";

    private final SourceText source;
    private final Comune comune;
    private final Parameters parameters;
    private final List<Diagnostic> diagnostics;
    private int articles;
    private boolean numberedCommiByDefault = true;

    PolicyReader(SourceText source, Comune comune, List<Diagnostic> diagnostics) {
        this.source = source;
        this.comune = comune;
        this.parameters = new Parameters(comune);
        this.diagnostics = diagnostics;
    }

    Policy read(YamlMap root, String slug, Optional<Path> base) {
        numberedCommiByDefault = flag(root, "commi_numerati").orElse(true);
        List<Act> acts = root.list("atti").stream().map(this::act).toList();
        PolicyMetadata metadata = new PolicyMetadata(
                text(root.scalar("titolo").orElseThrow()),
                root.string("titolo_breve"),
                PolicyStatus.fromYaml(root.string("stato").orElseThrow()),
                root.scalar("ultima_modifica").flatMap(n -> date(n, "ultima_modifica")),
                acts,
                root.list("canali").stream().map(n -> ((ScalarNode) n).getValue()).toList(),
                signatures(root, acts));
        List<Paragraph> preamble = root.list("premessa").stream().map(n -> paragraph(n, Audience.ALL)).toList();
        List<Block> content = blocks(root.list("contenuto"), Audience.ALL, BODY_ANCHOR,
                new Numbering.ContainerCounts());
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

    /** Who signs the printed policy: the roles under {@code firme}, else those the organ of its act has sign. */
    private static Signatures signatures(YamlMap root, List<Act> acts) {
        List<String> roles = root.list("firme").stream().map(n -> ((ScalarNode) n).getValue()).toList();
        return roles.isEmpty() ? PolicyMetadata.defaultSignatures(acts) : new Signatures(roles);
    }

    /** {@code anno}: the schema has checked it is a year in decimal digits. */
    private static Optional<Integer> year(String value) {
        try {
            return Optional.of(Integer.valueOf(value.replace("_", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A boolean key; the schema has checked it is one. */
    private static Optional<Boolean> flag(YamlMap map, String key) {
        return map.string(key).map(Boolean::parseBoolean);
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
                pos(node),
                map.string("anno").flatMap(PolicyReader::year),
                map.string("allegato").orElse(Act.DEFAULT_ANNEX));
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

    private List<Block> blocks(List<Node> nodes, Audience inherited, String parentAnchor,
            Numbering.ContainerCounts counts) {
        List<Block> blocks = new ArrayList<>();
        for (Node node : nodes) {
            Optional<YamlMap> map = YamlMap.of(node);
            if (map.isPresent() && map.get().has("articolo")) {
                blocks.add(article(map.get(), inherited));
            } else if (map.isPresent() && map.get().has("sezione")) {
                blocks.add(section(map.get(), inherited, counts));
            } else if (map.isPresent() && map.get().has("definizioni")) {
                YamlMap list = map.get();
                Audience audience = audience(list, inherited);
                blocks.add(definitions(list, audience, list.string("id").orElse(parentAnchor), list.string("id")));
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

    /**
     * A section; with a {@code livello} it is a titolo, capo or sezione and takes the next number
     * of its level, and the levels below it count again inside it.
     */
    private Section section(YamlMap map, Audience inherited, Numbering.ContainerCounts counts) {
        Audience audience = audience(map, inherited);
        String id = map.string("id").orElseThrow();
        Optional<SectionLevel> level = map.string("livello").map(SectionLevel::fromYaml);
        Optional<Numerals> numerals = map.string("numerazione").map(Numerals::fromYaml);
        if (level.isEmpty() && numerals.isPresent()) {
            diagnostics.add(Diagnostic.warning("numerals-without-level", pos(map.get("numerazione").orElseThrow())));
        }
        Optional<SectionNumber> number = level.map(l -> counts.next(l, numerals));
        Numbering.ContainerCounts inner = level.map(counts::inside).orElse(counts);
        Text title = text(map.scalar("sezione").orElseThrow());
        List<Block> content = blocks(map.list("contenuto"), audience, id, inner);
        return new Section(id, title, audience, content, pos(map.node()), number);
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
        boolean numberedCommi = flag(map, "commi_numerati").orElse(numberedCommiByDefault);
        return new Article(id, number, text(map.scalar("articolo").orElseThrow()), audience, commi, pos(map.node()),
                numberedCommi);
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
        Optional<DefinitionList> definitions = m.has("definizioni")
                ? Optional.of(definitions(m, audience, anchor, Optional.empty()))
                : Optional.empty();
        if (points.isPresent() && definitions.isPresent()) {
            diagnostics.add(Diagnostic.error("points-and-definitions", pos(m.get("definizioni").orElseThrow())));
        }
        List<Paragraph> continuation = m.list("seguito").stream().map(n -> paragraph(n, audience)).toList();
        return new Comma(id, anchor, number, text(m.scalar("testo").orElseThrow()), audience, points, continuation,
                pos(node), definitions);
    }

    /** The terms under {@code definizioni} of a comma or a block, anchored under {@code parentAnchor}. */
    private DefinitionList definitions(YamlMap owner, Audience inherited, String parentAnchor,
            Optional<String> listId) {
        List<Node> nodes = owner.list("definizioni");
        List<Definition> definitions = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            YamlMap m = YamlMap.of(nodes.get(i)).orElseThrow();
            int ordinal = Numbering.ordinal(i);
            Optional<String> id = m.string("id");
            definitions.add(new Definition(id, Numbering.anchor(id, parentAnchor, Integer.toString(ordinal)), ordinal,
                    text(m.scalar("termine").orElseThrow()), text(m.scalar("definizione").orElseThrow()),
                    audience(m, inherited), pos(nodes.get(i))));
        }
        return new DefinitionList(listId, definitions, pos(owner.get("definizioni").orElseThrow()));
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
                    Optional.empty(), text((ScalarNode) node), inherited, Optional.empty(), pos(node));
        }
        YamlMap m = map.get();
        Optional<String> id = m.string("id");
        String anchor = Numbering.anchor(id, parentAnchor, label);
        Audience audience = audience(m, inherited);
        Optional<PointList> subpoints = m.has("punti")
                ? Optional.of(pointList(m, ListStyle.NUMBERS, audience, anchor, Optional.empty()))
                : Optional.empty();
        return new Point(id, anchor, ordinal, label, m.scalar("titolo").map(this::text),
                text(m.scalar("testo").orElseThrow()), audience, subpoints, pos(node));
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
        Text text = parameters.fill(source.text(node), diagnostics);
        if (text.isBlank()) {
            diagnostics.add(Diagnostic.error("empty-text", pos(node)));
        }
        return text;
    }

    private SourcePos pos(Node node) {
        return YamlPositions.of(source.file(), node);
    }
}
