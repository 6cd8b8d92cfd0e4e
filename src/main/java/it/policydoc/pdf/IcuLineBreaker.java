package it.policydoc.pdf;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Line break opportunities after Unicode's line breaking algorithm (UAX #14) as ICU implements
 * it. The JDK's own line breaker allows a break after an apostrophe, which splits Italian
 * elisions such as "dell’|ufficio" across lines; ICU treats the apostrophe as a quotation mark
 * and keeps it with the following word. It also breaks after a soft hyphen, which is where
 * {@link ItalianHyphenator} puts its hyphenation points.
 *
 * <p>A breaker is stateful: each rendering gets its own (ICU caches the compiled rules and
 * hands out clones, so this is cheap).
 */
final class IcuLineBreaker implements FSTextBreaker {

    private final BreakIterator iterator = BreakIterator.getLineInstance(ULocale.ITALIAN);

    @Override
    public int next() {
        return iterator.next();
    }

    @Override
    public void setText(String newText) {
        iterator.setText(newText);
    }
}
