package it.policydoc.render.view;

import java.util.List;

/**
 * Everything the web templates need to draw one policy, with texts already rendered to safe
 * HTML and every label computed.
 *
 * @param titleLevel heading level of the title: 1 on the standalone page, 2 in the CMS fragment
 * @param lastModified Italian date, or null
 */
public record PolicyView(
        String comuneName,
        String comuneLabel,
        String provinceLabel,
        String titleHtml,
        String titlePlain,
        int titleLevel,
        String statusLabel,
        boolean draft,
        List<ActView> acts,
        String lastModified,
        List<String> channels,
        List<TocEntry> toc,
        List<ParagraphView> preamble,
        List<BlockView> blocks,
        List<DownloadView> downloads) {

    public PolicyView {
        acts = List.copyOf(acts);
        channels = List.copyOf(channels);
        toc = List.copyOf(toc);
        preamble = List.copyOf(preamble);
        blocks = List.copyOf(blocks);
        downloads = List.copyOf(downloads);
    }
}
