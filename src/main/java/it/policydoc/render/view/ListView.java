package it.policydoc.render.view;

import java.util.List;

/**
 * A list of points. Markers are written out in each point (not left to CSS) so that copied
 * text, print and assistive technology all read "a)", "b)" as the approved text numbers them.
 *
 * @param anchor the list's own anchor, or null
 * @param ordered whether points carry a marker (letters, numbers) rather than bullets
 * @param style the YAML name of the list style, used as a CSS hook
 */
public record ListView(String anchor, boolean ordered, String style, List<PointView> points) implements BlockView {

    public ListView {
        points = List.copyOf(points);
    }

    @Override
    public String kind() {
        return "list";
    }
}
