package org.cxkit.examples.cli;

import java.time.ZoneId;
import java.util.Optional;
import org.cxkit.core.time.CalendarUnit;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The one time vocabulary of every subcommand that cuts by period: {@code --period} takes what
 * {@link CalendarUnit#parse(String)} reads ({@code day}, {@code week} (ISO, Monday to Sunday),
 * {@code month}, {@code quarter}, {@code year}), and {@code --zone} the time zone the periods are cut in.
 * Periods are core {@link org.cxkit.core.time.CalendarPeriod}s, aligned to the calendar and labelled
 * {@code 2025-03-14}, {@code 2025-W07}, {@code 2025-03}, {@code 2025-Q1}, {@code 2025}.
 */
final class PeriodOptions {
  @Option(names = "--period", paramLabel = "UNIT", converter = UnitConverter.class,
      description = "Calendar period to cut by: day, week (ISO, Monday to Sunday), month, quarter or year, "
          + "aligned to the calendar in --zone.")
  CalendarUnit unit;

  @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
      description = "Time zone the periods are cut in (default: ${DEFAULT-VALUE}).")
  ZoneId zone;

  /** The unit asked for, if any. */
  Optional<CalendarUnit> unit() {
    return Optional.ofNullable(unit);
  }

  /** The unit asked for, or the command's default. */
  CalendarUnit unitOr(CalendarUnit otherwise) {
    return unit == null ? otherwise : unit;
  }

  /** Reads {@code --period} with the library's own parser, so that its message is the usage error. */
  static final class UnitConverter implements ITypeConverter<CalendarUnit> {
    @Override
    public CalendarUnit convert(String value) {
      try {
        return CalendarUnit.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
