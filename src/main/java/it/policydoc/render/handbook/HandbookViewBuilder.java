package it.policydoc.render.handbook;

import it.policydoc.model.Act;
import it.policydoc.model.Comune;
import it.policydoc.model.Contacts;
import it.policydoc.model.Excerpt;
import it.policydoc.model.HandbookChapter;
import it.policydoc.model.Office;
import it.policydoc.model.Policy;
import it.policydoc.model.PolicyStatus;
import it.policydoc.render.PolicyViewBuilder;
import it.policydoc.render.StemmaImage;
import it.policydoc.render.view.ContactView;
import it.policydoc.render.view.HandbookView;
import it.policydoc.text.InlineMarkdown;
import it.policydoc.text.ItalianDates;
import it.policydoc.text.WebAddresses;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The handbook of one policy as its templates see it: the units for staff and those of the
 * moderation procedure (numbered and drawn as on the page), the contacts that
 * {@code comune.yaml} gives, and the comune's own chapters.
 */
final class HandbookViewBuilder {

    /** Units' headings sit under the handbook's chapters, which are h2. */
    private static final int UNIT_HEADING_LEVEL = 3;

    private final PolicyViewBuilder views;
    private final InlineMarkdown markdown;

    HandbookViewBuilder(PolicyViewBuilder views, InlineMarkdown markdown) {
        this.views = views;
        this.markdown = markdown;
    }

    /** @param pageHref the policy's public page, relative to where the handbook is read */
    HandbookView build(Policy policy, String pageHref) throws IOException {
        var meta = policy.metadata();
        Comune comune = policy.comune();
        boolean approved = meta.status() == PolicyStatus.APPROVED;
        // The act that approved the text in force: the latest one with a number.
        Optional<Act> adoption = approved
                ? meta.acts().stream().filter(a -> a.number().isPresent()).reduce((earlier, later) -> later)
                : Optional.empty();
        return new HandbookView(
                "Comune di " + comune.name(),
                "Provincia di " + comune.province(),
                markdown.toPlainText(meta.title().markdown()),
                meta.shortTitle().orElseGet(() -> markdown.toPlainText(meta.title().markdown())),
                !approved,
                adoption.map(a -> views.act(a).description()).orElse(null),
                meta.referenceDate().map(ItalianDates::format).orElse(null),
                pageHref,
                views.excerpt(policy, Excerpt.forStaff(policy), UNIT_HEADING_LEVEL, pageHref),
                views.excerpt(policy, Excerpt.ofUnits(policy, policy.handbook().moderation()), UNIT_HEADING_LEVEL,
                        pageHref),
                contacts(comune),
                comune.chapters().stream().map(HandbookChapter::asciidoc).toList(),
                StemmaImage.dataUri(comune));
    }

    /** The comune (if it gives any way to reach it) and each office it names; nothing else. */
    private static List<ContactView> contacts(Comune comune) {
        List<ContactView> contacts = new ArrayList<>();
        if (!comune.contacts().isEmpty()) {
            contacts.add(new ContactView("Comune di " + comune.name(), null, entries(comune.contacts())));
        }
        for (Office office : comune.offices()) {
            contacts.add(new ContactView(office.name(), office.description().orElse(null), entries(office.contacts())));
        }
        return contacts;
    }

    private static List<ContactView.Entry> entries(Contacts c) {
        List<ContactView.Entry> entries = new ArrayList<>();
        c.address().ifPresent(a -> entries.add(new ContactView.Entry("Indirizzo", a, null)));
        c.phone().ifPresent(p -> entries.add(new ContactView.Entry("Telefono", p, "tel:" + p.replaceAll("[^+0-9]", ""))));
        c.email().ifPresent(e -> entries.add(new ContactView.Entry("E-mail", e, "mailto:" + WebAddresses.href(e))));
        c.pec().ifPresent(e -> entries.add(new ContactView.Entry("PEC", e, "mailto:" + WebAddresses.href(e))));
        c.website().ifPresent(w -> entries.add(new ContactView.Entry("Sito", w, WebAddresses.href(w))));
        return entries;
    }
}
