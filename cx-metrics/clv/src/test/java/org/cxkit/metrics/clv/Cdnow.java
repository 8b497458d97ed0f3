package org.cxkit.metrics.clv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.cxkit.core.commerce.Purchase;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.money.Money;

/**
 * The CDNOW 1/10 sample (Fader, Hardie and Lee 2005), as copied from lifetimes' datasets into the
 * test resources: the published weekly summary and the raw transactions.
 */
final class Cdnow {
  private Cdnow() {}

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
    try (BufferedReader in = reader("/cdnow_customers_summary_with_transactions.csv")) {
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
    try (BufferedReader in = reader("/CDNOW_sample.txt")) {
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

  private static BufferedReader reader(String resource) {
    InputStream stream = Cdnow.class.getResourceAsStream(resource);
    if (stream == null) {
      throw new IllegalStateException("Missing test resource " + resource);
    }
    return new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
  }
}
