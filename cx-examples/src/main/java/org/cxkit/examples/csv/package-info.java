/**
 * Reading and writing cx data as CSV files with Apache Commons CSV: one header row, documented
 * columns (see {@code cx-examples/CSV.md}), ISO-8601 instants and dates, money as an amount column
 * and an ISO 4217 currency column.
 *
 * <p>A reader never drops a row silently: every row that cannot become a valid cx-core value is set
 * aside in a {@link org.cxkit.core.result.BulkResult} with its 1-based line number and the reason,
 * naming the column and the value, so that rows used plus rows set aside equal the rows given. A
 * header that lacks a required column, or names a column the file does not have, is not a row
 * problem: it raises a {@link org.cxkit.examples.csv.CsvHeaderException} naming the file and the
 * column.
 *
 * <p>No method accepts or returns {@code null}.
 */
package org.cxkit.examples.csv;
