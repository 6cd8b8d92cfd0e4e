package it.policydoc.render.view;

/** A body element as templates see it; {@code kind} picks the macro that draws it. */
public sealed interface BlockView permits SectionView, ArticleView, ParagraphView, ListView, DefinitionListView {

    String kind();
}
