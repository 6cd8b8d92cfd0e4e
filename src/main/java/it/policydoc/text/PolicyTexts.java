package it.policydoc.text;

import it.policydoc.model.Policy;
import it.policydoc.model.Text;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What one policy's texts become — HTML with their links, HTML and plain text without, the acts
 * cited in each run of plain text — worked out once and then reused by every output drawn from
 * the policy: the page, the CMS fragment, the deliberation's PDF and editable annexes each render
 * the same texts to the same HTML. Each value is a function of the policy and the text alone
 * (and of the page the links lead to), so whatever is reused is what would be computed again.
 *
 * <p>Holds one policy and lives as long as its renders ({@link RecentPolicyTexts}): nothing is
 * kept across policies, so memory stays flat however many comuni a build renders. Thread-safe;
 * every value is immutable.
 */
public final class PolicyTexts {

    private final InlineMarkdown markdown;
    private final PolicyLinks onThePage;
    private final Map<String, PolicyLinks> links = new ConcurrentHashMap<>();
    private final Map<LinkedText, String> html = new ConcurrentHashMap<>();
    private final Map<String, String> bareHtml = new ConcurrentHashMap<>();
    private final Map<String, String> plainText = new ConcurrentHashMap<>();

    PolicyTexts(Policy policy, InlineMarkdown markdown, ReferenceLabels labels) {
        this.markdown = markdown;
        this.onThePage = new PolicyLinks(policy, labels, "");
    }

    /**
     * The links of the policy's texts, leading to the units on the policy's page at {@code
     * pageHref} (empty on the page itself); all of them share what acts each text cites.
     */
    public PolicyLinks links(String pageHref) {
        return pageHref.isEmpty() ? onThePage : remembered(links, pageHref, onThePage::leadingTo);
    }

    /** {@link InlineMarkdown#toHtml(Text, TextLinks)} with {@link #links(String)}. */
    public String html(Text text, String pageHref) {
        return remembered(html, new LinkedText(text, pageHref), t -> markdown.toHtml(text, links(pageHref)));
    }

    /** {@link InlineMarkdown#toHtml(Text)}: a title or a term, which links nothing. */
    public String html(Text text) {
        return remembered(bareHtml, text.markdown(), markdown::toHtml);
    }

    /** {@link InlineMarkdown#toPlainText(String)}. */
    public String plainText(String markdownText) {
        return remembered(plainText, markdownText, markdown::toPlainText);
    }

    /**
     * The value computed once: two threads asking at once may both compute it, and the same value
     * is kept; not {@code computeIfAbsent}, which would hold other keys while a text renders.
     */
    private static <K, V> V remembered(Map<K, V> values, K key, Function<K, V> compute) {
        V value = values.get(key);
        if (value == null) {
            value = compute.apply(key);
            V raced = values.putIfAbsent(key, value);
            if (raced != null) {
                value = raced;
            }
        }
        return value;
    }

    /** A text of the policy and the page its links lead to. */
    private record LinkedText(Text text, String pageHref) {
    }
}
