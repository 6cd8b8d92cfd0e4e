package it.policydoc.render.view;

/**
 * An adoption or amendment act, ready to print.
 *
 * @param role "Approvazione" or "Modifica"
 * @param description "deliberazione della Giunta Comunale n. 260 del 15 dicembre 2022"
 * @param subject the act's subject, or null
 */
public record ActView(String role, String description, String subject) {
}
