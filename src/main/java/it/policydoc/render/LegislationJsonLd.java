package it.policydoc.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.policydoc.model.Act;
import it.policydoc.model.ActRole;
import it.policydoc.model.Article;
import it.policydoc.model.Block;
import it.policydoc.model.Definition;
import it.policydoc.model.DefinitionList;
import it.policydoc.model.Policy;
import it.policydoc.model.PolicyStatus;
import it.policydoc.model.Section;
import it.policydoc.text.InlineMarkdown;
import it.policydoc.text.PolicyTexts;
import it.policydoc.text.RecentPolicyTexts;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * The schema.org {@code Legislation} description of a policy, embedded in the page as JSON-LD so
 * that search engines and aggregators know what the document is, who passed it and when. A
 * regulation divided into titoli, capi or sezioni, or one that defines terms, also lists its
 * parts ({@code hasPart}: the containers and articles, and each set of definitions as a
 * {@code DefinedTermSet}).
 */
public final class LegislationJsonLd {

    private final ObjectMapper json = new ObjectMapper();
    private final InlineMarkdown markdown;
    private final RecentPolicyTexts texts;

    public LegislationJsonLd(InlineMarkdown markdown) {
        this(markdown, new RecentPolicyTexts(markdown));
    }

    /** @param texts shared with the page's view, whose definitions it renders again otherwise */
    public LegislationJsonLd(InlineMarkdown markdown, RecentPolicyTexts texts) {
        this.markdown = markdown;
        this.texts = texts;
    }

    /**
     * Where a page finds the policy's approved versions: {@code href} leads from the page to the
     * folder of versions ("versioni/" from the policy's page, "../" from a version's page).
     */
    public record Versions(String href, Set<LocalDate> dates) {

        public static final Versions NONE = new Versions("", Set.of());

        public Versions {
            dates = Set.copyOf(dates);
        }
    }

    /** The JSON text, safe to place inside a {@code <script>} element. */
    public String toJson(Policy policy) {
        return toJson(policy, Versions.NONE);
    }

    /**
     * The JSON text of one version of a policy: its date ({@code legislationDateVersion}, ELI's
     * version_date) and, once amended, the texts it consolidates ({@code
     * legislationConsolidates}, ELI's consolidates): the original and each amending act, linked
     * to their version's page where it is on the site.
     */
    public String toJson(Policy policy, Versions versions) {
        var meta = policy.metadata();
        String comune = "Comune di " + policy.comune().name();
        ObjectNode root = json.createObjectNode();
        root.put("@context", "https://schema.org");
        root.put("@type", "Legislation");
        root.put("name", markdown.toPlainText(meta.title().markdown()));
        root.put("inLanguage", "it");
        ObjectNode jurisdiction = root.putObject("legislationJurisdiction");
        jurisdiction.put("@type", "AdministrativeArea");
        jurisdiction.put("name", comune);
        ObjectNode publisher = root.putObject("publisher");
        publisher.put("@type", "GovernmentOrganization");
        publisher.put("name", comune);
        root.put("legislationLegalForce", meta.status() == PolicyStatus.APPROVED ? "InForce" : "NotInForce");
        meta.acts().stream().filter(a -> a.role() == ActRole.ADOPTION).findFirst().ifPresent(adoption -> {
            adoption.date().map(Object::toString).or(() -> adoption.year().map(String::valueOf))
                    .ifPresent(d -> root.put("legislationDate", d));
            ObjectNode passedBy = root.putObject("legislationPassedBy");
            passedBy.put("@type", "GovernmentOrganization");
            passedBy.put("name", adoption.organ() + " del " + comune);
            identifier(adoption).ifPresent(id -> root.put("legislationIdentifier", id));
        });
        meta.lastModified().ifPresent(d -> root.put("dateModified", d.toString()));
        List<Act> passed = meta.acts().stream().filter(a -> a.number().isPresent() && a.date().isPresent()).toList();
        if (meta.status() == PolicyStatus.APPROVED && !passed.isEmpty()) {
            root.put("legislationDateVersion", passed.get(passed.size() - 1).date().orElseThrow().toString());
        }
        if (passed.stream().anyMatch(a -> a.role() != ActRole.ADOPTION)) {
            ArrayNode consolidates = root.putArray("legislationConsolidates");
            for (Act act : passed) {
                ObjectNode text = consolidates.addObject();
                text.put("@type", "Legislation");
                identifier(act).ifPresent(id -> text.put("name", id));
                text.put("legislationDate", act.date().orElseThrow().toString());
                if (versions.dates().contains(act.date().get())) {
                    text.put("url", versions.href() + act.date().get() + "/");
                }
            }
        }
        meta.channels().forEach(root.putArray("keywords")::add);
        if (hasParts(policy.content())) {
            parts(policy.content(), root.putArray("hasPart"), texts.of(policy));
        }
        try {
            // "</" would end the script element early; "<\/" is the same JSON string.
            return json.writer(new DefaultPrettyPrinter()).with(new HtmlSafeEscapes()).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON-LD", e);
        }
    }

    private static Optional<String> identifier(Act act) {
        return act.number().map(n -> act.type() + " " + act.organ() + " n. " + n
                + act.date().map(Object::toString).or(() -> act.year().map(String::valueOf)).map(d -> " del " + d)
                        .orElse(""));
    }

    /** Whether the text has parts worth describing: numbered containers or definitions. */
    private static boolean hasParts(List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof DefinitionList
                    || block instanceof Section s && (s.number().isPresent() || hasParts(s.content()))
                    || block instanceof Article a && a.commi().stream().anyMatch(c -> c.definitions().isPresent())) {
                return true;
            }
        }
        return false;
    }

    /** Containers and articles in order; a plain section is no part of its own, its content is. */
    private void parts(List<Block> blocks, ArrayNode into, PolicyTexts policyTexts) {
        for (Block block : blocks) {
            if (block instanceof Section s && s.number().isPresent()) {
                ObjectNode part = part(s.anchor(), s.number().get().heading() + " – " + plain(s.title().markdown()));
                parts(s.content(), part.putArray("hasPart"), policyTexts);
                into.add(part);
            } else if (block instanceof Section s) {
                parts(s.content(), into, policyTexts);
            } else if (block instanceof Article a) {
                ObjectNode part = part(a.anchor(), "Art. " + a.number() + " – " + plain(a.title().markdown()));
                List<DefinitionList> definitions = a.commi().stream().flatMap(c -> c.definitions().stream()).toList();
                if (!definitions.isEmpty()) {
                    ArrayNode inner = part.putArray("hasPart");
                    definitions.forEach(d -> inner.add(termSet(d, policyTexts)));
                }
                into.add(part);
            } else if (block instanceof DefinitionList d) {
                into.add(termSet(d, policyTexts));
            }
        }
    }

    private ObjectNode part(String anchor, String name) {
        ObjectNode part = json.createObjectNode();
        part.put("@type", "Legislation");
        part.put("name", name);
        part.put("url", "#" + anchor);
        return part;
    }

    private ObjectNode termSet(DefinitionList list, PolicyTexts policyTexts) {
        ObjectNode set = json.createObjectNode();
        set.put("@type", "DefinedTermSet");
        list.id().ifPresent(id -> set.put("url", "#" + id));
        ArrayNode terms = set.putArray("hasDefinedTerm");
        for (Definition d : list.definitions()) {
            ObjectNode term = terms.addObject();
            term.put("@type", "DefinedTerm");
            term.put("name", plain(d.term().markdown()));
            // References in a definition read as the page prints them ("art. 5, comma 2").
            term.put("description", Jsoup.parse(policyTexts.html(d.definition(), "")).text());
            term.put("url", "#" + d.anchor());
        }
        return set;
    }

    private String plain(String markdownText) {
        return markdown.toPlainText(markdownText);
    }

    /**
     * Characters that mean something to the HTML parser around the JSON ("&lt;!--", "&lt;/script"
     * and "&lt;script" inside a script element change where it ends; "&amp;" starts a reference
     * in XHTML), and the two line separators that old JavaScript parsers take for line breaks:
     * written as JSON unicode escapes, they stay the same string.
     */
    private static final class HtmlSafeEscapes extends CharacterEscapes {

        private static final String ESCAPED = "<>&\u2028\u2029";

        private final int[] ascii = standardAsciiEscapesForJSON();

        HtmlSafeEscapes() {
            for (char c : "<>&".toCharArray()) {
                ascii[c] = ESCAPE_CUSTOM;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ESCAPED.indexOf(ch) >= 0 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
