package it.policydoc.render;

import com.fasterxml.jackson.core.JsonProcessingException;
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
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(root).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON-LD", e);
        }
    }

    private static Optional<String> identifier(Act act) {
        return act.number().map(n -> act.type() + " " + act.organ() + " n. " + n
                + act.date().map(d -> " del " + d).orElse(""));
    }
}
