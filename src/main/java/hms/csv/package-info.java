/**
 * CSV that is safe to open in a spreadsheet, for every export (patients, the audit trail): one
 * writer, {@link hms.csv.control.SafeCsv}, so that the quoting and the formula rule cannot drift
 * apart between exports.
 *
 * <p>Decisions. RFC 4180 rows (CRLF, quotes doubled) written by Apache Commons CSV. A cell is
 * quoted only when it holds a comma, a quote or a line break: Commons CSV's own minimal rule also
 * quotes a cell that starts with a space, ! or #, or ends with a space, which would change the
 * bytes of an export for the same data. A cell that starts with = + - @ TAB or CR is prefixed with
 * ' so that no spreadsheet runs it as a formula (CSV injection: names and labels are typed by
 * people at the desk). Depends on nothing of the application; the exports own their headers and
 * cells.
 */
package hms.csv;
