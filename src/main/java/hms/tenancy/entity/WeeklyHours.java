package hms.tenancy.entity;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * When the hospital works, in its own time zone: per weekday, up to {@value #MAX_PER_DAY} opening
 * intervals at whole minutes that do not overlap (a lunch break splits a day). A day without
 * intervals is closed. Kept as text, e.g. {@code MON 08:00-12:00 13:00-17:00;TUE 08:00-17:00}.
 */
public final class WeeklyHours {
  public static final int MAX_PER_DAY = 4;
  public static final WeeklyHours DEFAULT =
      parse("MON 08:00-17:00;TUE 08:00-17:00;WED 08:00-17:00;THU 08:00-17:00;FRI 08:00-17:00");

  /** One opening interval on a weekday; closes after it opens. */
  public record Interval(DayOfWeek day, LocalTime opens, LocalTime closes) {
    public Interval {
      if (day == null || opens == null || closes == null) {
        throw new IllegalArgumentException("A day, an opening and a closing time are needed");
      }
      if (!opens.equals(opens.truncatedTo(ChronoUnit.MINUTES))
          || !closes.equals(closes.truncatedTo(ChronoUnit.MINUTES))) {
        throw new IllegalArgumentException("Times are whole minutes");
      }
      if (!opens.isBefore(closes)) {
        throw new IllegalArgumentException("An interval closes after it opens, on the same day");
      }
    }
  }

  private final Map<DayOfWeek, List<Interval>> byDay;

  private WeeklyHours(Map<DayOfWeek, List<Interval>> byDay) {
    this.byDay = byDay;
  }

  /** Checks the intervals: at most four a day, none overlapping another on its day. */
  public static WeeklyHours of(List<Interval> intervals) {
    Map<DayOfWeek, List<Interval>> byDay = new EnumMap<>(DayOfWeek.class);
    for (Interval interval : intervals) {
      byDay.computeIfAbsent(interval.day(), d -> new ArrayList<>()).add(interval);
    }
    byDay.replaceAll(
        (day, list) -> {
          list.sort(Comparator.comparing(Interval::opens));
          if (list.size() > MAX_PER_DAY) {
            throw new IllegalArgumentException("At most " + MAX_PER_DAY + " intervals a day");
          }
          for (int i = 1; i < list.size(); i++) {
            if (list.get(i).opens().isBefore(list.get(i - 1).closes())) {
              throw new IllegalArgumentException("Intervals overlap on " + day);
            }
          }
          return List.copyOf(list);
        });
    return new WeeklyHours(byDay);
  }

  /** Reads the stored text; anything else than {@link #toString()}'s form is refused. */
  public static WeeklyHours parse(String text) {
    List<Interval> intervals = new ArrayList<>();
    if (!text.isBlank()) {
      for (String day : text.split(";")) {
        String[] parts = day.strip().split(" +");
        DayOfWeek weekday = dayOf(parts[0]);
        for (int i = 1; i < parts.length; i++) {
          String[] times = parts[i].split("-");
          if (times.length != 2) {
            throw new IllegalArgumentException("Not an interval: " + parts[i]);
          }
          try {
            intervals.add(
                new Interval(weekday, LocalTime.parse(times[0]), LocalTime.parse(times[1])));
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not an interval: " + parts[i], e);
          }
        }
      }
    }
    return of(intervals);
  }

  private static DayOfWeek dayOf(String abbreviation) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (abbreviation(day).equals(abbreviation)) {
        return day;
      }
    }
    throw new IllegalArgumentException("Not a weekday: " + abbreviation);
  }

  private static String abbreviation(DayOfWeek day) {
    return day.getDisplayName(TextStyle.SHORT, Locale.ROOT).toUpperCase(Locale.ROOT);
  }

  public List<Interval> on(DayOfWeek day) {
    return byDay.getOrDefault(day, List.of());
  }

  /** Every interval, Monday first. */
  public List<Interval> intervals() {
    return byDay.values().stream().flatMap(List::stream).toList();
  }

  @Override
  public String toString() {
    return byDay.entrySet().stream()
        .filter(e -> !e.getValue().isEmpty())
        .map(
            e ->
                abbreviation(e.getKey())
                    + e.getValue().stream()
                        .map(i -> " " + i.opens() + "-" + i.closes())
                        .collect(Collectors.joining()))
        .collect(Collectors.joining(";"));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WeeklyHours hours && hours.byDay.equals(byDay);
  }

  @Override
  public int hashCode() {
    return byDay.hashCode();
  }
}
