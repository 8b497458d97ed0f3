package org.cxkit.metrics.satisfaction.service;

import java.util.Objects;
import java.util.stream.Collector;
import org.cxkit.core.result.Accumulators;
import org.cxkit.core.result.Confidence;
import org.cxkit.core.result.Estimate;
import org.cxkit.core.stat.Intervals;
import org.cxkit.core.ticket.Ticket;

/**
 * First contact resolution (FCR) under a stated {@link FcrDefinition}: of the tickets the definition
 * can judge, the share resolved in the first contact, with its Wilson score interval.
 *
 * <p>Every ticket given is counted in exactly one of four counts: resolved in the first contact,
 * resolved otherwise (these two are the judged tickets, the share's denominator), still
 * {@linkplain #openCount() open}, or resolved but {@linkplain #unjudgedCount() not judged} by the
 * definition (see {@link FcrDefinition}). Build with {@link FcrAccumulator} or {@link #toFcr}.
 *
 * <p><b>Empty input:</b> no ticket gives a tally with every count 0; {@link #rate()} throws
 * {@link IllegalStateException} on it, as on any tally without a judged ticket.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FirstContactResolution {
  private final FcrDefinition definition;
  private final long firstContact;
  private final long judged;
  private final long open;
  private final long unjudged;

  FirstContactResolution(FcrDefinition definition, long firstContact, long judged, long open, long unjudged) {
    this.definition = definition;
    this.firstContact = firstContact;
    this.judged = judged;
    this.open = open;
    this.unjudged = unjudged;
  }

  /**
   * Returns an empty accumulator under a definition, to judge tickets one at a time.
   *
   * @param definition the definition of first contact resolution
   * @return a new accumulator
   */
  public static FcrAccumulator accumulator(FcrDefinition definition) {
    return FcrAccumulator.of(definition);
  }

  /**
   * Returns a collector of tickets into FCR under a definition, usable on parallel streams.
   *
   * @param definition the definition of a first-contact resolution
   * @return the collector
   */
  public static Collector<Ticket, FcrAccumulator, FirstContactResolution> toFcr(FcrDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    return Accumulators.collector(() -> FirstContactResolution.accumulator(definition));
  }

  /**
   * Returns the definition the tickets were judged by.
   *
   * @return the definition
   */
  public FcrDefinition definition() {
    return definition;
  }

  /**
   * Returns how many tickets were resolved in the first contact.
   *
   * @return the count
   */
  public long firstContactCount() {
    return firstContact;
  }

  /**
   * Returns how many tickets were judged: resolved, and judged by the definition.
   *
   * @return the count
   */
  public long judgedCount() {
    return judged;
  }

  /**
   * Returns how many tickets are still open (for the re-contact definition: never resolved).
   *
   * @return the count
   */
  public long openCount() {
    return open;
  }

  /**
   * Returns how many resolved tickets the definition could not judge.
   *
   * @return the count
   */
  public long unjudgedCount() {
    return unjudged;
  }

  /**
   * Returns how many tickets were given.
   *
   * @return judged plus open plus not judged
   */
  public long count() {
    return judged + open + unjudged;
  }

  /**
   * Returns the FCR rate with its 95 % Wilson score interval ({@link Confidence#DEFAULT}).
   *
   * @return the share of judged tickets resolved in the first contact, a proportion from 0 to 1
   * @throws IllegalStateException if no ticket was judged
   */
  public Estimate rate() {
    return rate(Confidence.DEFAULT);
  }

  /**
   * Returns the FCR rate with its Wilson score interval.
   *
   * @param confidence the confidence level and the minimum sample size
   * @return the share of judged tickets resolved in the first contact, a proportion from 0 to 1
   * @throws IllegalStateException if no ticket was judged
   */
  public Estimate rate(Confidence confidence) {
    Objects.requireNonNull(confidence, "confidence");
    if (judged == 0) {
      throw new IllegalStateException("No judged ticket (" + open + " open, " + unjudged
          + " not judged): the FCR rate under " + definition + " does not exist");
    }
    return Intervals.wilson(firstContact, judged, confidence);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FirstContactResolution f && definition.equals(f.definition) && firstContact == f.firstContact
        && judged == f.judged && open == f.open && unjudged == f.unjudged;
  }

  @Override
  public int hashCode() {
    return Objects.hash(definition, firstContact, judged, open, unjudged);
  }

  @Override
  public String toString() {
    return "FirstContactResolution{" + definition + ", firstContact=" + firstContact + ", judged=" + judged
        + ", open=" + open + ", unjudged=" + unjudged + "}";
  }
}
