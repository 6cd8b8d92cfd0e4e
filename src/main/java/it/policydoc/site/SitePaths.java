package it.policydoc.site;

import it.policydoc.model.Policy;

/** Where each output goes inside the site folder, and how pages link to one another. */
public final class SitePaths {

    public static final String INDEX = "index.html";
    public static final String PAGE = "index.html";
    public static final String FRAGMENT = "fragment.html";
    /** The policy as "Allegato A" to the deliberation, beside its page. */
    public static final String DELIBERATION = "deliberazione.pdf";
    /** The same annex as editable office documents, for the Segretario's deliberation. */
    public static final String DELIBERATION_ODT = "deliberazione.odt";
    public static final String DELIBERATION_DOCX = "deliberazione.docx";
    /** The policy as Akoma Ntoso, for other programs. */
    public static final String AKOMA_NTOSO = "akn.xml";
    public static final String ASSETS = "assets";
    /** The staff handbook: a page in its own folder (its links lead back to the policy's page) and a PDF. */
    public static final String HANDBOOK_DIR = "manuale";
    public static final String HANDBOOK_PAGE = HANDBOOK_DIR + "/" + PAGE;
    public static final String HANDBOOK_PDF = "manuale.pdf";

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

    /** The way back to the policy's page from its handbook page (beside it: its PDF). */
    public static String pageFromHandbook() {
        return "../" + PAGE;
    }

    /** The way back to the site root from a policy's folder. */
    public static String rootFromPolicy() {
        return "../..";
    }

    /** The way back to the site root from the handbook's folder. */
    public static String rootFromHandbook() {
        return "../" + rootFromPolicy();
    }
}
