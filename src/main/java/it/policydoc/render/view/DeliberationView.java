package it.policydoc.render.view;

import java.util.List;

/**
 * Everything the print template needs for the policy as the annex ("Allegato A") to an act: the
 * policy itself as the web page shows it (same numbering, same texts), and what only the
 * printed annex has.
 *
 * @param policy the policy, numbered and rendered as on the web page
 * @param annexLetter the annex's letter, as the act names it: "A", "B"…
 * @param annexAct the act the annex belongs to, e.g. "deliberazione della Giunta Comunale"
 * @param actNumber the act's number, or null while it is to be written in by hand
 * @param actDate the act's date in Italian (or its year alone), or null while it is to be written in by hand
 * @param acts the acts that adopted and amended the policy, listed when it was amended; else empty
 * @param runningTitle the short title repeated at the top of every page after the first
 * @param stemmaUri the comune's coat of arms as a data: URI, or null
 * @param signatures the roles that sign the annex, in order
 */
public record DeliberationView(
        PolicyView policy,
        String annexLetter,
        String annexAct,
        String actNumber,
        String actDate,
        List<ActView> acts,
        String runningTitle,
        String stemmaUri,
        List<String> signatures) {

    public DeliberationView {
        acts = List.copyOf(acts);
        signatures = List.copyOf(signatures);
    }
}
