package org.cxkit.examples.csv;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.cxkit.core.money.Money;
import org.cxkit.core.scale.Scale;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.ReasonCode;

/**
 * The values of one row by column name, with typed getters whose exceptions name the column, the
 * expected format and the value, and the matching formatters that the writers use. Values are
 * trimmed; an empty cell is an absent value.
 */
final class Fields {
  /** Separates the items of a list in one cell: instants, exposure sources, attributes. */
  static final String LIST_SEPARATOR = ";";
  /** An amount as plain decimal text: digits, an optional sign and point; no exponent, no grouping. */
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

  private final Map<String, String> values;

  Fields(Map<String, String> values) {
    this.values = values;
  }

  private String raw(String column) {
    return values.getOrDefault(column, "").trim();
  }

  static InvalidValueException invalid(String column, String expected, String value) {
    ReasonCode code = value.isEmpty() ? ReasonCode.MISSING
        : expected.contains("decimal") || expected.contains("number") ? ReasonCode.NOT_A_NUMBER : ReasonCode.MALFORMED;
    return invalid(code, column, expected, value);
  }

  static InvalidValueException invalid(ReasonCode code, String column, String expected, String value) {
    return new InvalidValueException(code, column, "Invalid value for " + column + " (" + expected + "): \"" + value + "\"");
  }

  Optional<String> optionalText(String column) {
    String v = raw(column);
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  String text(String column) {
    return optionalText(column).orElseThrow(() -> invalid(column, "required, must not be empty", ""));
  }

  <T> Optional<T> optional(String column, String expected, Function<String, T> parse) {
    Optional<String> v = optionalText(column);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse.apply(v.get()));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw invalid(column, expected, v.get());
    }
  }

  <T> T required(String column, String expected, Function<String, T> parse) {
    return optional(column, expected, parse).orElseThrow(() -> invalid(column, "required, " + expected, ""));
  }

  static final String INSTANT = "expected an ISO-8601 instant such as 2025-03-01T09:30:00Z";
  static final String DATE = "expected an ISO-8601 date such as 2025-03-01";
  static final String WHOLE = "expected a whole number";
  static final String DURATION = "expected an ISO-8601 duration such as PT4M30S";

  Instant instant(String column) {
    return required(column, INSTANT, Instant::parse);
  }

  Optional<Instant> optionalInstant(String column) {
    return optional(column, INSTANT, Instant::parse);
  }

  Optional<LocalDate> optionalDate(String column) {
    return optional(column, DATE, LocalDate::parse);
  }

  int integer(String column) {
    return required(column, WHOLE, Integer::parseInt);
  }

  OptionalInt optionalInteger(String column) {
    Optional<Integer> v = optional(column, WHOLE, Integer::parseInt);
    return v.isPresent() ? OptionalInt.of(v.get()) : OptionalInt.empty();
  }

  Optional<Duration> optionalDuration(String column) {
    return optional(column, DURATION, Duration::parse);
  }

  Scale scale(String column) {
    return required(column, "expected min-max such as 1-5", Fields::parseScale);
  }

  private static Scale parseScale(String text) {
    int dash = text.indexOf('-', 1);
    if (dash < 0) {
      throw invalid(ReasonCode.MALFORMED, "scale", "expected min-max such as 1-5", text);
    }
    return Scale.of(Integer.parseInt(text.substring(0, dash).trim()), Integer.parseInt(text.substring(dash + 1).trim()));
  }

  /** Reads an enum constant written in lower case with hyphens, such as {@code pre-purchase}. */
  <E extends Enum<E>> E enumValue(String column, Class<E> type) {
    return optionalEnum(column, type).orElseThrow(() -> invalid(column, "required, one of " + names(type), ""));
  }

  <E extends Enum<E>> Optional<E> optionalEnum(String column, Class<E> type) {
    return optional(column, "expected one of " + names(type),
        v -> Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace('-', '_')));
  }

  <E extends Enum<E>> List<E> enumList(String column, Class<E> type) {
    List<E> list = new ArrayList<>();
    for (String item : split(raw(column))) {
      try {
        list.add(Enum.valueOf(type, item.toUpperCase(Locale.ROOT).replace('-', '_')));
      } catch (IllegalArgumentException e) {
        throw invalid(column, "expected items separated by ; from " + names(type), raw(column));
      }
    }
    return list;
  }

  private static <E extends Enum<E>> String names(Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(format(e));
    }
    return String.join(", ", names);
  }

  List<Instant> instants(String column) {
    List<Instant> list = new ArrayList<>();
    for (String item : split(raw(column))) {
      try {
        list.add(Instant.parse(item));
      } catch (DateTimeParseException e) {
        throw invalid(column, "expected ISO-8601 instants separated by ;", item);
      }
    }
    return list;
  }

  Map<String, String> attributes(String column) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String item : split(raw(column))) {
      int eq = item.indexOf('=');
      if (eq <= 0) {
        throw invalid(column, "expected key=value pairs separated by ;", item);
      }
      if (map.put(item.substring(0, eq).trim(), item.substring(eq + 1).trim()) != null) {
        throw invalid(column, "each key once", item);
      }
    }
    return map;
  }

  private static List<String> split(String text) {
    List<String> items = new ArrayList<>();
    if (!text.isEmpty()) {
      for (String item : text.split(LIST_SEPARATOR, -1)) {
        items.add(item.trim());
      }
    }
    return items;
  }

  /** Reads money from an amount column and a currency column; both must be given, or neither. */
  Optional<Money> optionalMoney(String amountColumn, String currencyColumn) {
    Optional<String> amount = optionalText(amountColumn);
    Optional<String> currency = optionalText(currencyColumn);
    if (amount.isEmpty() && currency.isEmpty()) {
      return Optional.empty();
    }
    if (amount.isEmpty()) {
      throw invalid(amountColumn, "required when " + currencyColumn + " is given", "");
    }
    if (currency.isEmpty()) {
      throw invalid(currencyColumn, "required when " + amountColumn + " is given", "");
    }
    String code = currency.get();
    if (!code.matches("[A-Z]{3}")) {
      throw invalid(currencyColumn, "expected an ISO 4217 code such as USD", code);
    }
    Currency unit;
    try {
      unit = Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw invalid(currencyColumn, "expected an ISO 4217 code such as USD", code);
    }
    String text = amount.get();
    if (text.length() > 64 || !PLAIN_DECIMAL.matcher(text).matches()) {
      throw invalid(amountColumn, "expected a decimal number such as 12.50", text);
    }
    try {
      return Optional.of(Money.of(new BigDecimal(text), unit));
    } catch (InvalidValueException e) {
      // Too many fraction digits for the currency (precision) or too large (too-large): Money names its
      // field "amount"; name the column instead, keeping the code and the rule.
      throw new InvalidValueException(e.code(), amountColumn,
          e.getMessage().replaceFirst("^Invalid value for amount ", "Invalid value for " + amountColumn + " "));
    }
  }

  Money money(String amountColumn, String currencyColumn) {
    return optionalMoney(amountColumn, currencyColumn)
        .orElseThrow(() -> invalid(amountColumn, "required, a decimal number such as 12.50", ""));
  }

  // ---- formatting, the inverse of the getters above ----

  static String format(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String format(Optional<?> value) {
    return value.map(Fields::formatOne).orElse("");
  }

  private static String formatOne(Object v) {
    return v instanceof Enum<?> e ? format(e) : v.toString();
  }

  static String format(OptionalInt value) {
    return value.isPresent() ? Integer.toString(value.getAsInt()) : "";
  }

  static String amount(Optional<Money> money) {
    return money.map(m -> m.amount().toPlainString()).orElse("");
  }

  static String currency(Optional<Money> money) {
    return money.map(m -> m.currency().getCurrencyCode()).orElse("");
  }

  static String formatList(Collection<?> items) {
    List<String> texts = new ArrayList<>();
    for (Object item : items) {
      String text = formatOne(item);
      if (text.contains(LIST_SEPARATOR)) {
        throw new IllegalArgumentException("Invalid value for list item (must not contain ;): \"" + text + "\"");
      }
      texts.add(text);
    }
    return String.join(LIST_SEPARATOR, texts);
  }

  static String formatAttributes(Map<String, String> attributes) {
    List<String> texts = new ArrayList<>();
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      if (e.getKey().contains("=") || e.getKey().contains(LIST_SEPARATOR) || e.getValue().contains(LIST_SEPARATOR)
          || !e.getKey().equals(e.getKey().trim()) || !e.getValue().equals(e.getValue().trim())) {
        throw new IllegalArgumentException("Invalid value for attribute (key without = or ;, value without ;, "
            + "no surrounding spaces): \"" + e.getKey() + "=" + e.getValue() + "\"");
      }
      texts.add(e.getKey() + "=" + e.getValue());
    }
    return String.join(LIST_SEPARATOR, texts);
  }
}
