package it.policydoc.importing.structure;

import it.policydoc.text.ProvisionResolver;
import it.policydoc.model.Article;
import it.policydoc.model.Block;
import it.policydoc.model.Comma;
import it.policydoc.model.Comune;
import it.policydoc.model.Contacts;
import it.policydoc.model.Definition;
import it.policydoc.model.DefinitionList;
import it.policydoc.model.Outline;
import it.policydoc.model.Paragraph;
import it.policydoc.model.Point;
import it.policydoc.model.PointList;
import it.policydoc.model.Policy;
import it.policydoc.model.Section;
import it.policydoc.model.SourcePos;
import it.policydoc.model.Text;
import it.policydoc.model.Unit;
import it.policydoc.text.PolicyLinks;
import it.policydoc.text.refs.LawReference;
import it.policydoc.text.refs.LawReferenceRecogniser;
import it.policydoc.text.refs.ProvisionAddress;
import it.policydoc.text.refs.ProvisionReference;
import it.policydoc.text.refs.ProvisionReferenceRecogniser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hand-typed references of an imported text ("art. 4 comma 3", "comma 2") that name exactly one
 * unit of it become symbolic references that keep the same words ({@code [[gestione.3|art. 4
 * comma 3]]}), so they follow any later renumbering; those that name nothing stay as written and
 * are listed, for the clerk to look at.
 *
 * @param detected the policy with its references made symbolic
 * @param unresolved the words of each reference that names nothing, in reading order
 */
public record ImportedReferences(DetectedPolicy detected, List<String> unresolved) {

    public ImportedReferences {
        unresolved = List.copyOf(unresolved);
    }

    public static ImportedReferences of(DetectedPolicy detected) {
        Comune none = new Comune("x", "", "", "", "", Optional.empty(), Contacts.none(), List.of(),
                SourcePos.start(Path.of("comune.yaml")));
        Policy policy = detected.policy("x", Path.of("x.yaml"), none);
        Outline outline = Outline.of(policy);
        ProvisionResolver resolver = new ProvisionResolver(outline);
        LawReferenceRecogniser laws = PolicyLinks.lawsAsOf(policy);
        ProvisionReferenceRecogniser provisions = new ProvisionReferenceRecogniser();
        Map<Text, Text> replaced = new HashMap<>();
        List<String> unresolved = new ArrayList<>();
        for (Outline.TextSite site : outline.texts()) {
            String text = site.text().markdown();
            List<LawReference> cited = laws.find(text);
            StringBuilder out = new StringBuilder(text);
            List<ProvisionReference> found = provisions.find(text, cited);
            for (int i = found.size() - 1; i >= 0; i--) {
                ProvisionReference reference = found.get(i);
                String written = reference.addressSpan().of(text);
                List<Unit> targets = new ArrayList<>();
                boolean missing = false;
                for (ProvisionAddress address : reference.addresses()) {
                    ProvisionResolver.Resolved resolved = resolver.resolve(address, site.owner(), reference.direction());
                    if (resolved instanceof ProvisionResolver.Resolved.Found hit) {
                        targets.add(hit.unit());
                    } else {
                        missing = true;
                    }
                }
                if (citesAnAct(text, reference.addressSpan().end())) {
                    continue;
                }
                if (missing) {
                    unresolved.add(0, written);
                } else if (targets.size() == 1 && !written.contains("[") && !written.contains("]")
                        && !written.contains("|")) {
                    out.replace(reference.addressSpan().start(), reference.addressSpan().end(),
                            "[[" + targets.get(0).anchor() + "|" + written + "]]");
                }
            }
            if (!out.toString().equals(text)) {
                replaced.put(site.text(), new Text(out.toString(), site.text().pos()));
            }
        }
        TextSwap swap = new TextSwap(replaced);
        return new ImportedReferences(detected.withContent(
                detected.preamble().stream().map(swap::paragraph).toList(), swap.blocks(detected.content())), unresolved);
    }

    /**
     * Whether the words after an address name an act ("art. 5, comma 2, Decreto Trasparenza",
     * "art. 49 TUEL"): then it is a provision of that act, even when the act is only named by an
     * alias the recogniser does not know, and it must not become a link into this text.
     */
    private static boolean citesAnAct(String text, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 60));
        return ACT_AFTER.matcher(after).lookingAt();
    }

    private static final java.util.regex.Pattern ACT_AFTER = java.util.regex.Pattern.compile(
            "(?i)\\s*[,(]?\\s*(?:del(?:la|lo|l['’])?\\s+(?:citat[oa]\\s+)?)?(?:d\\.?\\s?lgs|d\\.?\\s?l\\.|d\\.?\\s?p\\.?\\s?r|decreto|legge|l\\.\\s?r?\\.?\\s*n|"
                    + "l\\.\\s?\\d|tuel|t\\.u\\.|cad\\b|codice|costituzione|statuto|regolamento\\s+(?:ue|\\(ue\\)|europeo|generale)|gdpr|direttiva|circolare)");

    /** Rebuilds the tree with some texts replaced; everything else is kept as it is. */
    private record TextSwap(Map<Text, Text> replaced) {

        Text text(Text t) {
            return replaced.getOrDefault(t, t);
        }

        List<Block> blocks(List<Block> blocks) {
            return blocks.stream().map(this::block).toList();
        }

        private Block block(Block b) {
            if (b instanceof Section s) {
                return new Section(s.id(), text(s.title()), s.audience(), blocks(s.content()), s.pos(), s.number());
            }
            if (b instanceof Article a) {
                return new Article(a.id(), a.number(), text(a.title()), a.audience(),
                        a.commi().stream().map(this::comma).toList(), a.pos(), a.numberedCommi());
            }
            if (b instanceof Paragraph p) {
                return paragraph(p);
            }
            if (b instanceof DefinitionList d) {
                return definitions(d);
            }
            return list((PointList) b);
        }

        private Comma comma(Comma c) {
            return new Comma(c.id(), c.anchor(), c.number(), text(c.text()), c.audience(), c.points().map(this::list),
                    c.continuation().stream().map(this::paragraph).toList(), c.pos(), c.definitions().map(this::definitions));
        }

        private DefinitionList definitions(DefinitionList l) {
            return new DefinitionList(l.id(), l.definitions().stream().map(d -> new Definition(d.id(), d.anchor(),
                    d.ordinal(), text(d.term()), text(d.definition()), d.audience(), d.pos())).toList(), l.pos());
        }

        private PointList list(PointList l) {
            return new PointList(l.id(), l.style(), l.points().stream().map(this::point).toList(), l.pos());
        }

        private Point point(Point p) {
            return new Point(p.id(), p.anchor(), p.ordinal(), p.label(), p.title().map(this::text), text(p.text()),
                    p.audience(), p.subpoints().map(this::list), p.pos());
        }

        Paragraph paragraph(Paragraph p) {
            return new Paragraph(p.id(), p.title().map(this::text), text(p.text()), p.audience(), p.pos());
        }
    }
}
