package it.policydoc.text;

import it.policydoc.model.Policy;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@link PolicyTexts} of the policies being rendered now, each found again by the very policy
 * instance its renders share. A build renders each comune's outputs one after another on one
 * worker thread, so the policies in use at once are about as many as the workers: only the most
 * recently used are kept, and an older one is dropped (if asked for again, its texts are simply
 * worked out again). A policy is never matched by an equal one, so no comune ever gets another's
 * texts, even when their files are copies. Thread-safe.
 */
public final class RecentPolicyTexts {

    private final InlineMarkdown markdown;
    private final ReferenceLabels labels;
    private final Map<Identity, PolicyTexts> recent;

    /** @param capacity how many policies are kept: more than the threads that render at once */
    public RecentPolicyTexts(InlineMarkdown markdown, int capacity) {
        this.markdown = markdown;
        this.labels = new ReferenceLabels(markdown);
        this.recent = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Identity, PolicyTexts> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Keeps two policies per core, enough for every worker thread of a build and the one before it. */
    public RecentPolicyTexts(InlineMarkdown markdown) {
        this(markdown, 2 * Runtime.getRuntime().availableProcessors() + 2);
    }

    /** The texts of this policy instance, made on first use. */
    public synchronized PolicyTexts of(Policy policy) {
        return recent.computeIfAbsent(new Identity(policy), i -> new PolicyTexts(policy, markdown, labels));
    }

    /** A policy compared by identity: an equal policy read from another file is another policy. */
    private record Identity(Policy policy) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.policy == policy;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(policy);
        }
    }
}
