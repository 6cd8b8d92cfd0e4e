package it.policydoc.render.handbook;

import freemarker.template.utility.StringUtil;
import it.policydoc.text.ChapterSource;
import it.policydoc.text.SymbolicLink;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.InlineMacroProcessor;

/**
 * {@code policy:gestione.3[]} in a handbook chapter: a link to the unit on the policy's public
 * page, labelled as the policy's own references are ("art. 4, comma 3"), or with the words
 * written between the brackets ({@code policy:gestione.3[il comma sugli amministratori]}).
 *
 * <p>One instance serves every document and thread: what the links lead to comes with each
 * conversion, as the option {@link #LINKS_OPTION}, which also notes what each reference resolved to. A target that names nothing (which the check
 * reports before anything is built) shows its words, or the target, as plain text.
 */
final class PolicyReferenceMacro extends InlineMacroProcessor {

    /** The conversion option that carries the policy's links, as {@link ResolvedReferences}. */
    static final String LINKS_OPTION = "policydoc_links";
    /** The words between the brackets, taken whole (commas included), not split into attributes. */
    private static final String TEXT = "text";

    /**
     * The macro as Asciidoctor would find it by its name, but without the lazy {@code \S+?} and
     * {@code .*?} that backtrack over the rest of the line at every "policy:" left unclosed (a
     * chapter line of repeated "policy:x[" took minutes): the target stops at a blank or a
     * bracket, the words at the first unescaped "]". Group 1 is the target, group 2 the words.
     */
    private static final String REGEXP = "\\\\?" + ChapterSource.MACRO + ":([^\\s\\[\\]]+)\\[((?:[^\\]\\\\]|\\\\.)*)\\]";

    PolicyReferenceMacro() {
        // Asciidoctor updates the configuration it is given: it must be mutable.
        super(ChapterSource.MACRO, new HashMap<>(Map.of("content_model", ":text", "regexp", REGEXP)));
    }

    @Override
    public PhraseNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        // Asciidoctor has already escaped the written words for HTML; the computed labels are escaped here.
        Optional<String> words = Optional.ofNullable(attributes.get(TEXT)).map(Object::toString).map(String::strip)
                .filter(w -> !w.isEmpty());
        ResolvedReferences links = (ResolvedReferences) parent.getDocument().getOptions().get(LINKS_OPTION);
        Optional<SymbolicLink> link = links.resolve(target);
        if (link.isEmpty()) {
            return createPhraseNode(parent, "quoted", words.orElse(StringUtil.XHTMLEnc(target)), Map.of(), Map.of());
        }
        Map<String, Object> linkAttributes = new HashMap<>();
        linkAttributes.put("title", StringUtil.XHTMLEnc(link.get().title()));
        linkAttributes.put("role", "pd-ref");
        Map<String, Object> options = new HashMap<>();
        options.put("type", ":link");
        options.put("target", link.get().href());
        return createPhraseNode(parent, "anchor", words.orElse(StringUtil.XHTMLEnc(link.get().label())),
                linkAttributes, options);
    }
}
