package it.policydoc.render.akn;

import it.policydoc.model.Act;
import it.policydoc.model.ActRole;
import it.policydoc.model.Policy;
import it.policydoc.render.PolicyViewBuilder;
import it.policydoc.text.ItalianDates;
import java.time.LocalDate;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The {@code <meta>} block of a policy's Akoma Ntoso document: FRBR identification (work,
 * expression, manifestation), publication, lifecycle events from the acts, and the references
 * they point at (the acts, the comune and its organs, the roles that sign).
 */
final class AknMeta {

    private final Document doc;
    private final Policy policy;
    private final Map<String, String> organs;
    private final Map<String, String> roles;
    private final Map<Act, String> actRefs;

    AknMeta(Document doc, Policy policy, Map<String, String> organs, Map<String, String> roles,
            Map<Act, String> actRefs) {
        this.doc = doc;
        this.policy = policy;
        this.organs = organs;
        this.roles = roles;
        this.actRefs = actRefs;
    }

    void write(Element meta) {
        identification(append(meta, "identification"));
        policy.metadata().referenceDate().ifPresent(date -> {
            Element publication = append(meta, "publication");
            publication.setAttribute("date", date.toString());
            publication.setAttribute("name", "sito-istituzionale");
            publication.setAttribute("showAs", "Sito istituzionale del Comune di " + policy.comune().name());
        });
        if (!actRefs.isEmpty()) {
            lifecycle(append(meta, "lifecycle"));
        }
        references(append(meta, "references"));
    }

    private void identification(Element identification) {
        identification.setAttribute("source", "#" + AknNames.SOURCE);
        String work = AknNames.work(policy);
        String expression = AknNames.expression(policy);
        LocalDate workDate = AknNames.workDate(policy);
        LocalDate expressionDate = AknNames.expressionDate(policy);
        String author = "#" + AknNames.comuneActor(policy);

        Element frbrWork = append(identification, "FRBRWork");
        value(frbrWork, "FRBRthis", work + "/!main");
        value(frbrWork, "FRBRuri", work);
        date(frbrWork, workDate, AknNames.adoption(policy).flatMap(Act::date).isPresent() ? "adozione" : "bozza");
        author(frbrWork, author);
        value(frbrWork, "FRBRcountry", AknNames.COUNTRY);
        value(frbrWork, "FRBRsubtype", AknNames.DOC_SUBTYPE);
        value(frbrWork, "FRBRnumber", policy.slug());

        Element frbrExpression = append(identification, "FRBRExpression");
        value(frbrExpression, "FRBRthis", expression + "/!main");
        value(frbrExpression, "FRBRuri", expression);
        date(frbrExpression, expressionDate, "versione");
        author(frbrExpression, author);
        append(frbrExpression, "FRBRlanguage").setAttribute("language", AknNames.LANGUAGE);

        Element frbrManifestation = append(identification, "FRBRManifestation");
        value(frbrManifestation, "FRBRthis", expression + "/!main.akn");
        value(frbrManifestation, "FRBRuri", expression + ".akn");
        // Dated by the text, never by the clock, so that a rebuild gives the same bytes.
        date(frbrManifestation, expressionDate, "generazione");
        author(frbrManifestation, "#" + AknNames.SOURCE);
    }

    private void lifecycle(Element lifecycle) {
        lifecycle.setAttribute("source", "#" + AknNames.SOURCE);
        int n = 0;
        for (Map.Entry<Act, String> act : actRefs.entrySet()) {
            Element event = append(lifecycle, "eventRef");
            event.setAttribute("eId", "evt_" + ++n);
            event.setAttribute("date", act.getKey().date().orElseThrow().toString());
            event.setAttribute("source", "#" + act.getValue());
            event.setAttribute("type", act.getKey().role() == ActRole.ADOPTION ? "generation" : "amendment");
        }
    }

    private void references(Element references) {
        references.setAttribute("source", "#" + AknNames.SOURCE);
        for (Map.Entry<Act, String> entry : actRefs.entrySet()) {
            Act act = entry.getKey();
            Element ref = append(references, act.role() == ActRole.ADOPTION ? "original" : "passiveRef");
            ref.setAttribute("eId", entry.getValue());
            ref.setAttribute("href", AknNames.act(policy, act).orElseThrow());
            ref.setAttribute("showAs", PolicyViewBuilder.actName(act) + " n. " + act.number().orElseThrow() + " del "
                    + ItalianDates.format(act.date().orElseThrow()));
        }
        organisation(references, AknNames.comuneActor(policy), "/akn/ontology/organizations/" + AknNames.COUNTRY + "/"
                + AknNames.comuneActor(policy), "Comune di " + policy.comune().name());
        organs.forEach((id, name) -> organisation(references, id, AknNames.ontology("organizations", policy, name), name));
        organisation(references, AknNames.SOURCE, "/akn/ontology/organizations/policydoc", "policydoc");
        roles.forEach((id, name) -> {
            Element role = append(references, "TLCRole");
            role.setAttribute("eId", id);
            role.setAttribute("href", AknNames.ontology("roles", policy, name));
            role.setAttribute("showAs", name);
        });
    }

    private void organisation(Element references, String eId, String href, String showAs) {
        Element organisation = append(references, "TLCOrganization");
        organisation.setAttribute("eId", eId);
        organisation.setAttribute("href", href);
        organisation.setAttribute("showAs", showAs);
    }

    private void value(Element parent, String name, String value) {
        append(parent, name).setAttribute("value", value);
    }

    private void date(Element parent, LocalDate date, String name) {
        Element element = append(parent, "FRBRdate");
        element.setAttribute("date", date.toString());
        element.setAttribute("name", name);
    }

    private void author(Element parent, String href) {
        append(parent, "FRBRauthor").setAttribute("href", href);
    }

    private Element append(Element parent, String name) {
        return AkomaNtosoWriter.append(parent, name);
    }
}
