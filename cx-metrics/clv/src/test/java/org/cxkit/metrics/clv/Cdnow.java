package org.cxkit.metrics.clv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.cxkit.core.commerce.Purchase;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.money.Money;
import org.cxkit.core.time.TimeScale;

/**
 * The CDNOW 1/10 sample (Fader, Hardie and Lee 2005): the published weekly summary and the raw
 * transactions, read from the shared reference data beside the project ({@code ../shared/data/clv},
 * see its README), never copied into it. The folder is passed by the {@code reference-data} Maven
 * profile as the system property {@value #PROPERTY}; only tests tagged {@value #TAG} read it.
 */
final class Cdnow {
  private Cdnow() {}

  /** The JUnit tag of the tests that read the reference data. */
  static final String TAG = "reference-data";
  /** The system property naming the reference data folder (the one holding {@code clv/}). */
  static final String PROPERTY = "cx.reference.data";

  static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
  static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);

  /** One row of cdnow_customers_summary_with_transactions.csv, as text and as numbers. */
  record Row(String id, int x, String tx, String age, String zbar) {
    Rfm rfm() {
      return Rfm.of(CustomerId.of(id), x, Double.parseDouble(tx), Double.parseDouble(age),
          Double.parseDouble(zbar), TimeScale.WEEK);
    }
  }

  static List<Row> summary() {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader in = reader("cdnow_customers_summary_with_transactions.csv")) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = line.trim().split(",");
        rows.add(new Row(f[0], Integer.parseInt(f[1]), f[2], f[3], f[4]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  static List<Rfm> summaryRfm() {
    return summary().stream().map(Row::rfm).toList();
  }

  /** The raw transactions: sample id as the customer, midnight UTC of the day, dollars. */
  static List<Purchase> purchases() {
    List<Purchase> purchases = new ArrayList<>();
    DateTimeFormatter day = DateTimeFormatter.BASIC_ISO_DATE;
    try (BufferedReader in = reader("CDNOW_sample.txt")) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = line.trim().split("\\s+");
        purchases.add(Purchase.of(CustomerId.of(Integer.toString(Integer.parseInt(f[1]))),
            LocalDate.parse(f[2], day).atStartOfDay(ZoneOffset.UTC).toInstant(),
            Money.of(new BigDecimal(f[4]), java.util.Currency.getInstance("USD"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return purchases;
  }

  private static BufferedReader reader(String file) throws IOException {
    String folder = System.getProperty(PROPERTY);
    if (folder == null || folder.isBlank()) {
      throw new IllegalStateException("Missing reference data: system property " + PROPERTY
          + " is not set. Tests tagged " + TAG + " read clv/" + file + " from ../shared/data beside the project;"
          + " the " + TAG + " Maven profile sets the property when that folder exists.");
    }
    Path path = Path.of(folder, "clv", file).toAbsolutePath().normalize();
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException("Missing reference data file " + path + " (from " + PROPERTY + " = "
          + folder + ")");
    }
    return Files.newBufferedReader(path, StandardCharsets.UTF_8);
  }
}
