package org.cxkit.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.cxkit.core.touchpoint.Channel;
import org.junit.jupiter.api.Test;

class CustomerTest {

  @Test
  void carriesTheAttributesFiguresAreCutBy() {
    Customer c = Customer.builder().id(CustomerId.of("c-1")).persona("ops lead").plan("pro").region("EMEA")
        .acquisitionChannel(Channel.WEB).signUpDate(LocalDate.of(2026, 1, 15)).putAttributes("industry", "retail")
        .build();
    assertEquals(Optional.of("pro"), c.plan());
    assertEquals("retail", c.attributes().get("industry"));
    assertEquals(Customer.of(CustomerId.of("x")), Customer.of(CustomerId.of("x")));
    assertEquals("c-1", CustomerId.of("c-1").toString());
  }

  @Test
  void rejectsBlankValuesByName() {
    assertEquals("Invalid value for customer id (must not be blank): \"\"",
        assertThrows(IllegalArgumentException.class, () -> CustomerId.of("")).getMessage());
    assertEquals("Invalid value for plan (must not be blank): \" \"", assertThrows(IllegalArgumentException.class,
        () -> Customer.builder().id(CustomerId.of("c")).plan(" ").build()).getMessage());
    assertThrows(NullPointerException.class, () -> CustomerId.of(null));
  }
}
