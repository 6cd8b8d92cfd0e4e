package it.policydoc.importing.source;

/** Why a line of the foreign file is not part of the policy's text; the key names its message. */
public enum DropReason {
    PAGE_HEADER("import.drop.page-header"),
    PAGE_FOOTER("import.drop.page-footer"),
    PAGE_NUMBER("import.drop.page-number"),
    INDEX("import.drop.index"),
    LETTERHEAD("import.drop.letterhead"),
    WEB_FURNITURE("import.drop.web-furniture"),
    APPROVAL("import.drop.approval"),
    LAST_MODIFIED("import.drop.last-modified"),
    TITLE("import.drop.title");

    private final String messageKey;

    DropReason(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
