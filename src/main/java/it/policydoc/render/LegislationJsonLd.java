package it.policydoc.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.policydoc.model.Act;
import it.policydoc.model.ActRole;
import it.policydoc.model.Policy;
import it.policydoc.model.PolicyStatus;
import it.policydoc.text.InlineMarkdown;
import java.util.Optional;

/**
 * The schema.org {@code Legislation} description of a policy, embedded in the page as JSON-LD so
 * that search engines and aggregators know what the document is, who passed it and when.
 */
public final class LegislationJsonLd {

    private final ObjectMapper json = new ObjectMapper();
    private final InlineMarkdown markdown;

    public LegislationJsonLd(InlineMarkdown markdown) {
        this.markdown = markdown;
    }

    /** The JSON text, safe to place inside a {@code <script>} element. */
    public String toJson(Policy policy) {
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
            adoption.date().ifPresent(d -> root.put("legislationDate", d.toString()));
            ObjectNode passedBy = root.putObject("legislationPassedBy");
            passedBy.put("@type", "GovernmentOrganization");
            passedBy.put("name", adoption.organ() + " del " + comune);
            identifier(adoption).ifPresent(id -> root.put("legislationIdentifier", id));
        });
        meta.lastModified().ifPresent(d -> root.put("dateModified", d.toString()));
        meta.channels().forEach(root.putArray("keywords")::add);
        try {
            // "</" would end the script element early; "<\/" is the same JSON string.
            return json.writer(new DefaultPrettyPrinter()).with(new HtmlSafeEscapes()).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON-LD", e);
        }
    }

    private static Optional<String> identifier(Act act) {
        return act.number().map(n -> act.type() + " " + act.organ() + " n. " + n
                + act.date().map(d -> " del " + d).orElse(""));
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
