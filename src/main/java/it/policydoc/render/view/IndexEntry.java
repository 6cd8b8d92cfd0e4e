package it.policydoc.render.view;

import java.util.List;

/** A comune on the site's index page, with its policies. */
public record IndexEntry(String comuneLabel, String provinceLabel, List<PolicyLink> policies) {

    public IndexEntry {
        policies = List.copyOf(policies);
    }

    /**
     * @param date Italian date of the last modification or adoption, or null
     */
    public record PolicyLink(String href, String title, String statusLabel, String date) {
    }
}
