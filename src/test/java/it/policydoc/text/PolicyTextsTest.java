package it.policydoc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.load.PolicyLoader;
import it.policydoc.model.Outline;
import it.policydoc.model.Policy;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What a policy's texts become, remembered: the same HTML as rendering each text afresh, for the
 * page itself and for a page elsewhere, from any thread; one memo per policy instance, never
 * shared with an equal policy read again, and only the recent ones kept.
 */
class PolicyTextsTest {

    private final InlineMarkdown markdown = new InlineMarkdown();
    private final ReferenceLabels labels = new ReferenceLabels(markdown);

    private static List<Policy> bundled() {
        List<Policy> policies = new PolicyLoader().load(List.of(Path.of("policies"))).policies();
        assertTrue(policies.size() >= 2, "policies: " + policies.size());
        return policies;
    }

    @Test
    void remembersWhatRenderingAfreshGives() throws Exception {
        RecentPolicyTexts recent = new RecentPolicyTexts(markdown);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            for (Policy policy : bundled()) {
                Outline outline = Outline.of(policy);
                PolicyTexts texts = recent.of(policy);
                int compared = 0;
                for (String pageHref : List.of("", "../politica/index.html")) {
                    PolicyLinks fresh = new PolicyLinks(policy, labels, pageHref);
                    List<Future<String>> remembered = outline.texts().stream()
                            .map(site -> threads.submit(() -> texts.html(site.text(), pageHref))).toList();
                    for (int i = 0; i < remembered.size(); i++) {
                        var text = outline.texts().get(i).text();
                        String expected = markdown.toHtml(text, fresh);
                        assertEquals(expected, remembered.get(i).get(), text.markdown());
                        assertEquals(expected, texts.html(text, pageHref), text.markdown());
                        assertEquals(markdown.toHtml(text), texts.html(text));
                        assertEquals(markdown.toPlainText(text.markdown()), texts.plainText(text.markdown()));
                        compared++;
                    }
                }
                assertTrue(compared > 50, "texts compared: " + compared);
            }
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void onePolicyInstanceOneMemo() {
        RecentPolicyTexts recent = new RecentPolicyTexts(markdown, 2);
        Policy policy = bundled().get(0);
        Policy readAgain = bundled().get(0);
        assertEquals(policy, readAgain);
        PolicyTexts texts = recent.of(policy);
        assertSame(texts, recent.of(policy));
        assertNotSame(texts, recent.of(readAgain));
        assertSame(texts.links("x.html"), texts.links("x.html"));
    }

    @Test
    void keepsOnlyTheRecentPolicies() {
        RecentPolicyTexts recent = new RecentPolicyTexts(markdown, 2);
        List<Policy> policies = bundled();
        PolicyTexts first = recent.of(policies.get(0));
        recent.of(policies.get(1));
        assertSame(first, recent.of(policies.get(0)), "the two most recent are kept");
        recent.of(bundled().get(1));
        recent.of(bundled().get(1));
        assertNotSame(first, recent.of(policies.get(0)), "an older one is dropped and made again");
    }
}
