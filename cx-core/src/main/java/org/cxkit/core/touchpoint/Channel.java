package org.cxkit.core.touchpoint;

import org.cxkit.core.internal.Checks;

/**
 * Where a contact between customer and company happens: web, mobile app, email, phone, live chat, social media, in store, out-of-home, events, in-product, or a channel of the user's own.
 *
 * <p>Open to users' own values: {@code Channel.of("...")} makes any channel, and two values with the same
 * name are equal. Names are case-sensitive and kept as given.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the channel's name, not blank
 */
public record Channel(String name) {
  /** The company web site. */
  public static final Channel WEB = new Channel("web");
  /** The company mobile app. */
  public static final Channel MOBILE_APP = new Channel("mobile-app");
  /** Email. */
  public static final Channel EMAIL = new Channel("email");
  /** Telephone. */
  public static final Channel PHONE = new Channel("phone");
  /** Live chat, with a person or a bot. */
  public static final Channel LIVE_CHAT = new Channel("live-chat");
  /** Social media. */
  public static final Channel SOCIAL_MEDIA = new Channel("social-media");
  /** A physical store. */
  public static final Channel IN_STORE = new Channel("in-store");
  /** Out-of-home media such as billboards. */
  public static final Channel OUT_OF_HOME = new Channel("out-of-home");
  /** Events and webinars. */
  public static final Channel EVENT = new Channel("event");
  /** Inside the product itself. */
  public static final Channel IN_PRODUCT = new Channel("in-product");

  /**
   * Checks the name.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public Channel {
    Checks.nonBlank("channel", name);
  }

  /**
   * Obtains a channel by name.
   *
   * @param name the name, not blank
   * @return the channel
   */
  public static Channel of(String name) {
    return new Channel(name);
  }

  /** Returns the name alone. */
  @Override
  public String toString() {
    return name;
  }
}
