package it.policydoc.check;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.Outline;
import it.policydoc.model.Policy;
import it.policydoc.model.Text;
import it.policydoc.model.Unit;
import it.policydoc.text.InlineMarkdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the texts of a policy hold that the outputs cannot show: a title that is nothing but
 * links or markup (the page, the bookmarks and the archival PDF need words: a PDF/UA document
 * without a title is not accessible), and images, which a text may not contain (the writer
 * fetches nothing, and an image is no text of a regulation), and links whose address is no
 * valid address, which an office document cannot store.
 */
final class TextContentCheck implements PolicyCheck {

    private final InlineMarkdown markdown;

    TextContentCheck(InlineMarkdown markdown) {
        this.markdown = markdown;
    }

    @Override
    public List<Diagnostic> check(Policy policy, Outline outline) {
        List<Diagnostic> found = new ArrayList<>();
        List<Text> titles = new ArrayList<>();
        titles.add(policy.metadata().title());
        for (Unit unit : outline.units()) {
            title(unit).ifPresent(titles::add);
        }
        for (Text title : titles) {
            if (markdown.toPlainText(title.markdown()).isBlank()) {
                found.add(Diagnostic.error("title-empty", title.pos()));
            }
        }
        List<Text> texts = new ArrayList<>(titles);
        outline.texts().forEach(site -> texts.add(site.text()));
        for (Text text : texts.stream().distinct().toList()) {
            InlineMarkdown.Unshowable unshowable = markdown.unshowable(text.markdown());
            for (int offset : unshowable.imageOffsets()) {
                found.add(Diagnostic.error("text-image", text.positionOf(offset)));
            }
            for (InlineMarkdown.LinkAddress link : unshowable.invalidLinks()) {
                found.add(Diagnostic.error("link-address-invalid", text.positionOf(link.offset()), link.address()));
            }
        }
        return found;
    }

    private static Optional<Text> title(Unit unit) {
        return switch (unit.kind()) {
            case SECTION -> unit.section().map(s -> s.title());
            case ARTICLE -> unit.article().map(a -> a.title());
            default -> Optional.empty();
        };
    }
}
