package org.cxkit.metrics.journey.attribution;

import java.util.Objects;
import java.util.Optional;
import org.cxkit.metrics.journey.Path;

/**
 * A state of the Markov chain of journeys: the start, a window of the last {@code k} channels (one
 * channel at order 1), or one of the two absorbing states, conversion and null (the end of a journey
 * that did not convert). Written as ChannelAttribution writes them: {@code (start)},
 * {@code (conversion)}, {@code (null)}, or the window such as {@code email > web}.
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
public final class MarkovState {
  /** Where every journey starts. */
  public static final MarkovState START = new MarkovState(null, "(start)");
  /** Where converting journeys end; absorbing. */
  public static final MarkovState CONVERSION = new MarkovState(null, "(conversion)");
  /** Where journeys that did not convert end; absorbing. */
  public static final MarkovState NULL = new MarkovState(null, "(null)");

  private final Path window;
  private final String name;

  private MarkovState(Path window, String name) {
    this.window = window;
    this.name = name;
  }

  /**
   * Obtains the state of a window of channels.
   *
   * @param window the channels, oldest first, as many as the chain's order (fewer for a journey
   *     shorter than the order)
   * @return the state
   */
  public static MarkovState of(Path window) {
    return new MarkovState(Objects.requireNonNull(window, "window"), window.toString());
  }

  /**
   * Returns the window of channels, for a transient state.
   *
   * @return the window, or empty for the start, conversion and null
   */
  public Optional<Path> window() {
    return Optional.ofNullable(window);
  }

  /**
   * Tells whether this is a window of channels (a transient state other than the start).
   *
   * @return true for a window
   */
  public boolean isWindow() {
    return window != null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MarkovState s && (window == null ? this == s : window.equals(s.window));
  }

  @Override
  public int hashCode() {
    return window == null ? System.identityHashCode(this) : window.hashCode();
  }

  /** Returns {@code (start)}, {@code (conversion)}, {@code (null)} or the window. */
  @Override
  public String toString() {
    return name;
  }
}
