package kz.cites.calendar;

import java.time.ZoneId;

/** Facts of Kazakhstan time that every service reads from here and nowhere else. */
public final class Kazakhstan {

  /**
   * Kazakhstan local time ({@code Asia/Almaty}, UTC+5 since 1 March 2024): the zone in which dates
   * of the service are judged: registration and due dates, the year of a permit number, validity,
   * court rulings and permits "in force today".
   */
  public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

  private Kazakhstan() {}
}
