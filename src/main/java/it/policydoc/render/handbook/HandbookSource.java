package it.policydoc.render.handbook;

import it.policydoc.render.Templates;
import it.policydoc.util.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A handbook's AsciiDoc in two parts: the skeleton Asciidoctor converts, where each passthrough
 * block holds one placeholder line and each value written with {@code ${text(…)}} an inline
 * placeholder, and the HTML of the blocks (the policy's units, the contacts) and values (the
 * comune's name, the title). An edit of the policy's text changes the blocks, not the skeleton,
 * so the skeleton's conversion can be kept and filled again without starting Asciidoctor; and
 * comuni that keep the same text and chapters share one skeleton.
 *
 * <p>The placeholders carry a hash of the skeleton written with neutral placeholders: the rest
 * of the document (the comune's chapters, written by hand, included) would have to contain the
 * hash of itself to write one of them, so a placeholder found in the converted document is the
 * block's own. Filling still checks that each appears exactly once.
 *
 * @param skeleton the AsciiDoc with placeholders
 * @param passthroughs the HTML of each block or value, in the order of their placeholders
 * @param prefix what every placeholder starts with; the block's number follows
 */
record HandbookSource(String skeleton, List<String> passthroughs, String prefix) {

    private static final String NEUTRAL_PREFIX = "pd-passthrough-";
    private static final String PLACEHOLDER_END = "-";

    HandbookSource {
        passthroughs = List.copyOf(passthroughs);
    }

    /** Renders an AsciiDoc template whose model gets the passthrough directive under its name. */
    static HandbookSource render(Templates templates, String template, Map<String, Object> model) {
        String neutral = render(templates, template, model, new PassthroughDirective(i -> placeholder(NEUTRAL_PREFIX, i)));
        String prefix = NEUTRAL_PREFIX + sha256(neutral).substring(0, 32) + "-";
        PassthroughDirective directive = new PassthroughDirective(i -> placeholder(prefix, i));
        String skeleton = render(templates, template, model, directive);
        return new HandbookSource(skeleton, directive.contents(), prefix);
    }

    private static String render(Templates templates, String template, Map<String, Object> model,
            PassthroughDirective directive) {
        Map<String, Object> withDirective = new HashMap<>(model);
        withDirective.put(PassthroughDirective.NAME, directive);
        withDirective.put(InlineText.NAME, new InlineText(directive));
        return templates.render(template, withDirective);
    }

    /** Ended by a mark: in running text a digit may follow an inline placeholder. */
    private static String placeholder(String prefix, int n) {
        return prefix + n + PLACEHOLDER_END;
    }

    /** The whole document, the blocks' HTML in place: what a conversion without placeholders reads. */
    String document() {
        return replace(skeleton).orElseThrow();
    }

    /**
     * The conversion of the whole document, from the conversion of the skeleton: each
     * placeholder replaced by its block's HTML, which Asciidoctor writes as it is. Empty when a
     * placeholder is missing or repeated (a chapter can hide what follows it, in a comment block
     * left open): only converting the whole document then says what comes out.
     */
    Optional<String> fill(String convertedSkeleton) {
        return replace(convertedSkeleton);
    }

    private Optional<String> replace(String text) {
        Matcher m = Pattern.compile(Pattern.quote(prefix) + "(\\d{1,9})" + Pattern.quote(PLACEHOLDER_END)).matcher(text);
        boolean[] seen = new boolean[passthroughs.size()];
        int found = 0;
        StringBuilder out = new StringBuilder(text.length() + passthroughs.stream().mapToInt(String::length).sum());
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n >= seen.length || seen[n]) {
                return Optional.empty();
            }
            seen[n] = true;
            found++;
            m.appendReplacement(out, Matcher.quoteReplacement(passthroughs.get(n)));
        }
        m.appendTail(out);
        return found == seen.length ? Optional.of(out.toString()) : Optional.empty();
    }

    /** SHA-256 of the texts, each prefixed by its length, in hexadecimal. */
    static String sha256(String... texts) {
        MessageDigest digest = Sha256.digest();
        for (String text : texts) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
