package it.policydoc.render.diff;

import java.util.List;

/**
 * The list of a policy's approved versions ({@code versioni/index.html}).
 *
 * @param policyHref the way to the policy's page (the text in force)
 */
public record VersionListView(String comuneLabel, String provinceLabel, String titlePlain, String policyHref,
        List<Entry> versions) {

    public VersionListView {
        versions = List.copyOf(versions);
    }

    /**
     * One version.
     *
     * @param date "15 dicembre 2022"
     * @param act "deliberazione della Giunta Comunale n. 260 del 15 dicembre 2022"
     * @param inForce whether it is the text in force
     * @param sideBySideHref the testo a fronte of the amendment it made (relative), null for the first version
     */
    public record Entry(String date, String act, boolean inForce, String pageHref, String pdfHref,
            String sideBySideHref, String sideBySidePdfHref) {
    }
}
