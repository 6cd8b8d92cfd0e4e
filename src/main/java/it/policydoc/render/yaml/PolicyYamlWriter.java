package it.policydoc.render.yaml;

import it.policydoc.model.Act;
import it.policydoc.model.Article;
import it.policydoc.model.Audience;
import it.policydoc.model.Block;
import it.policydoc.model.Comma;
import it.policydoc.model.Definition;
import it.policydoc.model.DefinitionList;
import it.policydoc.model.ListStyle;
import it.policydoc.model.Paragraph;
import it.policydoc.model.Point;
import it.policydoc.model.PointList;
import it.policydoc.model.Policy;
import it.policydoc.model.PolicyMetadata;
import it.policydoc.model.Section;
import it.policydoc.model.Text;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.comments.CommentLine;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A policy as a policy YAML file, in the layout of the bundled policies: schema modeline and
 * comments on top, metadata, then the text; long texts folded ({@code >-}). The document is
 * built as a YAML node tree and written by snakeyaml-engine's emitter, which decides quoting.
 * Only what the loader would not infer is written: an audience equal to the enclosing unit's,
 * the default signatures and absent ids are left out.
 */
public final class PolicyYamlWriter {

    /** Lines are folded at this width, as in the bundled policies. */
    private static final int WIDTH = 92;
    /** Texts longer than this are folded rather than written on the key's line. */
    private static final int FOLD_FROM = 72;

    /**
     * @param schemaPath the schema as the modeline names it, relative to the file
     * @param comments lines written as comments after the modeline (without {@code #})
     */
    public String write(Policy policy, String schemaPath, List<String> comments) {
        List<NodeTuple> root = new ArrayList<>();
        PolicyMetadata m = policy.metadata();
        root.add(entry("titolo", text(m.title())));
        m.shortTitle().ifPresent(s -> root.add(entry("titolo_breve", scalar(s))));
        root.add(entry("stato", scalar(m.status().yamlName())));
        m.lastModified().ifPresent(d -> root.add(entry("ultima_modifica", scalar(d.toString()))));
        if (!m.acts().isEmpty()) {
            root.add(entry("atti", sequence(m.acts().stream().map(this::act).toList())));
        }
        if (!m.channels().isEmpty()) {
            SequenceNode channels = sequence(m.channels().stream().map(PolicyYamlWriter::scalar).map(Node.class::cast).toList());
            channels.setFlowStyle(FlowStyle.FLOW);
            root.add(entry("canali", channels));
        }
        if (!m.signatures().equals(PolicyMetadata.defaultSignatures(m.acts()))) {
            root.add(entry("firme", sequence(m.signatures().roles().stream().map(PolicyYamlWriter::scalar)
                    .map(Node.class::cast).toList())));
        }
        if (!policy.handbook().moderation().isEmpty()) {
            SequenceNode units = sequence(policy.handbook().moderation().stream().map(u -> scalar(u.path()))
                    .map(Node.class::cast).toList());
            units.setFlowStyle(FlowStyle.FLOW);
            root.add(entry("manuale", mapping(List.of(entry("moderazione", units)))));
        }
        if (!policy.preamble().isEmpty()) {
            root.add(entry("premessa", sequence(policy.preamble().stream()
                    .map(p -> paragraph(p, Audience.ALL)).toList())));
        }
        root.add(entry("contenuto", sequence(blocks(policy.content(), Audience.ALL))));

        List<CommentLine> header = new ArrayList<>();
        header.add(comment(" yaml-language-server: $schema=" + schemaPath));
        if (!comments.isEmpty()) {
            header.add(comment(""));
            comments.forEach(c -> header.add(comment(c.isEmpty() ? "" : " " + c)));
        }
        header.add(new CommentLine(Optional.empty(), Optional.empty(), "", CommentType.BLANK_LINE));
        root.get(0).getKeyNode().setBlockComments(header);

        DumpSettings settings = DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setIndent(2)
                .setIndicatorIndent(2)
                .setIndentWithIndicator(true)
                .setWidth(WIDTH)
                .setDumpComments(true)
                .setSplitLines(true)
                .build();
        StringWriter out = new StringWriter();
        new Dump(settings).dumpNode(mapping(root), new StreamDataWriter() {
            @Override
            public void write(String str) {
                out.write(str);
            }

            @Override
            public void write(String str, int off, int len) {
                out.write(str, off, len);
            }
        });
        return out.toString();
    }

    private static CommentLine comment(String text) {
        return new CommentLine(Optional.empty(), Optional.empty(), text, CommentType.BLOCK);
    }

    private Node act(Act a) {
        List<NodeTuple> t = new ArrayList<>();
        t.add(entry("ruolo", scalar(a.role().yamlName())));
        t.add(entry("tipo", scalar(a.type())));
        t.add(entry("organo", scalar(a.organ())));
        a.number().ifPresent(n -> t.add(entry("numero", scalar(n))));
        a.date().ifPresent(d -> t.add(entry("data", scalar(d.toString()))));
        if (a.date().isEmpty()) {
            a.year().ifPresent(y -> t.add(entry("anno", new ScalarNode(Tag.INT, y.toString(), ScalarStyle.PLAIN))));
        }
        if (!a.annex().equals(Act.DEFAULT_ANNEX)) {
            t.add(entry("allegato", scalar(a.annex())));
        }
        a.subject().ifPresent(s -> t.add(entry("oggetto", scalar(s))));
        return mapping(t);
    }

    private List<Node> blocks(List<Block> blocks, Audience inherited) {
        List<Node> nodes = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Section s) {
                List<NodeTuple> t = new ArrayList<>();
                t.add(entry("sezione", text(s.title())));
                s.number().ifPresent(n -> {
                    t.add(entry("livello", scalar(n.level().yamlName())));
                    if (n.numerals() != n.level().defaultNumerals()) {
                        t.add(entry("numerazione", scalar(n.numerals().yamlName())));
                    }
                });
                t.add(entry("id", scalar(s.id())));
                audience(t, s.audience(), inherited);
                t.add(entry("contenuto", sequence(blocks(s.content(), s.audience()))));
                nodes.add(mapping(t));
            } else if (b instanceof Article a) {
                nodes.add(article(a, inherited));
            } else if (b instanceof Paragraph p) {
                nodes.add(paragraph(p, inherited));
            } else if (b instanceof DefinitionList d) {
                List<NodeTuple> t = new ArrayList<>();
                d.id().ifPresent(id -> t.add(entry("id", scalar(id))));
                t.add(entry("definizioni", sequence(definitions(d, inherited))));
                nodes.add(mapping(t));
            } else if (b instanceof PointList l) {
                List<NodeTuple> t = new ArrayList<>();
                t.add(entry("elenco", scalar(l.style().yamlName())));
                l.id().ifPresent(id -> t.add(entry("id", scalar(id))));
                t.add(entry("punti", sequence(points(l, inherited))));
                nodes.add(mapping(t));
            }
        }
        return nodes;
    }

    private Node article(Article a, Audience inherited) {
        List<NodeTuple> t = new ArrayList<>();
        t.add(entry("articolo", text(a.title())));
        t.add(entry("id", scalar(a.id())));
        audience(t, a.audience(), inherited);
        if (!a.numberedCommi()) {
            t.add(entry("commi_numerati", new ScalarNode(Tag.BOOL, "false", ScalarStyle.PLAIN)));
        }
        t.add(entry("commi", sequence(a.commi().stream().map(c -> comma(c, a.audience())).toList())));
        return mapping(t);
    }

    private Node comma(Comma c, Audience inherited) {
        if (c.id().isEmpty() && c.audience() == inherited && c.points().isEmpty() && c.definitions().isEmpty()
                && c.continuation().isEmpty()) {
            return text(c.text());
        }
        List<NodeTuple> t = new ArrayList<>();
        t.add(entry("testo", text(c.text())));
        c.id().ifPresent(id -> t.add(entry("id", scalar(id))));
        audience(t, c.audience(), inherited);
        c.points().ifPresent(l -> {
            t.add(entry("elenco", scalar(l.style().yamlName())));
            t.add(entry("punti", sequence(points(l, c.audience()))));
        });
        c.definitions().ifPresent(d -> t.add(entry("definizioni", sequence(definitions(d, c.audience())))));
        if (!c.continuation().isEmpty()) {
            t.add(entry("seguito", sequence(c.continuation().stream().map(p -> paragraph(p, c.audience())).toList())));
        }
        return mapping(t);
    }

    private List<Node> definitions(DefinitionList list, Audience inherited) {
        List<Node> nodes = new ArrayList<>();
        for (Definition d : list.definitions()) {
            List<NodeTuple> t = new ArrayList<>();
            t.add(entry("termine", text(d.term())));
            t.add(entry("definizione", text(d.definition())));
            d.id().ifPresent(id -> t.add(entry("id", scalar(id))));
            audience(t, d.audience(), inherited);
            nodes.add(mapping(t));
        }
        return nodes;
    }

    private List<Node> points(PointList list, Audience inherited) {
        List<Node> nodes = new ArrayList<>();
        for (Point p : list.points()) {
            if (p.id().isEmpty() && p.title().isEmpty() && p.audience() == inherited && p.subpoints().isEmpty()) {
                nodes.add(text(p.text()));
                continue;
            }
            List<NodeTuple> t = new ArrayList<>();
            p.title().ifPresent(title -> t.add(entry("titolo", text(title))));
            t.add(entry("testo", text(p.text())));
            p.id().ifPresent(id -> t.add(entry("id", scalar(id))));
            audience(t, p.audience(), inherited);
            p.subpoints().ifPresent(sub -> {
                t.add(entry("elenco", scalar(sub.style().yamlName())));
                t.add(entry("punti", sequence(points(sub, p.audience()))));
            });
            nodes.add(mapping(t));
        }
        return nodes;
    }

    private Node paragraph(Paragraph p, Audience inherited) {
        if (p.id().isEmpty() && p.title().isEmpty() && p.audience() == inherited) {
            return text(p.text());
        }
        List<NodeTuple> t = new ArrayList<>();
        p.title().ifPresent(title -> t.add(entry("titolo", text(title))));
        t.add(entry("testo", text(p.text())));
        p.id().ifPresent(id -> t.add(entry("id", scalar(id))));
        audience(t, p.audience(), inherited);
        return mapping(t);
    }

    private static void audience(List<NodeTuple> t, Audience own, Audience inherited) {
        if (own != inherited) {
            t.add(entry("destinatari", scalar(own.yamlName())));
        }
    }

    /** A text: on the key's line when short, folded over several lines when long. */
    private static ScalarNode text(Text text) {
        String s = text.markdown();
        ScalarStyle style = s.length() > FOLD_FROM && !s.contains("\n") ? ScalarStyle.FOLDED : ScalarStyle.PLAIN;
        return new ScalarNode(Tag.STR, s, style);
    }

    private static ScalarNode scalar(String s) {
        return new ScalarNode(Tag.STR, s, ScalarStyle.PLAIN);
    }

    private static NodeTuple entry(String key, Node value) {
        return new NodeTuple(scalar(key), value);
    }

    private static MappingNode mapping(List<NodeTuple> tuples) {
        return new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK);
    }

    private static SequenceNode sequence(List<Node> items) {
        return new SequenceNode(Tag.SEQ, items, FlowStyle.BLOCK);
    }
}
