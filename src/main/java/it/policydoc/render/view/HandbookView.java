package it.policydoc.render.view;

import java.util.List;

/**
 * Everything the handbook's templates (its AsciiDoc, its web page, its print document) need,
 * with texts rendered to safe HTML and every label computed.
 *
 * @param policyTitle the policy's title as plain text
 * @param runningTitle the policy's short title, for the top of printed pages
 * @param adoption the act that approved the policy, e.g. "deliberazione della Giunta Comunale n.
 *     260 del 15 dicembre 2022", or null for a draft
 * @param approver who approves the text, as in "approvato dalla Giunta Comunale": from the organ of its act
 * @param date the Italian date the text speaks from, or null
 * @param pageHref the policy's public page, relative to the handbook
 * @param rules the units for staff
 * @param moderation the units that make up the moderation procedure
 * @param contacts the comune and its offices, those that {@code comune.yaml} describes
 * @param chapters the comune's own chapters, AsciiDoc as written (checked before the build)
 * @param stemmaUri the comune's coat of arms as a data: URI, or null
 */
public record HandbookView(
        String comuneLabel,
        String provinceLabel,
        String policyTitle,
        String runningTitle,
        boolean draft,
        String adoption,
        String approver,
        String date,
        String pageHref,
        ExcerptView rules,
        ExcerptView moderation,
        List<ContactView> contacts,
        List<String> chapters,
        String stemmaUri) {

    public HandbookView {
        contacts = List.copyOf(contacts);
        chapters = List.copyOf(chapters);
    }
}
