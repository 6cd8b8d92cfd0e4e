package it.policydoc.site;

import it.policydoc.model.Policy;

/** Where each output goes inside the site folder, and how pages link to one another. */
public final class SitePaths {

    public static final String INDEX = "index.html";
    public static final String PAGE = "index.html";
    public static final String FRAGMENT = "fragment.html";
    /** The policy as "Allegato A" to the deliberation, beside its page. */
    public static final String DELIBERATION = "deliberazione.pdf";
    public static final String ASSETS = "assets";

    private SitePaths() {
    }

    /** The policy's folder relative to the site root: {@code <comune>/<policy>}. */
    public static String policyDir(Policy policy) {
        return policy.comune().slug() + "/" + policy.slug();
    }

    /** The policy's page relative to the site root. */
    public static String pageHref(Policy policy) {
        return policyDir(policy) + "/" + PAGE;
    }

    /** The way back to the site root from a policy's folder. */
    public static String rootFromPolicy() {
        return "../..";
    }
}
