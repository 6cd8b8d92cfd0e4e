package it.policydoc.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;

/**
 * openhtmltopdf's log, switched off: by default it prints a dozen INFO lines per document to
 * the console. Its messages still reach each rendering's diagnostic consumer, which is where
 * {@link ArchivalPdfWriter} looks for problems.
 */
final class SilentLog implements XRLogger {

    private SilentLog() {
    }

    /** Idempotent; affects the whole process, as openhtmltopdf's logger is global. */
    static void install() {
        if (!(XRLog.getLoggerImpl() instanceof SilentLog)) {
            XRLog.setLoggerImpl(new SilentLog());
        }
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return false;
    }

    @Override
    public void log(String where, Level level, String msg) {
        // Nothing is printed: see the class comment.
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        // Nothing is printed: see the class comment.
    }

    @Override
    public void setLevel(String logger, Level level) {
        // There is no level to keep: nothing is printed at any level.
    }
}
